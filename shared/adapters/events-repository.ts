/** Reads and writes event configurations. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EventConfig } from '../domain/event.ts';
import { documentClient, queryAll } from './dynamo.ts';
import { env } from './env.ts';
import { EVENTS_GSI1PK, EVENT_CONFIG_SK, TABLE_KEYS, eventPk } from './table.ts';

const strip = (item: Record<string, unknown>): EventConfig => {
  const { PK: _pk, SK: _sk, GSI1PK: _g1, GSI1SK: _g1s, type: _t, ...rest } = item;
  return rest as unknown as EventConfig;
};

/** Every event configuration, through GSI1 (`EVENTS`), page by page. */
const listAll = async (tableName: string): Promise<EventConfig[]> =>
  (
    await queryAll({
      TableName: tableName,
      IndexName: TABLE_KEYS.gsi1.name,
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': EVENTS_GSI1PK },
    })
  ).map(strip);

export interface EventsRepository {
  get(eventId: string): Promise<EventConfig | undefined>;
  listPublished(): Promise<EventConfig[]>;
  /** Every event's id, published or not. */
  listAllIds(): Promise<string[]>;
  put(event: EventConfig): Promise<void>;
}

export const dynamoEventsRepository = (tableName = env.tableName): EventsRepository => ({
  async get(eventId) {
    const { Item } = await documentClient().send(
      new GetCommand({ TableName: tableName, Key: { PK: eventPk(eventId), SK: EVENT_CONFIG_SK }, ConsistentRead: true }),
    );
    return Item ? strip(Item) : undefined;
  },

  async listPublished() {
    return (await listAll(tableName)).filter((event) => event.published);
  },

  async listAllIds() {
    return (await listAll(tableName)).map((event) => event.id);
  },

  async put(event) {
    await documentClient().send(
      new PutCommand({
        TableName: tableName,
        Item: {
          PK: eventPk(event.id),
          SK: EVENT_CONFIG_SK,
          GSI1PK: EVENTS_GSI1PK,
          GSI1SK: `${event.startDate}#${event.id}`,
          type: 'event',
          ...event,
        },
      }),
    );
  },
});
