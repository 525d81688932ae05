/**
 * Which SES failures are worth retrying. Throttling, server errors, timeouts and unreachable endpoints pass;
 * a message SES refuses (bad address, unverified sender, missing configuration set) will be refused again.
 * SES drops a throttled message rather than queueing it, so throttling must never be treated as final.
 */
export type SesFailure = 'retryable' | 'permanent';

const THROTTLING = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'LimitExceededException', 'RequestThrottled']);

/** Refusals of this message or this account's setup: retrying sends nothing until a person fixes something. */
const PERMANENT = new Set([
  'MessageRejected',
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

interface SdkErrorShape {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

export const classifySesError = (error: unknown): SesFailure => {
  const e = (error ?? {}) as SdkErrorShape;
  const name = e.name ?? '';
  if (THROTTLING.has(name) || e.$retryable?.throttling) return 'retryable';
  if (PERMANENT.has(name)) return 'permanent';
  const status = e.$metadata?.httpStatusCode;
  // No HTTP answer at all: refused connection, reset, DNS, timeout. The service may come back.
  if (status === undefined) return 'retryable';
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
