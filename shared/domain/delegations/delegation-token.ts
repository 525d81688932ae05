/**
 * A focal point's delegation link token. Like the manage token (../manage-token.ts) it is DERIVED, never stored:
 *
 *   token = base64url(HMAC-SHA256(manageLinkKey, `delegation:${eventId}:${code}:${focalPointId}`))
 *
 * so the mailer can put the link in the invitation later without the raw token sitting in the outbox or the table.
 * The focal point item keeps only SHA-256(token) (the same hash and constant-time check as the manage token);
 * revoking the focal point refuses its token at once. The `delegation:` prefix keeps the two kinds of token apart.
 */
import { createHmac } from 'node:crypto';

export { hashManageToken as hashDelegationToken, manageTokenMatches as delegationTokenMatches } from '../manage-token.ts';

export const deriveDelegationToken = (key: Uint8Array, eventId: string, code: string, focalPointId: string): string =>
  createHmac('sha256', key).update(`delegation:${eventId}:${code}:${focalPointId}`).digest('base64url');

/** The delegation page's address; the token rides in the fragment, which browsers never send to a server. */
export const delegationUrl = (publicBaseUrl: string, eventId: string, code: string, token: string): string =>
  `${publicBaseUrl.replace(/\/+$/, '')}/delegations/${encodeURIComponent(eventId)}/${encodeURIComponent(code)}#token=${encodeURIComponent(token)}`;
