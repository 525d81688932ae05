/**
 * Addresses SES reported as bounced for good or complained, one item each. The key is a hash of the
 * normalised address, so no raw email sits in a key (keys end up in logs, metrics and the stream's metadata).
 *
 *   PK = SUPPRESSED#<sha256(normalised email)>   SK = SUPPRESSED   email, reason, suppressedAt
 */
import { createHash } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { normalizeEmail } from '../domain/language.ts';
import type { SuppressionList } from '../domain/outbox-suppression.ts';
import { documentClient } from './dynamo.ts';
import { env } from './env.ts';

export const SUPPRESSION_SK = 'SUPPRESSED';
export const suppressionPk = (email: string) => `SUPPRESSED#${createHash('sha256').update(normalizeEmail(email)).digest('hex')}`;

export const dynamoSuppressionList = (tableName = env.tableName): SuppressionList => ({
  async find(email) {
    const { Item } = await documentClient().send(
      new GetCommand({ TableName: tableName, Key: { PK: suppressionPk(email), SK: SUPPRESSION_SK }, ConsistentRead: true }),
    );
    return Item ? { email: Item.email as string, reason: Item.reason as string, at: Item.suppressedAt as string } : undefined;
  },

  async put({ email, reason, at }) {
    // The latest report wins: it says why mail stopped most recently.
    await documentClient().send(
      new PutCommand({
        TableName: tableName,
        Item: { PK: suppressionPk(email), SK: SUPPRESSION_SK, type: 'suppression', email: normalizeEmail(email), reason, suppressedAt: at },
      }),
    );
  },
});
