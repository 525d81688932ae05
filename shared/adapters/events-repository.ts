/** Reads and writes event configurations. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EventConfig } from '../domain/event.ts';
import { documentClient, queryAll } from './dynamo.ts';
import { env } from './env.ts';
import { EVENTS_GSI1PK, EVENT_CONFIG_SK, PROMOTIONS_DUE_GSI2PK, TABLE_KEYS, eventPk } from './table.ts';

const strip = (item: Record<string, unknown>): EventConfig => {
  const { PK: _pk, SK: _sk, GSI1PK: _g1, GSI1SK: _g1s, GSI2PK: _g2, GSI2SK: _g2s, type: _t, ...rest } = item;
  return rest as unknown as EventConfig;
};

/** While promotions are due the configuration sits in GSI2 (sparse), so the sweep finds it without a scan. */
export const promotionsDueKeys = (event: Pick<EventConfig, 'id' | 'promotionsDue'>) =>
  event.promotionsDue ? { GSI2PK: PROMOTIONS_DUE_GSI2PK, GSI2SK: `${event.promotionsDue}#${event.id}` } : {};

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
  /** Ids of the events whose promotions have been due since before `before` (GSI2, oldest first). */
  withPromotionsDue(before: Date): Promise<string[]>;
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
          ...promotionsDueKeys(event),
          ...event,
        },
      }),
    );
  },

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
