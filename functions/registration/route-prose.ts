/** OpenAPI prose several registration route specs share. */
import { problemAnswer } from '../../shared/http/schemas.ts';

export const RATE_LIMITED = /* @__PURE__ */ problemAnswer(
  "rate-limited: past the event's hourly limit for this client or address; nothing was written or sent. Retry after Retry-After",
);

export const MANAGE =
  ' Needs the manage token the delegate received, as `Authorization: Bearer <token>` (the token is what follows `#token=` ' +
  "in `manageUrl`). No token, a wrong one or another registration's: 404, exactly as for an id that does not exist. " +
  'Never in the URL: a `token` query parameter is refused with 400 (`query.token`), whatever its value, because URLs are ' +
  'kept in access logs.';
