/**
 * Hourly rate-limit counters (shared/domain/rate-limits.ts), one item per event, scope, value and window,
 * counted atomically (`ADD` under a condition, so concurrent requests can never pass the limit together) and
 * expired by TTL.
 *
 * Keys hold an HMAC-SHA256 of the value (a client address or an email address) under a key of its own, never
 * the value nor a plain hash of it: an unsalted SHA-256 of an IPv4 address is reversed by trying all 2^32. The
 * key is derived (HKDF-SHA256, its own label) from the manage-link key, so there is no new secret to create,
 * rotate or grant: a function that counts rate limits reads that secret (see docs/architecture.md).
 */
import { createHmac, hkdfSync } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RateLimiter, RateScope } from '../domain/rate-limits.ts';
import { conditionally, documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { manageLinkKey } from './manage-link-key.ts';
import { TABLE_KEYS } from './table.ts';
import { RATE_ITEM_SK, RATE_ITEM_TYPE, rateWindowPk } from './items/rate-limit-window.ts';

/** The HKDF label: changing it gives other keys (and so fresh counters), never the manage-link key itself. */
const RATE_KEY_INFO = 'plenary/rate-limit-keys/v1';

let rateKey: Promise<Buffer> | undefined;
const rateLimitKey = (): Promise<Buffer> => {
  rateKey ??= manageLinkKey().then((master) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), RATE_KEY_INFO, 32)));
  // A failed load (a network blip at cold start) is retried by the next request.
  rateKey.catch(() => {
    rateKey = undefined;
  });
  return rateKey;
};

const keyedDigest = async (scope: RateScope, value: string) =>
  createHmac('sha256', await rateLimitKey())
    .update(`${scope}\u0000${value}`)
    .digest('base64url');

/** The counter's partition key; `value` is the client (as `clientOf` gives it) or the normalised address. */
export const rateCounterPk = async (eventId: string, scope: RateScope, value: string, window: string): Promise<string> =>
  rateWindowPk(eventId, scope, await keyedDigest(scope, value), window);

export const dynamoRateLimiter = (tableName = env.tableName): RateLimiter => ({
  async consume({ eventId, scope, value, window, expiresAt, limit }) {
    return conditionally(
      documentClient().send(
        new UpdateCommand({
          TableName: tableName,
          Key: { PK: await rateCounterPk(eventId, scope, value, window), SK: RATE_ITEM_SK },
          UpdateExpression: 'ADD #count :one SET #expiresAt = :expiresAt, #type = :type',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count', '#expiresAt': TABLE_KEYS.ttlAttribute, '#type': 'type' },
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expiresAt': Math.ceil(expiresAt.getTime() / 1000), ':type': RATE_ITEM_TYPE },
        }),
      ),
    );
  },
});
