/**
 * The manage link's token. A delegate proves they own a registration with a token only they received
 * (in the POST answer and the acknowledgement email). The token is DERIVED, never stored:
 *
 *   token = base64url(HMAC-SHA256(manageLinkKey, `${eventId}:${registrationId}:${tokenVersion}`))
 *
 * so the mailer can put the link in the email later without the raw token ever sitting in the outbox or
 * the table. The registration keeps only SHA-256(token), compared in constant time. 256 bits, and
 * unpredictable without the key (a Secrets Manager secret in AWS, a local file or env var locally).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Bumping a registration's tokenVersion revokes its old links (not exposed yet; every token starts at 1). */
export const FIRST_TOKEN_VERSION = 1;

export const deriveManageToken = (key: Uint8Array, eventId: string, registrationId: string, tokenVersion: number): string =>
  createHmac('sha256', key).update(`${eventId}:${registrationId}:${tokenVersion}`).digest('base64url');

/** What the registration stores: a hash, so a leaked table (or backup) gives no working link. */
export const hashManageToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Constant-time check of a presented token against the stored hash; false for anything malformed. */
export const manageTokenMatches = (presented: string | undefined, storedHash: string | undefined): boolean => {
  if (!presented || !storedHash || presented.length > 128) return false;
  const actual = Buffer.from(hashManageToken(presented), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};

/**
 * The link in emails and in the POST answer: the manage page's address. The token rides in the fragment
 * (`#token=`), which browsers never send to a server, so it stays out of CloudFront's and any proxy's access logs.
 * The page sends it to the API as `Authorization: Bearer`, the only way the API takes it (`?token=` is a 400).
 */
export const manageUrl = (publicBaseUrl: string, eventId: string, registrationId: string, token: string): string =>
  `${publicBaseUrl.replace(/\/+$/, '')}/manage/${encodeURIComponent(eventId)}/${encodeURIComponent(registrationId)}#token=${encodeURIComponent(token)}`;
