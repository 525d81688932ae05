/** Focal points in the table (items/focal-point.ts): each invitation and revocation is one transaction with its history. */
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { FocalPointStore } from '../domain/delegations/focal-point-use-cases.ts';
import { cancellationCodes, documentClient, queryAll } from './dynamo.ts';
import { dynamoDossierStore } from './dossiers-store.ts';
import { env } from './env.ts';
import { countersOf, COUNTER_SK_PREFIX } from './items/counter.ts';
import {
  FOCAL_POINT_SK_PREFIX,
  delegationHistoryItem,
  focalPointSkPrefix,
  focalPointItem,
  focalPointKey,
  fromFocalPointItem,
} from './items/focal-point.ts';
import { outboxPut } from './outbox.ts';
import { eventPk } from './table.ts';

const HEAD_CLAIM_PREFIX = 'HOD#';

export const dynamoFocalPointStore = (tableName = env.tableName): FocalPointStore => {
  const db = () => documentClient();
  const historyPut = (h: Parameters<typeof delegationHistoryItem>[0]) => ({
    Put: { TableName: tableName, Item: delegationHistoryItem(h), ConditionExpression: 'attribute_not_exists(PK)' },
  });
  const byPrefix = (eventId: string, prefix: string) =>
    queryAll({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': eventPk(eventId), ':prefix': prefix },
      ConsistentRead: true,
    });

  return {
    async invite(focalPoint, history, outbox) {
      await db().send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: focalPointItem(focalPoint), ConditionExpression: 'attribute_not_exists(PK)' } },
            historyPut(history),
            ...outbox.map((entry) => outboxPut(entry, tableName)),
          ],
        }),
      );
    },

    async get(eventId, code, id) {
      const { Item } = await db().send(new GetCommand({ TableName: tableName, Key: focalPointKey(eventId, code, id), ConsistentRead: true }));
      return Item ? fromFocalPointItem(Item) : undefined;
    },

    async revoke(focalPoint, history) {
      try {
        await db().send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: tableName,
                  Key: focalPointKey(focalPoint.eventId, focalPoint.delegation, focalPoint.id),
                  UpdateExpression: 'SET revokedAt = :at, revokedBy = :by',
                  ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(revokedAt)',
                  ExpressionAttributeValues: { ':at': focalPoint.revokedAt, ':by': focalPoint.revokedBy },
                },
              },
              historyPut(history),
            ],
          }),
        );
        return true;
      } catch (error) {
        if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') return false;
        throw error;
      }
    },

    async listForDelegation(eventId, code) {
      return (await byPrefix(eventId, focalPointSkPrefix(code))).map(fromFocalPointItem);
    },

    async list(eventId) {
      return (await byPrefix(eventId, FOCAL_POINT_SK_PREFIX)).map(fromFocalPointItem);
    },

    async delegationUse(eventId) {
      const [counters, heads, dossiers] = await Promise.all([
        byPrefix(eventId, COUNTER_SK_PREFIX),
        byPrefix(eventId, HEAD_CLAIM_PREFIX),
        dynamoDossierStore(tableName).list(eventId),
      ]);
      return { quotas: countersOf(counters).quotas, heads: new Set(heads.map((h) => String(h.SK).slice(HEAD_CLAIM_PREFIX.length))), dossiers };
    },
  };
};
