/** The DynamoDB implementation of the registration use cases' RegistrationStore port. */
import { GetCommand, QueryCommand, UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { REGISTRATION_STATUSES, type Registration, type RegistrationStatus } from '../domain/registration/registration.ts';
import type { ListFilter, RegistrationStore } from '../domain/registration/ports.ts';
import type { Page } from '../domain/page.ts';
import { documentClient, queryAll } from './dynamo.ts';
import { env } from './env.ts';
import { TABLE_KEYS, eventPk } from './table.ts';
import { listCursor } from './list-cursor.ts';
import { commitPlan, settlePromotions } from './registrations-commit.ts';
import { searchRegistrations } from './registrations-search.ts';
import { COUNTER_SK_PREFIX, countersOf, delegateReferenceCounterKey } from './items/counter.ts';
import { fromRegistrationHistoryItem, registrationHistorySkPrefix } from './items/history-entry.ts';
import {
  REGISTRATION_SK_PREFIX,
  REGISTRATION_TYPE,
  fromRegistrationItem,
  registrationCursorShape,
  registrationKey,
  registrationStatusGsi1Pk,
} from './items/registration.ts';
import type { Item } from './items/item.ts';
import { WAITLIST_SK_PREFIX, fromWaitlistEntryItem } from './items/waitlist-entry.ts';

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
          Key: delegateReferenceCounterKey(eventId),
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
        ExpressionAttributeValues: { ':pk': eventPk(eventId), ':prefix': COUNTER_SK_PREFIX },
        ConsistentRead: true,
      });
      return countersOf(items);
    },

    async waitlist(eventId) {
      const items = await queryAll({
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': eventPk(eventId), ':prefix': WAITLIST_SK_PREFIX },
        ConsistentRead: true,
      });
      return items.map(fromWaitlistEntryItem);
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
        const found = (page.Items ?? []).map(fromWaitlistEntryItem).find(fits);
        if (found) return found;
        ExclusiveStartKey = page.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return undefined;
    },

    async get(eventId, id) {
      const { Item } = await client().send(new GetCommand({ TableName: tableName, Key: registrationKey(eventId, id), ConsistentRead: true }));
      return Item && Item.type === REGISTRATION_TYPE ? fromRegistrationItem(Item) : undefined;
    },

    async history(eventId, id) {
      const items = await queryAll({
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': eventPk(eventId), ':prefix': registrationHistorySkPrefix(id) },
        ConsistentRead: true,
      });
      return items.map(fromRegistrationHistoryItem);
    },

    commit: (plan) => commitPlan(plan, tableName),

    settlePromotions: (event, seenWaitlistVersion) => settlePromotions(event, seenWaitlistVersion, tableName),

    async list(eventId, filter: ListFilter, { limit, cursor }): Promise<Page<Registration>> {
      // By status: GSI1 (arrival order). Otherwise the event's partition, skipping history items.
      const byStatus = filter.status !== undefined;
      const { gsi1 } = TABLE_KEYS;
      const cursors = listCursor(
        { list: 'registrations', eventId, index: byStatus ? gsi1.name : 'table', filters: { status: filter.status, delegation: filter.delegation } },
        registrationCursorShape(eventId, filter.status),
      );
      const filters: string[] = byStatus ? [] : ['#type = :type'];
      const names: Record<string, string> = byStatus ? {} : { '#type': 'type' };
      const values: Item = byStatus
        ? { ':pk': registrationStatusGsi1Pk(eventId, filter.status!) }
        : { ':pk': eventPk(eventId), ':prefix': REGISTRATION_SK_PREFIX, ':type': REGISTRATION_TYPE };
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

    search: (eventId, request, page) => searchRegistrations(tableName, eventId, request, page),

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
