/**
 * Releasing a suppressed address for one email, in one transaction: the suppression item goes, the release is
 * recorded in the address's history, and the entry moves from `suppressed` to `failed` (where redrive finds it).
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { ReleaseStore } from '../domain/notifications/suppression-release.ts';
import { cancellationCodes, documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { outboxKey, outboxStatusGsi2Pk } from './items/outbox-entry.ts';
import { suppressedAddressKey } from './items/suppressed-address.ts';
import { suppressionReleaseItem } from './items/suppression-release.ts';
import { dynamoOutboxStore } from './outbox.ts';

export const dynamoReleaseStore = (tableName = env.tableName): ReleaseStore => {
  const outbox = dynamoOutboxStore(tableName);
  return {
    get: (id) => outbox.get(id),

    async releaseSuppressed(entry, record, address) {
      try {
        await documentClient().send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName,
                  Key: outboxKey(entry.id),
                  UpdateExpression: 'SET #status = :failed, GSI2PK = :gsi, lastError = :released, #release = :release',
                  ConditionExpression: '#status = :suppressed AND eventId = :eventId',
                  ExpressionAttributeNames: { '#status': 'status', '#release': 'release' },
                  ExpressionAttributeValues: {
                    ':failed': 'failed',
                    ':gsi': outboxStatusGsi2Pk(entry.eventId, 'failed'),
                    ':released': 'Released',
                    ':release': { at: record.at, by: record.by, reason: record.reason },
                    ':suppressed': 'suppressed',
                    ':eventId': entry.eventId,
                  },
                },
              },
              // No condition: the address may already be off the list (released for another email).
              { Delete: { TableName: tableName, Key: suppressedAddressKey(address) } },
              { Put: { TableName: tableName, Item: suppressionReleaseItem(address, record), ConditionExpression: 'attribute_not_exists(PK)' } },
            ],
          }),
        );
        return true;
      } catch (error) {
        if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') return false;
        throw error;
      }
    },
  };
};
