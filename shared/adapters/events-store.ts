/** The event store on DynamoDB: one item per configuration (items/event-config.ts). */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EventConfig } from '../domain/event-config.ts';
import type { EventStore } from '../domain/event-use-cases.ts';
import { EditConflict } from '../domain/errors.ts';
import { conditionally, documentClient, queryAll } from './dynamo.ts';
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

  async put(event, { expectedUpdatedAt } = {}) {
    const put = new PutCommand({
      TableName: tableName,
      Item: eventConfigItem(event),
      // An edit made on a loaded copy lands only over that very version (If-Match).
      ...(expectedUpdatedAt !== undefined
        ? { ConditionExpression: 'updatedAt = :expected', ExpressionAttributeValues: { ':expected': expectedUpdatedAt } }
        : {}),
    });
    if (!(await conditionally(documentClient().send(put)))) throw new EditConflict();
  },
});
