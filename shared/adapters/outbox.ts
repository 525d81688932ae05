/**
 * Outbox items in the table. Writers add `outboxPut(entry)` to their own TransactWriteItems; the mailer claims
 * and settles entries, and the console lists, counts and redrives them (`dynamoOutboxStore`).
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand, UpdateCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { OUTBOX_STATUSES, type OutboxEntry, type OutboxStatus } from '../domain/notifications/outbox.ts';
import type { Page, PageRequest } from '../domain/page.ts';
import type { OutboxDeliveryStore, OutboxRef } from '../domain/notifications/outbox-delivery.ts';
import type { SendConfirmationRecorder, UncertainStore } from '../domain/notifications/outbox-confirmation.ts';
import type { RedriveStore } from '../domain/notifications/outbox-redrive.ts';
import { conditionally, countAll, documentClient, isConditionFailure, queryAll } from './dynamo.ts';
import { env } from './env.ts';
import { listCursor } from './list-cursor.ts';
import { TABLE_KEYS } from './table.ts';
import {
  fromOutboxItem,
  legacySendingGsi2Pk,
  outboxCursorShape,
  outboxItem,
  outboxKey,
  outboxStatusFilter,
  outboxStatusGsi2Pk as gsi2Of,
} from './items/outbox-entry.ts';

/** A TransactWriteItems element that creates the entry exactly once. */
export const outboxPut = (entry: OutboxEntry, tableName = env.tableName) => ({
  Put: {
    TableName: tableName,
    Item: outboxItem(entry),
    ConditionExpression: 'attribute_not_exists(PK)',
  },
});

/* ---- The outbox as the mailer and the secretariat's console use it ---- */

/** Statuses that count as "not delivered yet" in the console (an uncertain one may have arrived: nobody knows yet). */
const UNDELIVERED_STATUSES: readonly OutboxStatus[] = ['pending', 'sending', 'uncertain', 'failed'];

export interface OutboxStore extends OutboxDeliveryStore, RedriveStore, UncertainStore, SendConfirmationRecorder {
  get(id: string): Promise<OutboxEntry | undefined>;
  listByStatus(eventId: string, status: OutboxStatus, page: PageRequest): Promise<Page<OutboxEntry>>;
  countByStatus(eventId: string, status: OutboxStatus): Promise<number>;
}

/**
 * What the SES feedback worker needs of the outbox: noting a Send confirmation. Apart from the store so that its
 * bundle carries none of the mailer's and the console's calls.
 */
export const dynamoSendConfirmations = (tableName = env.tableName): SendConfirmationRecorder => ({
  async recordSendConfirmation(outboxId, { messageId, at }) {
    // Entries already marked sent need nothing; a missing one (another stack's message, an erased event) is ignored.
    await conditionally(
      documentClient().send(
        new UpdateCommand({
          TableName: tableName,
          Key: outboxKey(outboxId),
          UpdateExpression:
            'SET sendConfirmedAt = if_not_exists(sendConfirmedAt, :at), confirmedMessageId = if_not_exists(confirmedMessageId, :messageId)',
          ConditionExpression: 'attribute_exists(PK) AND #status <> :sent',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':at': at, ':messageId': messageId, ':sent': 'sent' },
        }),
      ),
    );
  },
});

/**
 * The status of the entry a refused claim found, from the refusal itself (`ReturnValuesOnConditionCheckFailure`):
 * the error carries the item in DynamoDB's own shape (the document client does not convert errors).
 */
const statusOfRefusedClaim = (error: unknown): OutboxStatus | undefined => {
  const status = (error as { Item?: { status?: { S?: string } } }).Item?.status?.S;
  return (OUTBOX_STATUSES as readonly string[]).includes(status ?? '') ? (status as OutboxStatus) : undefined;
};

