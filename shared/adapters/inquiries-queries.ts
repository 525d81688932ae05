/**
 * The press reads that return many inquiries: the console's list (by status through GSI1, or all of an event's
 * from its partition), counts by status for the admin summary, and the reminders index (GSI2) that the sweep
 * and the console's "due soon" view read. None scans the table.
 */
import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { INQUIRY_STATUSES, type Inquiry, type InquiryStatus } from '../domain/press/inquiry.ts';
import type { Page, PageRequest } from '../domain/page.ts';
import type { InquiryFilter } from '../domain/press/ports.ts';
import { countAll, documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { listCursor } from './list-cursor.ts';
import { INQUIRY_ITEM_TYPE, INQUIRY_SK_PREFIX, REMINDERS_GSI2PK, fromInquiryItem, inquiryCursorShape, inquiryStatusGsi1Pk } from './items/inquiry.ts';
import { TABLE_KEYS, eventPk } from './table.ts';

/** Read a little ahead when filtering, so a selective filter needs fewer round trips. */
const MIN_READ = 100;

const filterOf = (filter: InquiryFilter, byStatus: boolean) => {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  if (!byStatus) {
    // The event's partition also holds history items and counters under the same prefix.
    parts.push('#type = :type');
    names['#type'] = 'type';
    values[':type'] = INQUIRY_ITEM_TYPE;
  }
  if (filter.contact) {
    parts.push('contactId = :contact');
    values[':contact'] = filter.contact;
  }
  if (filter.topic) {
    parts.push('topic = :topic');
    values[':topic'] = filter.topic;
  }
  return parts.length ? { FilterExpression: parts.join(' AND '), ExpressionAttributeNames: names, ExpressionAttributeValues: values } : undefined;
};

/** Newest first. With a status: GSI1; without: the event's partition (ULIDs sort by time). */
export const listInquiries = async (tableName: string, eventId: string, filter: InquiryFilter, page: PageRequest): Promise<Page<Inquiry>> => {
  const pk = eventPk(eventId);
  const { gsi1 } = TABLE_KEYS;
  const byStatus = filter.status !== undefined;
  const cursor = listCursor(
    {
      list: 'inquiries',
      eventId,
      index: byStatus ? gsi1.name : 'table',
      filters: { status: filter.status, contact: filter.contact, topic: filter.topic },
    },
    inquiryCursorShape(eventId, filter.status),
  );
  let start: Record<string, unknown> | undefined = cursor.decode(page.cursor);
  const base: QueryCommandInput = byStatus
    ? {
        TableName: tableName,
        IndexName: gsi1.name,
        KeyConditionExpression: `${gsi1.partitionKey} = :pk`,
        ExpressionAttributeValues: { ':pk': inquiryStatusGsi1Pk(eventId, filter.status!) },
      }
    : {
        TableName: tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': INQUIRY_SK_PREFIX },
      };
  const extra = filterOf(filter, byStatus);
  const input: QueryCommandInput = {
    ...base,
    ScanIndexForward: false,
    ...(extra
      ? {
          FilterExpression: extra.FilterExpression,
          ...(Object.keys(extra.ExpressionAttributeNames).length ? { ExpressionAttributeNames: extra.ExpressionAttributeNames } : {}),
          ExpressionAttributeValues: { ...base.ExpressionAttributeValues, ...extra.ExpressionAttributeValues },
        }
      : {}),
  };

  const items: Record<string, unknown>[] = [];
  let more = false;
  do {
    const remaining = page.limit - items.length;
    const result = await documentClient().send(
      new QueryCommand({ ...input, Limit: extra ? Math.max(remaining, MIN_READ) : remaining, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    const found = result.Items ?? [];
    items.push(...found.slice(0, remaining));
    start = result.LastEvaluatedKey;
    more = start !== undefined || found.length > remaining;
  } while (start && items.length < page.limit);

  // The next page starts after the last item returned (never after a history item the filter skipped, nor after
  // items read ahead but not returned), so every cursor is an inquiry's own key.
  return { items: items.map(fromInquiryItem), nextCursor: more ? cursor.encode(items.at(-1)) : null };
};

const countOne = (tableName: string, eventId: string, status: InquiryStatus): Promise<number> =>
  countAll({
    TableName: tableName,
    IndexName: TABLE_KEYS.gsi1.name,
    KeyConditionExpression: `${TABLE_KEYS.gsi1.partitionKey} = :pk`,
    ExpressionAttributeValues: { ':pk': inquiryStatusGsi1Pk(eventId, status) },
  });

/** For the admin summary's `inquiriesByStatus`: one COUNT query per status on GSI1. */
export const countInquiriesByStatus = async (eventId: string, tableName = env.tableName): Promise<Record<InquiryStatus, number>> => {
  const counts = await Promise.all(INQUIRY_STATUSES.map((s) => countOne(tableName, eventId, s)));
  return Object.fromEntries(INQUIRY_STATUSES.map((s, i) => [s, counts[i]!])) as Record<InquiryStatus, number>;
};

/** The reminders index up to `until`, soonest first; `PK` narrows it to one event. */
const queryReminders = async (tableName: string, until: Date, limit: number, pk?: string): Promise<Record<string, unknown>[]> => {
  const { gsi2 } = TABLE_KEYS;
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(
      new QueryCommand({
        TableName: tableName,
        IndexName: gsi2.name,
        // `#` then `~` sorts after any `<iso>#<ulid>` of that same instant.
        KeyConditionExpression: `${gsi2.partitionKey} = :pk AND ${gsi2.sortKey} <= :until`,
        ExpressionAttributeValues: { ':pk': REMINDERS_GSI2PK, ':until': `${until.toISOString()}#~`, ...(pk ? { ':event': pk } : {}) },
        ...(pk ? { FilterExpression: 'PK = :event' } : {}),
        ExclusiveStartKey,
      }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey && items.length < limit);
  return items.slice(0, limit);
};

export const queryDueForReminder = async (tableName: string, now: Date, limit: number) =>
  (await queryReminders(tableName, now, limit)).map((item) => ({ eventId: String(item.eventId), id: String(item.id) }));

/**
 * For the console: an event's open inquiries whose next reminder (target or deadline) falls before `until`,
 * soonest first, overdue ones included.
 */
export const listInquiriesDueBefore = async (eventId: string, until: Date, limit = 50, tableName = env.tableName): Promise<Inquiry[]> =>
  (await queryReminders(tableName, until, limit, eventPk(eventId))).map(fromInquiryItem);
