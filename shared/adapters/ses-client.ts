/**
 * The one SES client of the process (module scope, created on first use). Every request has a timeout that
 * throws: a call that never answers (the local emulator does that for some calls, a network may too) must fail,
 * not hold the mailer until Lambda kills it. The client itself never repeats a request (`maxAttempts: 1`):
 * SendRawEmail is not idempotent, and the SDK would resend after a timeout, when SES may already have the
 * message. The mailer adapter (ses-mailer.ts) retries only what SES certainly refused.
 */
import { SESClient } from '@aws-sdk/client-ses';
import { env } from './env.ts';

/** Connecting and answering; SendRawEmail normally answers well within a second. */
const SES_CONNECTION_TIMEOUT_MS = 2_000;
const SES_REQUEST_TIMEOUT_MS = 5_000;

let client: SESClient | undefined;

export const sesClient = (): SESClient => {
  client ??= new SESClient({
    region: env.region,
    maxAttempts: 1,
    requestHandler: { connectionTimeout: SES_CONNECTION_TIMEOUT_MS, requestTimeout: SES_REQUEST_TIMEOUT_MS, throwOnRequestTimeout: true },
    ...(env.sesEndpoint ? { endpoint: env.sesEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return client;
};
