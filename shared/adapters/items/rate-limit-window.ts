/**
 * One hourly rate-limit window: `RATE#<eventId>#<scope>#<HMAC of the client or address>#<window>` / `RATE`,
 * holding `count` and expired by TTL (`expiresAt`). The HMAC is computed by rate-limiter.ts.
 */
import type { RateScope } from '../../domain/rate-limits.ts';

export const RATE_ITEM_SK = 'RATE';
export const RATE_ITEM_TYPE = 'rate-limit';

export const rateWindowPk = (eventId: string, scope: RateScope, digest: string, window: string) => `RATE#${eventId}#${scope}#${digest}#${window}`;
