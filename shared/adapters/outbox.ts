/**
 * Outbox items in the table. Writers add `outboxPut(entry)` to their own TransactWriteItems; the mailer claims
 * and settles entries, and the console lists, counts and redrives them (`dynamoOutboxStore`).
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { OutboxEntry, OutboxStatus } from '../domain/outbox.ts';
import type { OutboxDeliveryStore, OutboxRef } from '../domain/outbox-delivery.ts';
import type { SendConfirmationRecorder, UncertainStore } from '../domain/outbox-confirmation.ts';
import type { RedriveStore } from '../domain/outbox-redrive.ts';
import { documentClient } from './dynamo.ts';
import { env } from './env.ts';
import { ISO_INSTANT_PATTERN, ULID_PATTERN, keyPattern, listCursor, literal } from './list-cursor.ts';
import { TABLE_KEYS } from './table.ts';

export const outboxPk = (id: string) => `OUTBOX#${id}`;
/** GSI2: an event's entries by status, oldest first. */
const gsi2Of = (eventId: string, status: OutboxStatus) => `EVENT#${eventId}#OUTBOX#${status}`;
export const OUTBOX_SK = 'OUTBOX';
/** Stream event filters match on this attribute so the mailer sees only outbox entries. */
export const OUTBOX_ITEM_TYPE = 'outbox';

export const outboxItem = (entry: OutboxEntry) => ({
  PK: outboxPk(entry.id),
  SK: OUTBOX_SK,
  type: OUTBOX_ITEM_TYPE,
  // Undelivered entries per event, oldest first (console and redrive).
  GSI2PK: gsi2Of(entry.eventId, entry.status),
  GSI2SK: `${entry.createdAt}#${entry.id}`,
  ...entry,
});

/** A TransactWriteItems element that creates the entry exactly once. */
export const outboxPut = (entry: OutboxEntry, tableName = env.tableName) => ({
  Put: {
    TableName: tableName,
    Item: outboxItem(entry),
    ConditionExpression: 'attribute_not_exists(PK)',
  },
});

/* ---- The outbox as the mailer and the secretariat's console use it ---- */

const toEntry = (item: Record<string, unknown>): OutboxEntry => {
  const { PK: _pk, SK: _sk, type: _t, GSI2PK: _g2, GSI2SK: _g2s, ...entry } = item;
  return entry as unknown as OutboxEntry;
};

const isConditionFailure = (error: unknown): boolean => (error as Error | undefined)?.name === 'ConditionalCheckFailedException';

/** Runs a conditional write; false when its condition did not hold. */
const conditionally = async (write: Promise<unknown>): Promise<boolean> => {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
};

/** Statuses that count as "not delivered yet" in the console (an uncertain one may have arrived: nobody knows yet). */
export const UNDELIVERED_STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'uncertain', 'failed'];

/** The entry a stream record is about (from its new image), or undefined for any other item. */
export const outboxRefOfStreamRecord = (record: DynamoDBRecord): OutboxRef | undefined => {
  const image = record.dynamodb?.NewImage;
  if (image?.type?.S !== OUTBOX_ITEM_TYPE || !image.id?.S || !image.eventId?.S) return undefined;
  return { id: image.id.S, eventId: image.eventId.S };
};

export interface OutboxPage {
  items: OutboxEntry[];
  nextCursor: string | null;
}

export interface OutboxStore extends OutboxDeliveryStore, RedriveStore, UncertainStore, SendConfirmationRecorder {
  get(id: string): Promise<OutboxEntry | undefined>;
  listByStatus(eventId: string, status: OutboxStatus, page: { limit: number; cursor?: string }): Promise<OutboxPage>;
  countByStatus(eventId: string, status: OutboxStatus): Promise<number>;
}

