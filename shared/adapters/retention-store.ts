/**
 * The retention job's view of the table (the RetentionStore port of shared/domain/personal-data/retention-job.ts):
 * an event's partition and its outbox entries (GSI2, one partition per status), read page by page and told apart by
 * key and `type`; scrubbed values written back with the keys they had; the event's `RETENTION` record. No Scan.
 */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RetentionStore, StoredThing } from '../domain/personal-data/retention-job.ts';
import type { RetainedKind } from '../domain/personal-data/retention-rules.ts';
import { OUTBOX_STATUSES, type OutboxStatus } from '../domain/notifications/outbox.ts';
import { conditionally, documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { DOSSIER_TYPE } from './items/dossier.ts';
import { INQUIRY_ITEM_TYPE } from './items/inquiry.ts';
import type { Item } from './items/item.ts';
import { legacySendingGsi2Pk, outboxStatusGsi2Pk } from './items/outbox-entry.ts';
import { REGISTRATION_TYPE } from './items/registration.ts';
import { CHECK_IN_SK_PREFIX, fromRetentionRecordItem, RETENTION_RECORD_TYPE, retentionRecordKey } from './items/retention-record.ts';
import { suppressedAddressKey, suppressionPk } from './items/suppressed-address.ts';
import { TABLE_KEYS, eventPk } from './table.ts';

/** The attributes that place an item (keys, index keys, kind, TTL): kept as they were when its value is replaced. */
const PLACEMENT = ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'type', TABLE_KEYS.ttlAttribute] as const;

const KIND_OF_TYPE: Record<string, RetainedKind> = {
  [REGISTRATION_TYPE]: 'registration',
  'registration-history': 'registration-history',
  'focal-point': 'focal-point',
  'delegation-history': 'delegation-history',
  [DOSSIER_TYPE]: 'delegation-dossier',
  [INQUIRY_ITEM_TYPE]: 'inquiry',
  'inquiry-history': 'inquiry-history',
};

/** Which kind of stored thing an item of the event's partition is, or undefined if it holds nothing personal. */
export const kindOfEventItem = (item: Item): RetainedKind | undefined => {
  const sk = String(item.SK);
  if (item.type === 'claim' && sk.startsWith('EMAIL#')) return 'email-claim';
  if (sk.startsWith(CHECK_IN_SK_PREFIX)) return 'check-in';
  return KIND_OF_TYPE[String(item.type)];
};

const split = (item: Item) => {
  const placement: Item = {};
  const value: Item = { ...item };
  for (const name of PLACEMENT) {
    if (name in item) placement[name] = item[name];
    delete value[name];
  }
  return { placement, value };
};

/** Where a scrubbed value goes: its old place, except an erased email's status partition and an inquiry's reminders. */
const placementOf = (kind: RetainedKind, placement: Item, value: Item): Item => {
  if (kind === 'outbox') return { ...placement, GSI2PK: outboxStatusGsi2Pk(String(value.eventId), value.status as OutboxStatus) };
  if (kind === 'inquiry') {
    // Nobody is reminded about an inquiry whose journalist is erased.
    const { GSI2PK: _pk, GSI2SK: _sk, ...rest } = placement;
    return rest;
  }
  return placement;
};

interface Ref {
  placement: Item;
}