export const dynamoOutboxStore = (tableName = env.tableName): OutboxStore => {
  const db = () => documentClient();
  const key = outboxKey;

  /** Records the outcome of a claim, only while that claim holds. */
  const settle = (ref: OutboxRef, token: string, status: 'sent' | 'failed' | 'suppressed', now: Date, extra: Record<string, unknown>) => {
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

  /** Every entry in one GSI2 partition, oldest first. */
  const byPartition = (pk: string): QueryCommandInput => ({
    TableName: tableName,
    IndexName: TABLE_KEYS.gsi2.name,
    KeyConditionExpression: 'GSI2PK = :pk',
    ExpressionAttributeValues: { ':pk': pk },
  });

  /** An event's entries in one status (GSI2), oldest first; pending and sending share a partition and are filtered. */
  const byStatus = (eventId: string, status: OutboxStatus): QueryCommandInput => {
    const query = byPartition(gsi2Of(eventId, status));
    const filter = outboxStatusFilter(status);
    return filter
      ? { ...query, ...filter, ExpressionAttributeValues: { ...query.ExpressionAttributeValues, ...filter.ExpressionAttributeValues } }
      : query;
  };

  const store: OutboxStore = {
    async get(id) {
      const { Item } = await db().send(new GetCommand({ TableName: tableName, Key: key(id), ConsistentRead: true }));
      return Item ? fromOutboxItem(Item) : undefined;
    },

    async claim(ref, now, leaseMs) {
      const token = randomUUID();
      try {
        const { Attributes } = await db().send(
          new UpdateCommand({
            TableName: tableName,
            Key: key(ref.id),
            UpdateExpression:
              // GSI2PK stays: sending shares pending's partition, so the index rewrites the entry in place (1 unit, not 2).
              'SET #status = :sending, sendingUntil = :until, claimToken = :token, attempts = if_not_exists(attempts, :zero) + :one',
            // Only a pending entry, or one whose last claim lapsed (its mailer gave up or died).
            ConditionExpression:
              'eventId = :eventId AND (#status = :pending OR (#status = :sending AND (attribute_not_exists(sendingUntil) OR sendingUntil <= :now)))',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':eventId': ref.eventId,
              ':sending': 'sending',
              ':pending': 'pending',
              ':until': new Date(now.getTime() + leaseMs).toISOString(),
              ':token': token,
              ':now': now.toISOString(),
              ':zero': 0,
              ':one': 1,
            },
            ReturnValues: 'ALL_NEW',
            // A lost claim says why (sent, being sent, uncertain...) without a second read of the entry.
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return { claimed: true, entry: fromOutboxItem(Attributes ?? {}), token };
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const status = statusOfRefusedClaim(error);
        // No item in the refusal: the entry does not exist (or the store did not return it): read to be sure.
        return { claimed: false, status: status ?? (await store.get(ref.id))?.status };
      }
    },

    markSent: (ref, token, messageId, now) => settle(ref, token, 'sent', now, { sesMessageId: messageId, sentAt: now.toISOString() }),

    async markFailed(ref, token, reason, now) {
      await settle(ref, token, 'failed', now, { lastError: reason });
    },

    async markSuppressed(ref, token, { reason, at }, now) {
      // The reason and report time are kept on the entry, so the console explains it even after the address is released.
      await settle(ref, token, 'suppressed', now, { lastError: reason, suppression: { reason, at } });
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
              to === 'pending'
                ? 'SET #status = :to, GSI2PK = :gsi, redrivenAt = :now'
                : 'SET #status = :to, GSI2PK = :gsi, lastError = :unconfirmed, settledAt = :now',
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

    recordSendConfirmation: dynamoSendConfirmations(tableName).recordSendConfirmation,

    async listUndelivered(eventId) {
      // Each partition once (pending and sending share one), and where claims were left before they did.
      const partitions = [...new Set(UNDELIVERED_STATUSES.map((status) => gsi2Of(eventId, status))), legacySendingGsi2Pk(eventId)];
      const entries = (await Promise.all(partitions.map((pk) => queryAll(byPartition(pk))))).flat().map(fromOutboxItem);
      return entries.filter((entry) => UNDELIVERED_STATUSES.includes(entry.status));
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
      const cursors = listCursor({ list: 'emails', eventId, index: TABLE_KEYS.gsi2.name, filters: { status } }, outboxCursorShape(eventId, status));
      let lastKey: Record<string, unknown> | undefined = cursors.decode(cursor);
      const items: Record<string, unknown>[] = [];
      // A filtered status (pending, sending) may find fewer than a page in a page's worth of its partition: read on.
      do {
        const page = await db().send(
          new QueryCommand({ ...byStatus(eventId, status), Limit: limit, ...(lastKey ? { ExclusiveStartKey: lastKey } : {}) }),
        );
        items.push(...(page.Items ?? []));
        lastKey = page.LastEvaluatedKey;
      } while (lastKey && items.length < limit);
      if (items.length > limit) {
        // More than a page: the next one starts after the last entry shown.
        items.length = limit;
        const { PK, SK, GSI2PK, GSI2SK } = items.at(-1) ?? {};
        lastKey = { PK, SK, GSI2PK, GSI2SK };
      }
      return { items: items.map(fromOutboxItem), nextCursor: cursors.encode(lastKey) };
    },

    countByStatus: async (eventId, status) =>
      (await countAll(byStatus(eventId, status))) + (status === 'sending' ? await countAll(byPartition(legacySendingGsi2Pk(eventId))) : 0),
  };
  return store;
};

/** For the admin summary: emails not delivered yet (pending, being sent, failed), and those held back for a suppressed address. */
export const emailDeliveryCounts = async (
  eventId: string,
  store: OutboxStore = dynamoOutboxStore(),
): Promise<{ undelivered: number; suppressed: number }> => {
  const [undelivered, suppressed] = await Promise.all([
    Promise.all(UNDELIVERED_STATUSES.map((status) => store.countByStatus(eventId, status))).then((counts) => counts.reduce((a, b) => a + b, 0)),
    store.countByStatus(eventId, 'suppressed'),
  ]);
  return { undelivered, suppressed };
};
