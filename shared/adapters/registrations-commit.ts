/**
 * Translates a CommitPlan's writes (shared/domain/registration/commit-writes.ts, where the rules live) into ONE
 * TransactWriteItems, element by element: each keeps its write's refusal reason as its label, so a cancelled
 * transaction's CancellationReasons say which rule refused it (CommitRefused.reasons).
 */
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { EventConfig } from '../domain/event-config.ts';
import { commitWrites, settlePromotionsWrites, type CommitWrite } from '../domain/registration/commit-writes.ts';
import { CommitRefused, type CommitPlan, type RefusalReason } from '../domain/registration/ports.ts';
import { cancellationCodes, documentClient } from './dynamo.ts';
import { claimItem, claimKey } from './items/claim.ts';
import { seatCounterKey, waitlistCounterKey } from './items/counter.ts';
import { eventConfigKey } from './items/event-config.ts';
import { inquiryHistoryItem, registrationHistoryItem } from './items/history-entry.ts';
import { receiptRecord } from './items/idempotency-record.ts';
import { inquiryItem } from './items/inquiry.ts';
import { registrationItem } from './items/registration.ts';
import { waitlistEntryItem, waitlistEntryKey } from './items/waitlist-entry.ts';
import { outboxPut } from './outbox.ts';

type Element = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
interface Labelled {
  element: Element;
  label: RefusalReason;
}

const NEW = 'attribute_not_exists(PK)';

/** The waiting list's version must still be `seen` (a list never changed has no version yet). */
const seenVersion = (seen: number) => (seen === 0 ? 'attribute_not_exists(version) OR version = :seen' : 'version = :seen');

