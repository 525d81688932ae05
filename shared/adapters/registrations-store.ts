/** The DynamoDB implementation of the registration use cases' RegistrationStore port. */
import { GetCommand, QueryCommand, UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { REGISTRATION_STATUSES, type Registration, type RegistrationStatus } from '../domain/registration/registration.ts';
import type { ListFilter, Page, RegistrationStore } from '../domain/registration/ports.ts';
import type { Counters, WaitlistEntry } from '../domain/registration/seats.ts';
import { documentClient, queryAll } from './dynamo.ts';
import { env } from './env.ts';
import { TABLE_KEYS } from './table.ts';
import { ULID_PATTERN, keyPattern, listCursor, literal } from './list-cursor.ts';
import { commitPlan, settlePromotions } from './registrations-commit.ts';
import { fromHistoryItem, fromRegistrationItem } from './registrations-items.ts';
import {
  QUOTA_COUNTER_SK_PREFIX,
  REFERENCE_COUNTER_SK,
  REGISTRATION_SK_PREFIX,
  REGISTRATION_TYPE,
  SEATS_COUNTER_SK,
  WAITLIST_COUNTER_SK,
  WAITLIST_SK_PREFIX,
  eventPk,
  historySkPrefix,
  registrationSk,
  statusGsi1pk,
} from './registrations-keys.ts';

type Item = Record<string, unknown>;

const toWaitlistEntry = (item: Item): WaitlistEntry => ({ registrationId: String(item.registrationId), delegation: String(item.delegation) });

/** Registrations only (never their history items): the sort key the list's cursor may start after. */
const REGISTRATION_SK = keyPattern(literal(REGISTRATION_SK_PREFIX), ULID_PATTERN);

export const dynamoRegistrationStore = (tableName = env.tableName): RegistrationStore => {
  const client = () => documentClient();

  const registrationItems = (eventId: string) =>
    queryAll({
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      FilterExpression: '#type = :type',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':pk': eventPk(eventId), ':prefix': REGISTRATION_SK_PREFIX, ':type': REGISTRATION_TYPE },
      ConsistentRead: true,
    });

  return {
    async nextReferenceNumber(eventId) {
      const { Attributes } = await client().send(
        new UpdateCommand({
          TableName: tableName,
          Key: { PK: eventPk(eventId), SK: REFERENCE_COUNTER_SK },
          // An atomic increment hands every caller a distinct number; it limits nothing, so no condition.
          UpdateExpression: 'SET #last = if_not_exists(#last, :zero) + :one',
          ExpressionAttributeNames: { '#last': 'last' },
          ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(Attributes?.last);
    },

    async counters(eventId) {
      const items = await queryAll({
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': eventPk(eventId), ':prefix': 'COUNTER#' },
        ConsistentRead: true,
      });
      const counters: Counters = { seats: 0, quotas: {}, waitlistVersion: 0, waiting: 0 };
      for (const item of items) {
        const sk = String(item.SK);
        if (sk === SEATS_COUNTER_SK) counters.seats = Number(item.active ?? 0);
        else if (sk.startsWith(QUOTA_COUNTER_SK_PREFIX)) counters.quotas[sk.slice(QUOTA_COUNTER_SK_PREFIX.length)] = Number(item.active ?? 0);
        else if (sk === WAITLIST_COUNTER_SK) {
          counters.waitlistVersion = Number(item.version ?? 0);
          counters.waiting = Number(item.waiting ?? 0);
        }
      }
      return counters;
    },

    async waitlist(eventId) {
      const items = await queryAll({
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': eventPk(eventId), ':prefix': WAITLIST_SK_PREFIX },
        ConsistentRead: true,
      });
      return items.map(toWaitlistEntry);
    },

    async findOnWaitlist(eventId, fits) {
      let ExclusiveStartKey: Item | undefined;
      do {
        const page = await client().send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
            ExpressionAttributeValues: { ':pk': eventPk(eventId), ':prefix': WAITLIST_SK_PREFIX },
            ConsistentRead: true,
            // The oldest usually fits: read a small page first, not the whole list.
            Limit: 25,
            ...(ExclusiveStartKey ? { ExclusiveStartKey } : {}),
          }),
        );
        const found = (page.Items ?? []).map(toWaitlistEntry).find(fits);
        if (found) return found;
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return undefined;
    },

    async get(eventId, id) {
      const { Item } = await client().send(
        new GetCommand({ TableName: tableName, Key: { PK: eventPk(eventId), SK: registrationSk(id) }, ConsistentRead: true }),
      );
      return Item && Item.type === REGISTRATION_TYPE ? fromRegistrationItem(Item) : undefined;
    },

    async history(eventId, id) {
      const items = await queryAll({
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': eventPk(eventId), ':prefix': historySkPrefix(id) },
        ConsistentRead: true,
      });
      return items.map(fromHistoryItem);
    },

    commit: (plan) => commitPlan(plan, tableName),

    settlePromotions: (event, seenWaitlistVersion) => settlePromotions(event, seenWaitlistVersion, tableName),

    async list(eventId, filter: ListFilter, { limit, cursor }): Promise<Page<Registration>> {
      // By status: GSI1 (arrival order). Otherwise the event's partition, skipping history items.
      const byStatus = filter.status !== undefined;
      const { gsi1 } = TABLE_KEYS;
      const cursors = listCursor(
        { list: 'registrations', eventId, index: byStatus ? gsi1.name : 'table', filters: { status: filter.status, delegation: filter.delegation } },
        byStatus
          ? { PK: eventPk(eventId), SK: REGISTRATION_SK, [gsi1.partitionKey]: statusGsi1pk(eventId, filter.status!), [gsi1.sortKey]: keyPattern(ULID_PATTERN) }
          : { PK: eventPk(eventId), SK: REGISTRATION_SK },
      );
      const filters: string[] = byStatus ? [] : ['#type = :type'];
      const names: Record<string, string> = byStatus ? {} : { '#type': 'type' };
      const values: Item = byStatus ? { ':pk': statusGsi1pk(eventId, filter.status!) } : { ':pk': eventPk(eventId), ':prefix': REGISTRATION_SK_PREFIX, ':type': REGISTRATION_TYPE };
      if (filter.delegation !== undefined) {
        filters.push('#delegation = :delegation');
        names['#delegation'] = 'delegation';
        values[':delegation'] = filter.delegation;
      }
      const base: QueryCommandInput = {
        TableName: tableName,
        ...(byStatus
          ? { IndexName: TABLE_KEYS.gsi1.name, KeyConditionExpression: 'GSI1PK = :pk' }
          : { KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)', ConsistentRead: true }),
        ...(filters.length ? { FilterExpression: filters.join(' AND '), ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
      };
      const items: Item[] = [];
      let startKey: Item | undefined = cursors.decode(cursor);
      let more = true;
      // A filter can return short pages: keep reading until the page is full or the list ends.
      while (items.length < limit && more) {
        const page = await client().send(new QueryCommand({ ...base, Limit: limit, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }));
        items.push(...(page.Items ?? []));
        startKey = page.LastEvaluatedKey;
        more = startKey !== undefined;
      }
      const pageItems = items.slice(0, limit);
      const last = pageItems[pageItems.length - 1];
      // The next page starts after the last registration returned, not after what was read past it.
      const nextCursor = items.length > limit || more ? cursors.encode(last) : null;
      return { items: pageItems.map(fromRegistrationItem), nextCursor };
    },

    async all(eventId, statuses) {
      return (await registrationItems(eventId)).map(fromRegistrationItem).filter((r) => statuses.includes(r.status));
    },

    async countByStatus(eventId) {
      const counts = Object.fromEntries(REGISTRATION_STATUSES.map((s) => [s, 0])) as Record<RegistrationStatus, number>;
      for (const item of await registrationItems(eventId)) counts[item.status as RegistrationStatus]++;
      return counts;
    },
  };
};
