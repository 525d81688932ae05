/**
 * Only CloudFront may call the API. CloudFront (with its web ACL) is the only way in that is rate limited, logged
 * without tokens and served with the security headers, but an HTTP API also answers on its default
 * `execute-api` address. That endpoint cannot simply be switched off: it is CloudFront's origin (API Gateway has
 * no Origin Access Control, and an API custom domain would be just as public). So CloudFront adds a secret
 * header to every origin request (infra/origin-verify.ts), each API function is given the same value as
 * `ORIGIN_VERIFY`, and a request without it is refused here, first, before any body is parsed or any data read.
 *
 * Locally there is no CloudFront and `ORIGIN_VERIFY` is not set: nothing is checked.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../domain/errors.ts';

/** Lower case: the header normalizer lower-cases every header name before the check. */
export const ORIGIN_VERIFY_HEADER = 'x-plenary-origin';

export class NotThroughTheSite extends DomainError {
  constructor() {
    super({ slug: 'not-through-the-site', status: 403, title: 'Forbidden', detail: "Call the API through the site's address." });
  }
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Throws NotThroughTheSite unless the header carries `expected` (compared in constant time); no-op without `expected`. */
export const checkOrigin = (
  headers: Record<string, string | undefined> | undefined,
  expected: string | undefined = process.env.ORIGIN_VERIFY,
): void => {
  if (!expected) return;
  const given = headers?.[ORIGIN_VERIFY_HEADER];
  if (given === undefined || !timingSafeEqual(digest(given), digest(expected))) throw new NotThroughTheSite();
};
