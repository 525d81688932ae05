/**
 * The retention job's view of the idempotency records (the IdempotencyRecordSweep port of
 * shared/domain/personal-data/retention-job.ts): one operation's partition, `IDEMPOTENCY#<operation>`, queried page
 * by page for the records whose `expiresAt` has passed (the sort key is a hash, so no range can narrow it: the
 * filter does), and each deleted only if it is still expired. No Scan.
 */
import { DeleteCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { IdempotencyRecordRef, IdempotencyRecordSweep } from '../domain/personal-data/retention-job.ts';
import { idempotencyExpiryCutoff } from '../domain/personal-data/retention-rules.ts';
import { conditionally, documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { idempotencyPk } from './items/idempotency-record.ts';

interface Ref {
  PK: string;
  SK: string;
}

export const dynamoIdempotencyRecordSweep = (tableName = env.tableName): IdempotencyRecordSweep => ({
  async *expired(operation, now) {
    const pages = paginateQuery(
      { client: documentClient(), pageSize: 100 },
      {
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk',
        FilterExpression: 'expiresAt < :cutoff',
        // The keys and the expiry only: never the stored response.
        ProjectionExpression: 'PK, SK, expiresAt',
        ExpressionAttributeValues: { ':pk': idempotencyPk(operation), ':cutoff': idempotencyExpiryCutoff(now) },
      },
    );
    for await (const page of pages)
      for (const item of page.Items ?? []) yield { expiresAt: item.expiresAt, ref: { PK: String(item.PK), SK: String(item.SK) } satisfies Ref };
  },

  async remove(record: IdempotencyRecordRef, now) {
    const { PK, SK } = record.ref as Ref;
    // A request with the same key may have written a fresh record over the expired one since it was read: kept.
    return conditionally(
      documentClient().send(
        new DeleteCommand({
          TableName: tableName,
          Key: { PK, SK },
          ConditionExpression: 'expiresAt < :cutoff',
          ExpressionAttributeValues: { ':cutoff': idempotencyExpiryCutoff(now) },
        }),
      ),
    );
  },
});