export const dynamoOutboxStore = (tableName = env.tableName): OutboxStore => {
  const db = () => documentClient();
  const key = (id: string) => ({ PK: outboxPk(id), SK: OUTBOX_SK });

  /** Records the outcome of a claim, only while that claim holds. */
  const settle = (ref: OutboxRef, token: string, status: 'sent' | 'failed' | 'suppressed', now: Date, extra: Record<string, string>) => {
    const names = Object.keys(extra);
    return conditionally(
      db().send(
        new UpdateCommand({
          TableName: tableName,
          Key: key(ref.id),
          UpdateExpression: `SET #status = :status, GSI2PK = :gsi, settledAt = :now${names.map((n) => `, #${n} = :${n}`).join('')} REMOVE sendingUntil, claimToken`,
          ConditionExpression: '#status = :sending AND claimToken = :token',
          ExpressionAttributeNames: { '#status': 'status', ...Object.fromEntries(names.map((n) => [`#${n}`, n])) },
          ExpressionAttributeValues: {
            ':status': status,
            ':gsi': gsi2Of(ref.eventId, status),
            ':now': now.toISOString(),
            ':sending': 'sending',
            ':token': token,
            ...Object.fromEntries(names.map((n) => [`:${n}`, extra[n]])),
          },
        }),
      ),
    );
  };

  const queryStatus = (eventId: string, status: OutboxStatus, page: { limit?: number; startKey?: Record<string, unknown>; count?: boolean }) =>
    db().send(
      new QueryCommand({
        TableName: tableName,
        IndexName: TABLE_KEYS.gsi2.name,
        KeyConditionExpression: 'GSI2PK = :pk',
        ExpressionAttributeValues: { ':pk': gsi2Of(eventId, status) },
        ...(page.limit ? { Limit: page.limit } : {}),
        ...(page.startKey ? { ExclusiveStartKey: page.startKey } : {}),
        ...(page.count ? { Select: 'COUNT' as const } : {}),
      }),
    );

  const store: OutboxStore = {
    async get(id) {
      const { Item } = await db().send(new GetCommand({ TableName: tableName, Key: key(id), ConsistentRead: true }));
      return Item ? toEntry(Item) : undefined;
    },

    async claim(ref, now, leaseMs) {
      const token = randomUUID();
      try {
        const { Attributes } = await db().send(
          new UpdateCommand({
            TableName: tableName,
            Key: key(ref.id),
            UpdateExpression:
              'SET #status = :sending, GSI2PK = :gsi, sendingUntil = :until, claimToken = :token, attempts = if_not_exists(attempts, :zero) + :one',
            // Only a pending entry, or one whose last claim lapsed (its mailer gave up or died).
            ConditionExpression:
              'eventId = :eventId AND (#status = :pending OR (#status = :sending AND (attribute_not_exists(sendingUntil) OR sendingUntil <= :now)))',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':eventId': ref.eventId,
              ':sending': 'sending',
              ':pending': 'pending',
              ':gsi': gsi2Of(ref.eventId, 'sending'),
              ':until': new Date(now.getTime() + leaseMs).toISOString(),
              ':token': token,
              ':now': now.toISOString(),
              ':zero': 0,
              ':one': 1,
            },
            ReturnValues: 'ALL_NEW',
          }),
        );
        return { claimed: true, entry: toEntry(Attributes ?? {}), token };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        return { claimed: false, status: (await store.get(ref.id))?.status };
      }
    },

    markSent: (ref, token, messageId, now) => settle(ref, token, 'sent', now, { sesMessageId: messageId, sentAt: now.toISOString() }),

    async markFailed(ref, token, reason, now) {
      await settle(ref, token, 'failed', now, { lastError: reason });
    },

    async markSuppressed(ref, token, reason, now) {
      await settle(ref, token, 'suppressed', now, { lastError: reason });
    },

    async release(ref, token, reason, now) {
      await conditionally(
        db().send(
          new UpdateCommand({
            TableName: tableName,
            Key: key(ref.id),
            UpdateExpression: 'SET sendingUntil = :now, lastError = :reason',
            ConditionExpression: '#status = :sending AND claimToken = :token',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':now': now.toISOString(), ':reason': reason, ':sending': 'sending', ':token': token },
          }),
        ),
      );
    },

    markUncertain: (ref, token, { reason, attemptedAt, messageTag }) =>
      conditionally(
        db().send(
          new UpdateCommand({
            TableName: tableName,
            Key: key(ref.id),
            UpdateExpression:
              'SET #status = :uncertain, GSI2PK = :gsi, attemptedAt = :attemptedAt, messageTag = :tag, lastError = :reason REMOVE sendingUntil, claimToken',
            ConditionExpression: '#status = :sending AND claimToken = :token',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':uncertain': 'uncertain',
              ':gsi': gsi2Of(ref.eventId, 'uncertain'),
              ':attemptedAt': attemptedAt,
              ':tag': messageTag,
              ':reason': reason,
              ':sending': 'sending',
              ':token': token,
            },
          }),
        ),
      ),

    confirmUncertain: (ref, attemptedAt, confirmation, now) =>
      conditionally(
        db().send(
          new UpdateCommand({
            TableName: tableName,
            Key: key(ref.id),
            UpdateExpression: 'SET #status = :sent, GSI2PK = :gsi, sesMessageId = :messageId, sentAt = :sentAt, settledAt = :now',
            ConditionExpression: '#status = :uncertain AND (attemptedAt = :attemptedAt OR attribute_not_exists(attemptedAt))',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':sent': 'sent',
              ':gsi': gsi2Of(ref.eventId, 'sent'),
              ':messageId': confirmation.messageId,
              ':sentAt': confirmation.at,
              ':now': now.toISOString(),
              ':uncertain': 'uncertain',
              ':attemptedAt': attemptedAt,
            },
          }),
        ),
      ),

    abandonUncertain: (ref, attemptedAt, to, now) =>
      conditionally(
        db().send(
          new UpdateCommand({
            TableName: tableName,
            Key: key(ref.id),
            // Back to pending the stream hands it to the mailer (a MODIFY to pending passes its filter).
            UpdateExpression:
              to === 'pending' ? 'SET #status = :to, GSI2PK = :gsi, redrivenAt = :now' : 'SET #status = :to, GSI2PK = :gsi, lastError = :unconfirmed, settledAt = :now',
            ConditionExpression: '#status = :uncertain AND (attemptedAt = :attemptedAt OR attribute_not_exists(attemptedAt))',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':to': to,
              ':gsi': gsi2Of(ref.eventId, to),
              ':now': now.toISOString(),
              ':uncertain': 'uncertain',
              ':attemptedAt': attemptedAt,
              ...(to === 'failed' ? { ':unconfirmed': 'Unconfirmed' } : {}),
            },
          }),
        ),
      ),

    async recordSendConfirmation(outboxId, { messageId, at }) {
      // Entries already marked sent need nothing; a missing one (another stack's message, an erased event) is ignored.
      await conditionally(
        db().send(
          new UpdateCommand({
            TableName: tableName,
            Key: key(outboxId),
            UpdateExpression: 'SET sendConfirmedAt = if_not_exists(sendConfirmedAt, :at), confirmedMessageId = if_not_exists(confirmedMessageId, :messageId)',
            ConditionExpression: 'attribute_exists(PK) AND #status <> :sent',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':at': at, ':messageId': messageId, ':sent': 'sent' },
          }),
        ),
      );
    },

    async listUndelivered(eventId) {
      const all = async (status: OutboxStatus) => {
        const entries: OutboxEntry[] = [];
        let startKey: Record<string, unknown> | undefined;
        do {
          const page = await queryStatus(eventId, status, { startKey });
          entries.push(...(page.Items ?? []).map(toEntry));
          startKey = page.LastEvaluatedKey;
        } while (startKey);
        return entries;
      };
      return (await Promise.all(UNDELIVERED_STATUSES.map(all))).flat();
    },

    requeue: (ref, now) =>
      conditionally(
        db().send(
          new UpdateCommand({
            TableName: tableName,
            Key: key(ref.id),
            UpdateExpression: 'SET #status = :pending, GSI2PK = :gsi, redrivenAt = :now REMOVE sendingUntil, claimToken',
            // Never a sent or suppressed entry, never one a mailer holds right now.
            ConditionExpression:
              'eventId = :eventId AND (#status = :failed OR #status = :pending OR (#status = :sending AND (attribute_not_exists(sendingUntil) OR sendingUntil <= :now)))',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':eventId': ref.eventId,
              ':pending': 'pending',
              ':failed': 'failed',
              ':sending': 'sending',
              ':gsi': gsi2Of(ref.eventId, 'pending'),
              ':now': now.toISOString(),
            },
          }),
        ),
      ),

    async listByStatus(eventId, status, { limit, cursor }) {
      const { gsi2 } = TABLE_KEYS;
      // The console's list of emails (GSI2): a cursor holds an outbox entry's key in this event's status partition.
      const cursors = listCursor(
        { list: 'emails', eventId, index: gsi2.name, filters: { status } },
        {
          PK: keyPattern(literal(outboxPk('')), ULID_PATTERN),
          SK: OUTBOX_SK,
          [gsi2.partitionKey]: gsi2Of(eventId, status),
          [gsi2.sortKey]: keyPattern(ISO_INSTANT_PATTERN, '#', ULID_PATTERN),
        },
      );
      const page = await queryStatus(eventId, status, { limit, startKey: cursors.decode(cursor) });
      return { items: (page.Items ?? []).map(toEntry), nextCursor: cursors.encode(page.LastEvaluatedKey) };
    },

    async countByStatus(eventId, status) {
      let total = 0;
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await queryStatus(eventId, status, { startKey, count: true });
        total += page.Count ?? 0;
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return total;
    },
  };
  return store;
};

/** For the admin summary: emails not delivered yet (pending, being sent, failed), and those held back for a suppressed address. */
export const emailDeliveryCounts = async (eventId: string, store: OutboxStore = dynamoOutboxStore()): Promise<{ undelivered: number; suppressed: number }> => {
  const [undelivered, suppressed] = await Promise.all([
    Promise.all(UNDELIVERED_STATUSES.map((status) => store.countByStatus(eventId, status))).then((counts) => counts.reduce((a, b) => a + b, 0)),
    store.countByStatus(eventId, 'suppressed'),
  ]);
  return { undelivered, suppressed };
};
