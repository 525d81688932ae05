/**
 * Hourly counters of inquiries per email address and per source IP, one item per window, counted atomically
 * (`ADD` under a condition, so concurrent requests can never pass the limit together) and expired by TTL.
 * Keys hold a SHA-256 of the address or IP, never the value itself: no personal data in keys or indexes.
 */
import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { InquiryRateLimiter, RateScope } from '../domain/press/ports.ts';
import { documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { TABLE_KEYS } from './table.ts';

export const RATE_ITEM_SK = 'RATE';

const digest = (scope: RateScope, value: string) => createHash('sha256').update(`${scope}:${value}`).digest('base64url');

export const inquiryRatePk = (eventId: string, scope: RateScope, value: string, window: string) =>
  `RATE#${eventId}#${scope}#${digest(scope, value)}#${window}`;

export const dynamoInquiryRateLimiter = (tableName = env.tableName): InquiryRateLimiter => ({
  async consume({ eventId, scope, value, window, expiresAt, limit }) {
    try {
      await documentClient().send(
        new UpdateCommand({
          TableName: tableName,
          Key: { PK: inquiryRatePk(eventId, scope, value, window), SK: RATE_ITEM_SK },
          UpdateExpression: 'ADD #count :one SET #expiresAt = :expiresAt, #type = :type',
          ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
          ExpressionAttributeNames: { '#count': 'count', '#expiresAt': TABLE_KEYS.ttlAttribute, '#type': 'type' },
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expiresAt': Math.ceil(expiresAt.getTime() / 1000), ':type': 'rate-limit' },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  },
});