/** One write as one TransactWriteItems element. */
const elementOf = (w: CommitWrite, TableName: string): Element => {
  switch (w.write) {
    case 'registration':
      return {
        Put: {
          TableName,
          Item: registrationItem(w.registration),
          ...(w.replaces
            ? {
                ConditionExpression: '#version = :version AND #status = :status',
                ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
                ExpressionAttributeValues: { ':version': w.replaces.version, ':status': w.replaces.status },
              }
            : { ConditionExpression: NEW }),
        },
      };
    case 'claim':
      return { Put: { TableName, Item: claimItem(w.eventId, w.claim, w.registrationId), ConditionExpression: NEW } };
    case 'release':
      return {
        Delete: {
          TableName,
          Key: claimKey(w.eventId, w.claim),
          ConditionExpression: 'registrationId = :id',
          ExpressionAttributeValues: { ':id': w.registrationId },
        },
      };
    case 'joinWaitlist':
      return { Put: { TableName, Item: waitlistEntryItem(w.registration), ConditionExpression: NEW } };
    case 'leaveWaitlist':
      return { Delete: { TableName, Key: waitlistEntryKey(w.eventId, w.registrationId), ConditionExpression: 'attribute_exists(PK)' } };
    case 'history':
      return { Put: { TableName, Item: registrationHistoryItem(w.eventId, w.entry), ConditionExpression: NEW } };
    case 'inquiry':
      return {
        Put: {
          TableName,
          Item: inquiryItem(w.inquiry),
          ConditionExpression: '#version = :version',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':version': w.expectedVersion },
        },
      };
    case 'inquiryHistory':
      return { Put: { TableName, Item: inquiryHistoryItem(w.eventId, w.entry), ConditionExpression: NEW } };
    case 'outbox':
      return outboxPut(w.entry, TableName);
    case 'counter': {
      const Key = seatCounterKey(w.eventId, w.counter);
      const delta = w.claims - w.releases;
      if (w.claims === 0) {
        return {
          Update: {
            TableName,
            Key,
            UpdateExpression: 'SET active = active - :released',
            ConditionExpression: 'active >= :released',
            ExpressionAttributeValues: { ':released': w.releases },
          },
        };
      }
      // After the change the counter must stay within its limit: active + delta <= limit. An absent counter
      // is zero, which fits when nothing is released from it and the delta alone is within the limit.
      const max = w.limit - delta;
      const ConditionExpression = delta <= w.limit && w.releases === 0 ? 'attribute_not_exists(active) OR active <= :max' : 'active <= :max';
      return delta === 0
        ? { ConditionCheck: { TableName, Key, ConditionExpression, ExpressionAttributeValues: { ':max': max } } }
        : {
            Update: {
              TableName,
              Key,
              UpdateExpression: 'SET active = if_not_exists(active, :zero) + :delta',
              ConditionExpression,
              ExpressionAttributeValues: { ':zero': 0, ':delta': delta, ':max': max },
            },
          };
    }
    case 'waitlistVersion': {
      const Key = waitlistCounterKey(w.eventId);
      const condition = w.seen === undefined ? {} : { ConditionExpression: seenVersion(w.seen) };
      const values = w.seen === undefined ? {} : { ':seen': w.seen };
      return w.changed
        ? {
            Update: {
              TableName,
              Key,
              UpdateExpression: 'SET version = if_not_exists(version, :zero) + :one, waiting = if_not_exists(waiting, :zero) + :delta',
              ...condition,
              ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':delta': w.delta, ...values },
            },
          }
        : { ConditionCheck: { TableName, Key, ConditionExpression: condition.ConditionExpression!, ExpressionAttributeValues: values } };
    }
    case 'stillFull':
      return {
        ConditionCheck: {
          TableName,
          Key: seatCounterKey(w.eventId, w.counter),
          ConditionExpression: w.limit <= 0 ? 'attribute_not_exists(active) OR active >= :limit' : 'active >= :limit',
          ExpressionAttributeValues: { ':limit': w.limit },
        },
      };
    case 'config': {
      const p = w.promotions;
      const promotions = !p ? '' : 'noneOwed' in p ? ' AND attribute_not_exists(promotionsDue)' : ' AND promotionsDue = :due';
      return {
        ConditionCheck: {
          TableName,
          Key: eventConfigKey(w.eventId),
          ConditionExpression: `updatedAt = :updatedAt${promotions}`,
          ExpressionAttributeValues: { ':updatedAt': w.updatedAt, ...(p && 'stillOwed' in p ? { ':due': p.stillOwed } : {}) },
        },
      };
    }
    case 'receipt':
      return {
        Put: {
          TableName,
          Item: receiptRecord(w.receipt.slot, w.receipt.answer, Math.floor(Date.now() / 1000)),
          // Free, or holding only an expired answer that TTL has not removed yet.
          ConditionExpression: 'attribute_not_exists(PK) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': Math.floor(Date.now() / 1000) },
        },
      };
    case 'settlePromotions':
      return {
        Update: {
          TableName,
          Key: eventConfigKey(w.eventId),
          UpdateExpression: 'REMOVE promotionsDue, GSI2PK, GSI2SK',
          ConditionExpression: 'promotionsDue = :due',
          ExpressionAttributeValues: { ':due': w.due },
        },
      };
  }
};

const labelled = (writes: CommitWrite[], tableName: string): Labelled[] => writes.map((w) => ({ element: elementOf(w, tableName), label: w.reason }));

/** The labelled elements of a plan (exported for unit tests of the transaction it becomes). */
export const commitElements = (plan: CommitPlan, tableName: string): Labelled[] => labelled(commitWrites(plan), tableName);

export const commitPlan = (plan: CommitPlan, tableName: string): Promise<void> => transact(commitElements(plan, tableName));

export const settlePromotions = (event: EventConfig, seenWaitlistVersion: number, tableName: string): Promise<void> =>
  transact(labelled(settlePromotionsWrites(event, seenWaitlistVersion), tableName));

/** One TransactWriteItems; a cancellation becomes CommitRefused naming the labels of the failed conditions. */
const transact = async (elements: Labelled[]): Promise<void> => {
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: elements.map((e) => e.element) }));
  } catch (error) {
    const codes = cancellationCodes(error);
    if (!codes) throw error;
    const reasons = new Set<RefusalReason>();
    codes.forEach((code, index) => {
      if (code === 'ConditionalCheckFailed') reasons.add(elements[index]?.label ?? 'conflict');
      else if (code === 'TransactionConflict') reasons.add('conflict');
      else if (code !== 'None') throw error;
    });
    if (reasons.size === 0) reasons.add('conflict');
    throw new CommitRefused(reasons);
  }
};