export const dynamoRetentionStore = (tableName = env.tableName): RetentionStore => {
  const db = () => documentClient();
  async function* pages(input: Omit<QueryCommandInput, 'TableName'>) {
    for await (const page of paginateQuery({ client: db(), pageSize: 100 }, { TableName: tableName, ...input })) yield page.Items ?? [];
  }
  const thing = (kind: RetainedKind, item: Item): StoredThing => {
    const { placement, value } = split(item);
    return { kind, value, ref: { placement } satisfies Ref };
  };
  return {
    async record(eventId) {
      const { Item } = await db().send(new GetCommand({ TableName: tableName, Key: retentionRecordKey(eventId), ConsistentRead: true }));
      return Item ? fromRetentionRecordItem(Item) : undefined;
    },

    async begin(eventId, at) {
      await db().send(
        new UpdateCommand({
          TableName: tableName,
          Key: retentionRecordKey(eventId),
          UpdateExpression:
            'SET #type = :type, eventId = :eventId, startedAt = if_not_exists(startedAt, :at), counts = if_not_exists(counts, :empty) ADD runs :one',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':type': RETENTION_RECORD_TYPE, ':eventId': eventId, ':at': at.toISOString(), ':empty': {}, ':one': 1 },
        }),
      );
    },

    async count(eventId, counts) {
      const names = Object.keys(counts);
      if (!names.length) return;
      await db().send(
        new UpdateCommand({
          TableName: tableName,
          Key: retentionRecordKey(eventId),
          UpdateExpression: `ADD ${names.map((_, i) => `counts.#c${i} :c${i}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(names.map((n, i) => [`#c${i}`, n])),
          ExpressionAttributeValues: Object.fromEntries(names.map((n, i) => [`:c${i}`, counts[n as keyof typeof counts]])),
        }),
      );
    },

    async finish(eventId, at) {
      await db().send(
        new UpdateCommand({
          TableName: tableName,
          Key: retentionRecordKey(eventId),
          UpdateExpression: 'SET finishedAt = :at',
          ExpressionAttributeValues: { ':at': at.toISOString() },
        }),
      );
    },

    async *things(eventId) {
      for await (const items of pages({
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': eventPk(eventId) },
        ConsistentRead: true,
      }))
        for (const item of items) {
          const kind = kindOfEventItem(item);
          if (kind) yield thing(kind, item);
        }
      // The event's emails live in their own partitions, listed per status in GSI2, each partition once (pending and
      // sending share one; claims made before they did are in the legacy one), failed last: erased entries land there.
      const statuses = [...OUTBOX_STATUSES.filter((s) => s !== 'failed'), 'failed' as const];
      const partitions = new Set(statuses.map((status) => outboxStatusGsi2Pk(eventId, status)));
      partitions.delete(outboxStatusGsi2Pk(eventId, 'failed'));
      for (const pk of [...partitions, legacySendingGsi2Pk(eventId), outboxStatusGsi2Pk(eventId, 'failed')])
        for await (const items of pages({
          IndexName: TABLE_KEYS.gsi2.name,
          KeyConditionExpression: 'GSI2PK = :pk',
          ExpressionAttributeValues: { ':pk': pk },
        }))
          for (const item of items) yield thing('outbox', item);
    },

    async *sentWithBody(eventId, createdBefore) {
      for await (const items of pages({
        IndexName: TABLE_KEYS.gsi2.name,
        KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK < :before',
        FilterExpression: 'attribute_not_exists(bodyDroppedAt) AND attribute_not_exists(personalDataErasedAt)',
        ExpressionAttributeValues: { ':pk': outboxStatusGsi2Pk(eventId, 'sent'), ':before': createdBefore.toISOString() },
      }))
        for (const item of items) yield thing('outbox', item);
    },

    async replace(stored, value) {
      const { placement } = stored.ref as Ref;
      // Only over the item as it is: a thing deleted meanwhile is not brought back.
      await conditionally(
        db().send(
          new PutCommand({
            TableName: tableName,
            Item: { ...value, ...placementOf(stored.kind, placement, value) },
            ConditionExpression: 'attribute_exists(PK)',
          }),
        ),
      );
    },

    async remove(stored) {
      const { placement } = stored.ref as Ref;
      await db().send(new DeleteCommand({ TableName: tableName, Key: { PK: placement.PK, SK: placement.SK } }));
    },

    async forgetAddress(email, eventId) {
      const dropped = await conditionally(
        db().send(
          new UpdateCommand({
            TableName: tableName,
            Key: suppressedAddressKey(email),
            UpdateExpression: 'REMOVE email',
            ConditionExpression: 'attribute_exists(email)',
          }),
        ),
      );
      // The address's releases (its history, beside the record) made for this event: who released it and why.
      let released = false;
      for await (const items of pages({
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :release)',
        FilterExpression: 'eventId = :eventId AND attribute_not_exists(personalDataErasedAt)',
        ExpressionAttributeValues: { ':pk': suppressionPk(email), ':release': 'RELEASE#', ':eventId': eventId },
      }))
        for (const item of items) {
          await db().send(
            new UpdateCommand({
              TableName: tableName,
              Key: { PK: item.PK, SK: item.SK },
              UpdateExpression: 'SET #by = :empty, #reason = :empty, personalDataErasedAt = :now',
              ExpressionAttributeNames: { '#by': 'by', '#reason': 'reason' },
              ExpressionAttributeValues: { ':empty': '', ':now': new Date().toISOString() },
            }),
          );
          released = true;
        }
      return dropped || released;
    },
  };
};
