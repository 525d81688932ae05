/** The event store on DynamoDB: one item per configuration (items/event-config.ts). */
import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { EventConfig } from '../domain/event-config.ts';
import type { EventStore } from '../domain/event-use-cases.ts';
import { EditConflict } from '../domain/errors.ts';
import { CountersMovedMeanwhile, type CounterCeiling } from '../domain/registration/limits-in-use.ts';
import { cancellationCodes, conditionally, documentClient, queryAll } from './dynamo.ts';
import { seatCounterKey } from './items/counter.ts';
import { env } from './env.ts';
import { TABLE_KEYS } from './table.ts';
import { EVENTS_GSI1PK, PROMOTIONS_DUE_GSI2PK, eventConfigItem, eventConfigKey, fromEventConfigItem } from './items/event-config.ts';

/** Every event configuration, through GSI1 (`EVENTS`), page by page. */
const listAll = async (tableName: string): Promise<EventConfig[]> =>
  (
    await queryAll({
      TableName: tableName,
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': EVENTS_GSI1PK },
    })
  ).map(fromEventConfigItem);

/**
 * The configuration and a check of each lowered counter in one transaction: a registration that took a seat after
 * the counters were read either committed before (the check fails) or is refused by its own condition on `updatedAt`.
 */
const putUnderCeilings = async (tableName: string, eventId: string, put: ConstructorParameters<typeof PutCommand>[0], ceilings: CounterCeiling[]) => {
  const checks = ceilings.map(({ counter, atMost }) => ({
    ConditionCheck: {
      TableName: tableName,
      Key: seatCounterKey(eventId, counter),
      ConditionExpression: 'attribute_not_exists(active) OR active <= :atMost',
      ExpressionAttributeValues: { ':atMost': atMost },
    },
  }));
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: [{ Put: put }, ...checks] }));
  } catch (error) {
    const codes = cancellationCodes(error);
    if (!codes) throw error;
    if (codes[0] === 'ConditionalCheckFailed') throw new EditConflict();
    if (codes.some((code) => code === 'ConditionalCheckFailed' || code === 'TransactionConflict')) throw new CountersMovedMeanwhile();
    throw error;
  }
};

type EventReader = Omit<EventStore, 'create' | 'put'>;

/**
 * The reads alone, for the functions that never write an event (the mailer, the sweeps): their bundles then carry
 * none of the writes and their conditions.
 */
export const dynamoEventReader = (tableName = env.tableName): EventReader => ({
  async get(eventId) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName, Key: eventConfigKey(eventId), ConsistentRead: true }));
    return Item ? fromEventConfigItem(Item) : undefined;
  },

  async listPublished() {
    return (await listAll(tableName)).filter((event) => event.published);
  },

  async listAllIds() {
    return (await listAll(tableName)).map((event) => event.id);
  },

  listAll: () => listAll(tableName),

  async withPromotionsDue(before) {
    const items = await queryAll({
      TableName: tableName,
      IndexName: TABLE_KEYS.gsi2.name,
      KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK < :before',
      ExpressionAttributeValues: { ':pk': PROMOTIONS_DUE_GSI2PK, ':before': before.toISOString() },
    });
    return [...new Set(items.map((item) => String(item.id)))];
  },
});

export const dynamoEventStore = (tableName = env.tableName): EventStore => ({
  ...dynamoEventReader(tableName),

  create: (event) =>
    conditionally(
      documentClient().send(new PutCommand({ TableName: tableName, Item: eventConfigItem(event), ConditionExpression: 'attribute_not_exists(PK)' })),
    ),

  async put(event, { expectedUpdatedAt, ceilings = [] } = {}) {
    const put = {
      TableName: tableName,
      Item: eventConfigItem(event),
      // An edit made on a loaded copy lands only over that very version (If-Match).
      ...(expectedUpdatedAt !== undefined
        ? { ConditionExpression: 'updatedAt = :expected', ExpressionAttributeValues: { ':expected': expectedUpdatedAt } }
        : {}),
    };
    if (ceilings.length === 0) {
      if (!(await conditionally(documentClient().send(new PutCommand(put))))) throw new EditConflict();
      return;
    }
    await putUnderCeilings(tableName, event.id, put, ceilings);
  },
});
