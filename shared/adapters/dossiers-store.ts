/**
 * Delegation dossiers in the table (items/dossier.ts): every write conditioned on the version read, with its emails and
 * the history entry of the step it makes (items/focal-point.ts, `DELEG#<code>#HIST#...`).
 */
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DossierStore } from '../domain/delegations/dossier-use-cases.ts';
import { cancellationCodes, documentClient, queryAll } from './dynamo.ts';
import { env } from './env.ts';
import { delegationHistoryItem } from './items/focal-point.ts';
import { DOSSIER_SK_PREFIX, DOSSIER_TYPE, dossierItem, dossierKey, fromDossierItem } from './items/dossier.ts';
import { outboxPut } from './outbox.ts';
import { eventPk } from './table.ts';

export const dynamoDossierStore = (tableName = env.tableName): DossierStore => {
  const db = () => documentClient();
  return {
    async get(eventId, code) {
      const { Item } = await db().send(new GetCommand({ TableName: tableName, Key: dossierKey(eventId, code), ConsistentRead: true }));
      return Item ? fromDossierItem(Item) : undefined;
    },

    async list(eventId) {
      const items = await queryAll({
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        FilterExpression: '#type = :type',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':pk': eventPk(eventId), ':prefix': DOSSIER_SK_PREFIX, ':type': DOSSIER_TYPE },
        ConsistentRead: true,
      });
      return items.map(fromDossierItem);
    },

    async save(next, outbox = [], history) {
      const previous = next.version - 1;
      try {
        await db().send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Put: {
                  TableName: tableName,
                  Item: dossierItem(next),
                  ...(previous === 0
                    ? { ConditionExpression: 'attribute_not_exists(PK)' }
                    : { ConditionExpression: 'version = :previous', ExpressionAttributeValues: { ':previous': previous } }),
                },
              },
              ...outbox.map((entry) => outboxPut(entry, tableName)),
              ...(history
                ? [{ Put: { TableName: tableName, Item: delegationHistoryItem(history), ConditionExpression: 'attribute_not_exists(PK)' } }]
                : []),
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
