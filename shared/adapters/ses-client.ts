/**
 * The one SES (API v2) client of the process (module scope, created on first use). Every request has a timeout that
 * throws: a call that never answers (the local emulator does that for some calls, a network may too) must fail,
 * not hold the mailer until Lambda kills it. The client itself never repeats a request (`maxAttempts: 1`):
 * SendEmail is not idempotent, and the SDK would resend after a timeout, when SES may already have the
 * message. The mailer adapter (ses-mailer.ts) retries only what SES certainly refused.
 */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { env } from './env.ts';

/** Connecting and answering; SendEmail normally answers well within a second. */
const SES_CONNECTION_TIMEOUT_MS = 2_000;
const SES_REQUEST_TIMEOUT_MS = 5_000;

let client: SESv2Client | undefined;

export const sesClient = (): SESv2Client => {
  client ??= new SESv2Client({
    region: env.region,
    maxAttempts: 1,
    requestHandler: { connectionTimeout: SES_CONNECTION_TIMEOUT_MS, requestTimeout: SES_REQUEST_TIMEOUT_MS, throwOnRequestTimeout: true },
    ...(env.sesEndpoint ? { endpoint: env.sesEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return client;
};
