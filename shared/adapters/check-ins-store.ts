/**
 * The DynamoDB side of the venue's check-in (shared/domain/venue/ports.ts): check-in items and their counters
 * (items/check-in.ts), the roster of confirmed registrations (GSI1's confirmed partition, its own cursors), and the
 * counts the secretariat's summary reads.
 */
import { BatchGetCommand, GetCommand, type BatchGetCommandOutput, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../domain/page.ts';
import { RetryLater } from '../domain/registration/retry.ts';
import type { Registration } from '../domain/registration/registration.ts';
import type { CheckInRecord } from '../domain/venue/check-in.ts';
import type { CheckInCounts, CheckInStore, RosterSource } from '../domain/venue/ports.ts';
import { cancellationCodes, documentClient, queryAll } from './dynamo.ts';
import { env } from './env.ts';
import {
  CHECK_IN_COUNTER_SK_PREFIX,
  checkInCategoryCounterKey,
  checkInCountsOf,
  checkInDelegationCounterKey,
  checkInItem,
  checkInKey,
  fromCheckInItem,
} from './items/check-in.ts';
import type { Item } from './items/item.ts';
import { fromRegistrationItem, registrationCursorShape, registrationStatusGsi1Pk } from './items/registration.ts';
import { listCursor } from './list-cursor.ts';
import { TABLE_KEYS, eventPk } from './table.ts';

/** BatchGetItem's limit per call. */
const BATCH_GET_MAX = 100;
const UNPROCESSED_ATTEMPTS = 8;

export const dynamoCheckInStore = (tableName = env.tableName): CheckInStore => ({
  async get(eventId, registrationId) {
    const { Item } = await documentClient().send(
      new GetCommand({ TableName: tableName, Key: checkInKey(eventId, registrationId), ConsistentRead: true }),
    );
    return Item ? fromCheckInItem(Item) : undefined;
  },

  async recordFirst(eventId, record, { delegation, category }) {
    // The counters need no condition of their own: the transaction as a whole is conditioned on this registration
    // having no check-in yet, so each counter moves once per registration, whatever the concurrency.
    const increment = (Key: Item) => ({
      Update: {
        TableName: tableName,
        Key,
        UpdateExpression: 'SET #n = if_not_exists(#n, :zero) + :one',
        ExpressionAttributeNames: { '#n': 'checkedIn' },
        ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
      },
    });
    try {
      await documentClient().send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName, Item: checkInItem(eventId, record), ConditionExpression: 'attribute_not_exists(PK)' } },
            increment(checkInDelegationCounterKey(eventId, delegation)),
            increment(checkInCategoryCounterKey(eventId, category)),
          ],
        }),
      );
      return true;
    } catch (error) {
      const codes = cancellationCodes(error);
      if (codes?.[0] === 'ConditionalCheckFailed') return false;
      // Another check-in moving the same counter at the same moment: nothing was written, try again.
      if (codes?.includes('TransactionConflict')) throw new RetryLater('check-in counters in use');
      throw error;
    }
  },

  async ofRegistrations(eventId, registrationIds) {
    const found = new Map<string, CheckInRecord>();
    const chunks: string[][] = [];
    for (let i = 0; i < registrationIds.length; i += BATCH_GET_MAX) chunks.push(registrationIds.slice(i, i + BATCH_GET_MAX));
    await Promise.all(
      chunks.map(async (ids) => {
        let keys: Item[] | undefined = ids.map((id) => checkInKey(eventId, id));
        for (let attempt = 0; keys?.length; attempt++) {
          if (attempt >= UNPROCESSED_ATTEMPTS) throw new Error('check-ins: BatchGetItem kept leaving keys unprocessed');
          if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
          const answer: BatchGetCommandOutput = await documentClient().send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys } } }));
          for (const item of answer.Responses?.[tableName] ?? []) found.set(String(item.registrationId), fromCheckInItem(item));
          keys = answer.UnprocessedKeys?.[tableName]?.Keys;
        }
      }),
    );
    return found;
  },
});

/** Confirmed registrations in arrival order (GSI1), with cursors bound to the roster: another list's cursor is refused. */
export const dynamoRosterSource = (tableName = env.tableName): RosterSource => ({
  async confirmed(eventId, { limit, cursor }): Promise<Page<Registration>> {
    const { gsi1 } = TABLE_KEYS;
    const cursors = listCursor({ list: 'roster', eventId, index: gsi1.name, filters: {} }, registrationCursorShape(eventId, 'confirmed'));
    const startKey = cursors.decode(cursor);
    const page = await documentClient().send(
      new QueryCommand({
        TableName: tableName,
        IndexName: gsi1.name,
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': registrationStatusGsi1Pk(eventId, 'confirmed') },
        Limit: limit,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    const items = page.Items ?? [];
    // LastEvaluatedKey can be set on a full last page: the next one is then empty, which is a correct answer.
    return { items: items.map(fromRegistrationItem), nextCursor: page.LastEvaluatedKey ? cursors.encode(items[items.length - 1]) : null };
  },
});

/**
 * What the summary breaks check-ins down by: the check-in counters (one query of a few items), and the confirmed
 * registrations per delegation from GSI1's confirmed partition, reading only their delegation (no Scan).
 */
export const checkInCounts = async (eventId: string, tableName = env.tableName): Promise<CheckInCounts> => {
  const [counters, confirmed] = await Promise.all([
    queryAll({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': eventPk(eventId), ':prefix': CHECK_IN_COUNTER_SK_PREFIX },
      ConsistentRead: true,
    }),
    queryAll({
      TableName: tableName,
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'GSI1PK = :pk',
      ProjectionExpression: '#delegation',
      ExpressionAttributeNames: { '#delegation': 'delegation' },
      ExpressionAttributeValues: { ':pk': registrationStatusGsi1Pk(eventId, 'confirmed') },
    }),
  ]);
  const confirmedByDelegation: Record<string, number> = {};
  for (const { delegation } of confirmed) confirmedByDelegation[String(delegation)] = (confirmedByDelegation[String(delegation)] ?? 0) + 1;
  return { checkedIn: checkInCountsOf(counters), confirmedByDelegation };
};
