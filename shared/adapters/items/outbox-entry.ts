/**
 * The outbox entry item (an email owed): `OUTBOX#<ulid>` / `OUTBOX`, listed by event and status in GSI2
 * `EVENT#<id>#OUTBOX#<status>` / `<createdAt>#<ulid>` (oldest first). Its own partition, so the mailer's
 * writes never contend with the event's.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import type { OutboxEntry, OutboxStatus } from '../../domain/notifications/outbox.ts';
import type { OutboxRef } from '../../domain/notifications/outbox-delivery.ts';
import { ISO_INSTANT_PATTERN, ULID_PATTERN, keyPattern, literal, type KeyRule } from '../list-cursor.ts';
import { TABLE_KEYS, eventPk } from '../table.ts';
import { valueOf, type Item } from './item.ts';

export const outboxPk = (id: string) => `OUTBOX#${id}`;
export const OUTBOX_SK = 'OUTBOX';
/** Stream event filters match on this attribute so the mailer sees only outbox entries. */
const OUTBOX_ITEM_TYPE = 'outbox';

export const outboxKey = (id: string) => ({ PK: outboxPk(id), SK: OUTBOX_SK });
/**
 * GSI2: an event's entries in one status, oldest first; except that `pending` and `sending` share the `pending`
 * partition. The mailer's claim (pending -> sending) then rewrites the entry in place in the index (1 write unit)
 * instead of moving it to another partition (a delete and a put there: 2). Readers tell the two apart by `status`
 * (`outboxStatusFilter`).
 */
export const outboxStatusGsi2Pk = (eventId: string, status: OutboxStatus) =>
  `${eventPk(eventId)}#OUTBOX#${status === 'sending' ? 'pending' : status}`;

/** Where a claim left its entry before `sending` shared the `pending` partition: read by the sweep, redrive and erasure. */
export const legacySendingGsi2Pk = (eventId: string) => `${eventPk(eventId)}#OUTBOX#sending`;

/** The filter a status's query needs when its partition holds another status too (pending and sending). */
export const outboxStatusFilter = (status: OutboxStatus) =>
  status === 'pending' || status === 'sending'
    ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':status': status } }
    : undefined;

export const outboxItem = (entry: OutboxEntry) => ({
  ...outboxKey(entry.id),
  type: OUTBOX_ITEM_TYPE,
  // Undelivered entries per event, oldest first (console and redrive).
  GSI2PK: outboxStatusGsi2Pk(entry.eventId, entry.status),
  GSI2SK: `${entry.createdAt}#${entry.id}`,
  ...entry,
});

export const fromOutboxItem = (item: Item): OutboxEntry => valueOf<OutboxEntry>(item);

/** The entry a stream record is about (from its new image), or undefined for any other item. */
export const outboxRefOfStreamRecord = (record: DynamoDBRecord): OutboxRef | undefined => {
  const image = record.dynamodb?.NewImage;
  if (image?.type?.S !== OUTBOX_ITEM_TYPE || !image.id?.S || !image.eventId?.S) return undefined;
  return { id: image.id.S, eventId: image.eventId.S };
};

/** The console's list of emails (GSI2): a cursor holds an outbox entry's key in this event's status partition. */
export const outboxCursorShape = (eventId: string, status: OutboxStatus): Record<string, KeyRule> => {
  const { gsi2 } = TABLE_KEYS;
  return {
    PK: keyPattern(literal(outboxPk('')), ULID_PATTERN),
    SK: OUTBOX_SK,
    [gsi2.partitionKey]: outboxStatusGsi2Pk(eventId, status),
    [gsi2.sortKey]: keyPattern(ISO_INSTANT_PATTERN, '#', ULID_PATTERN),
  };
};
