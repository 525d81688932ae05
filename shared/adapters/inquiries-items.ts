/**
 * How press inquiries sit in the single table (docs/press.md has the access patterns):
 *
 *   PK                SK                                  what
 *   EVENT#<eventId>   INQ#<ulid>                          an inquiry
 *                                                         GSI1: EVENT#<eventId>#INQ#<status> / <receivedAt>#<ulid>
 *                                                         GSI2 (only while a reminder is owed): REMINDERS / <next due>#<ulid>
 *   EVENT#<eventId>   INQ#<ulid>#HIST#<iso>#<ulid>        its history, oldest first
 *   EVENT#<eventId>   COUNTER#INQUIRY-REFERENCE           the reference sequence (`last`)
 *   RATE#<eventId>#<scope>#<hmac>#<hour>  RATE            an hourly rate-limit counter (TTL `expiresAt`; rate-limiter.ts)
 */
import type { Inquiry, InquiryHistoryEntry, InquiryStatus } from '../domain/press/inquiry.ts';
import { nextReminderAt } from '../domain/press/response-clock.ts';
import { eventPk } from './table.ts';

export const INQUIRY_ITEM_TYPE = 'inquiry';
export const INQUIRY_HISTORY_ITEM_TYPE = 'inquiry-history';
export const INQUIRY_REFERENCE_COUNTER_SK = 'COUNTER#INQUIRY-REFERENCE';
/**
 * One partition for every event's reminders. Only unanswered inquiries sit in it, each written a few times
 * in its life: orders of magnitude below a partition's 1,000 writes per second, and the sweep stays one Query.
 */
export const REMINDERS_GSI2PK = 'REMINDERS';

export const inquirySk = (id: string) => `INQ#${id}`;
export const INQUIRY_SK_PREFIX = 'INQ#';
export const inquiryStatusGsi1Pk = (eventId: string, status: InquiryStatus) => `EVENT#${eventId}#INQ#${status}`;
export const historySk = (entry: Pick<InquiryHistoryEntry, 'inquiryId' | 'at' | 'id'>) => `INQ#${entry.inquiryId}#HIST#${entry.at}#${entry.id}`;

export const inquiryItem = (inquiry: Inquiry) => {
  const due = nextReminderAt(inquiry);
  return {
    PK: eventPk(inquiry.eventId),
    SK: inquirySk(inquiry.id),
    type: INQUIRY_ITEM_TYPE,
    GSI1PK: inquiryStatusGsi1Pk(inquiry.eventId, inquiry.status),
    GSI1SK: `${inquiry.receivedAt}#${inquiry.id}`,
    // Always UTC ISO (toISOString) so the index orders by time.
    ...(due ? { GSI2PK: REMINDERS_GSI2PK, GSI2SK: `${new Date(due).toISOString()}#${inquiry.id}` } : {}),
    ...inquiry,
  };
};

export const historyItem = (eventId: string, entry: InquiryHistoryEntry) => ({
  PK: eventPk(eventId),
  SK: historySk(entry),
  type: INQUIRY_HISTORY_ITEM_TYPE,
  ...entry,
});

export const fromInquiryItem = (item: Record<string, unknown>): Inquiry => {
  const { PK: _pk, SK: _sk, type: _t, GSI1PK: _g1, GSI1SK: _g1s, GSI2PK: _g2, GSI2SK: _g2s, ...rest } = item;
  return rest as unknown as Inquiry;
};

export const fromHistoryItem = (item: Record<string, unknown>): InquiryHistoryEntry => {
  const { PK: _pk, SK: _sk, type: _t, ...rest } = item;
  return rest as unknown as InquiryHistoryEntry;
};
