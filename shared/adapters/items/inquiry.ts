/**
 * The press inquiry item: `EVENT#<id>` / `INQ#<ulid>`, listed by status in GSI1 `EVENT#<id>#INQ#<status>` /
 * `<receivedAt>#<ulid>`, and in GSI2 `REMINDERS` / `<next due>#<ulid>` only while a reminder is owed.
 */
import type { Inquiry, InquiryStatus } from '../../domain/press/inquiry.ts';
import { nextReminderAt } from '../../domain/press/response-clock.ts';
import { ISO_INSTANT_PATTERN, ULID_PATTERN, keyPattern, literal, type KeyRule } from '../list-cursor.ts';
import { TABLE_KEYS, eventPk } from '../table.ts';
import { valueOf, type Item } from './item.ts';

export const INQUIRY_ITEM_TYPE = 'inquiry';
export const INQUIRY_SK_PREFIX = 'INQ#';
/**
 * One partition for every event's reminders. Only unanswered inquiries sit in it, each written a few times
 * in its life: orders of magnitude below a partition's 1,000 writes per second, and the sweep stays one Query.
 */
export const REMINDERS_GSI2PK = 'REMINDERS';

export const inquirySk = (id: string) => `${INQUIRY_SK_PREFIX}${id}`;
export const inquiryKey = (eventId: string, id: string) => ({ PK: eventPk(eventId), SK: inquirySk(id) });
export const inquiryStatusGsi1Pk = (eventId: string, status: InquiryStatus) => `${eventPk(eventId)}#INQ#${status}`;

export const inquiryItem = (inquiry: Inquiry) => {
  const due = nextReminderAt(inquiry);
  return {
    ...inquiryKey(inquiry.eventId, inquiry.id),
    type: INQUIRY_ITEM_TYPE,
    GSI1PK: inquiryStatusGsi1Pk(inquiry.eventId, inquiry.status),
    GSI1SK: `${inquiry.receivedAt}#${inquiry.id}`,
    // Always UTC ISO (toISOString) so the index orders by time.
    ...(due ? { GSI2PK: REMINDERS_GSI2PK, GSI2SK: `${new Date(due).toISOString()}#${inquiry.id}` } : {}),
    ...inquiry,
  };
};

export const fromInquiryItem = (item: Item): Inquiry => valueOf<Inquiry>(item);

/** The list's cursor key: inquiries only (never their history items), by status through GSI1 or from the partition. */
export const inquiryCursorShape = (eventId: string, status: InquiryStatus | undefined): Record<string, KeyRule> => {
  const base = { PK: eventPk(eventId), SK: keyPattern(literal(INQUIRY_SK_PREFIX), ULID_PATTERN) };
  const { gsi1 } = TABLE_KEYS;
  return status === undefined
    ? base
    : { ...base, [gsi1.partitionKey]: inquiryStatusGsi1Pk(eventId, status), [gsi1.sortKey]: keyPattern(ISO_INSTANT_PATTERN, '#', ULID_PATTERN) };
};
