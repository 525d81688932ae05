/**
 * What a failed SES v2 SendEmail means. SendEmail is not idempotent, so the question is whether SES may have taken
 * the message:
 * - `retryable`: it certainly did not. SES answered with throttling or a server error (an answer is a refusal), or
 *   no connection was ever made (refused, no route, no address, the connect timeout): sending again is safe.
 * - `permanent`: SES answered with a refusal that will repeat (bad address, unverified sender, missing
 *   configuration set).
 * - `uncertain`: the request may have reached SES and no answer came (the request timeout, a connection reset
 *   after sending, anything unrecognised without an answer). Sending again could deliver a second copy.
 * SES drops a throttled message rather than queueing it, so throttling must never be treated as final.
 */
export type SesFailure = 'retryable' | 'permanent' | 'uncertain';

const THROTTLING = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'LimitExceededException', 'RequestThrottled']);

/**
 * Refusals of this message or this account's setup: retrying sends nothing until a person fixes something. SES v2
 * names first (a bad request, a missing configuration set or identity, sending paused or suspended), then the
 * same refusals as the query API (v1) names them.
 */
const PERMANENT = new Set([
  'MessageRejected',
  'BadRequestException',
  'NotFoundException',
  'SendingPausedException',
  'AccountSuspendedException',
  'MailFromDomainNotVerifiedException',
  'MailFromDomainNotVerified',
  'ConfigurationSetDoesNotExistException',
  'ConfigurationSetDoesNotExist',
  'ConfigurationSetSendingPausedException',
  'AccountSendingPausedException',
  'InvalidParameterValue',
  'InvalidParameterValueException',
  'ValidationError',
  'AccessDeniedException',
  'AccessDenied',
]);

/** Socket errors raised before any byte of the request can have left: no connection was made. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
/** The Node HTTP handler's connect timeout (no code, unlike its request timeout): nothing was sent. */
const CONNECT_TIMEOUT = /did not establish a connection/;

interface SdkErrorShape {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

export const classifySesError = (error: unknown): SesFailure => {
  const e = (error ?? {}) as SdkErrorShape;
  const name = e.name ?? '';
  if (THROTTLING.has(name) || e.$retryable?.throttling) return 'retryable';
  if (PERMANENT.has(name)) return 'permanent';
  const status = e.$metadata?.httpStatusCode;
  if (status === undefined) {
    // No HTTP answer: safe to send again only when the request provably never left.
    if (NEVER_CONNECTED.has(e.code ?? '') || (e.name === 'TimeoutError' && !e.code && CONNECT_TIMEOUT.test(e.message ?? ''))) return 'retryable';
    return 'uncertain';
  }
  // A success answer the client could not read: SES took the message.
  if (status < 300) return 'uncertain';
  if (status === 429 || status >= 500) return 'retryable';
  return 'permanent';
};

/** A name for logs and the entry's lastError: the error's name, never its message (it may quote the address). */
export const sesErrorName = (error: unknown): string => {
  const e = (error ?? {}) as SdkErrorShape;
  return e.name && e.name !== 'Error' ? e.name : (e.code ?? 'Error');
};

/** SES gave no HTTP answer at all: the endpoint is down or unreachable (not a throttle, not a refusal). */
export const isUnreachable = (error: unknown): boolean => {
  const e = (error ?? {}) as SdkErrorShape;
  return e.$metadata?.httpStatusCode === undefined && !THROTTLING.has(e.name ?? '') && !PERMANENT.has(e.name ?? '');
};
