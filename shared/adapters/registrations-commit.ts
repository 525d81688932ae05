/**
 * Turns a CommitPlan into ONE TransactWriteItems: the registrations, their uniqueness claims, the seat and
 * quota counters (conditioned on their limits, never a bare ADD), the waiting list and its version, the
 * history entries and the outbox entries. Each element carries a label, so a cancelled transaction's
 * CancellationReasons say which rule refused it (CommitRefused.reasons).
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { EVENT_CONFIG_SK } from './table.ts';
import { documentClient } from './dynamo.ts';
import { outboxPut } from './outbox.ts';
import { quotaFor, type EventConfig } from '../domain/event.ts';
import { normalizeEmail } from '../domain/primitives.ts';
import { CommitRefused, type CommitPlan, type RefusalReason } from '../domain/registration/ports.ts';
import { holdsClaims, isActive, type Registration } from '../domain/registration/registration.ts';
import { historyItem, registrationItem, waitlistItem } from './registrations-items.ts';
import {
  SEATS_COUNTER_SK,
  WAITLIST_COUNTER_SK,
  emailClaimSk,
  eventPk,
  headOfDelegationSk,
  quotaCounterSk,
  waitlistSk,
} from './registrations-keys.ts';

type Element = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
interface Labelled {
  element: Element;
  label: RefusalReason;
}

interface CounterUse {
  sk: string;
  limit: number;
  label: 'seats' | 'quota';
  claims: number;
  releases: number;
}

const isHead = (r: Registration) => r.role === 'head_of_delegation';

/** Builds the labelled elements of a plan (exported for unit tests of the rules it encodes). */
export const commitElements = (plan: CommitPlan, tableName: string): Labelled[] => {
  const { event } = plan;
  const pk = eventPk(event.id);
  const out: Labelled[] = [];
  const add = (label: RefusalReason, element: Element) => out.push({ element, label });
  const counters = new Map<string, CounterUse>();
  const useCounter = (sk: string, label: 'seats' | 'quota', limit: number, delta: 1 | -1) => {
    const use = counters.get(sk) ?? { sk, limit, label, claims: 0, releases: 0 };
    if (delta > 0) use.claims++;
    else use.releases++;
    counters.set(sk, use);
  };
  const seat = (r: Registration, delta: 1 | -1) => {
    useCounter(SEATS_COUNTER_SK, 'seats', event.registration.capacity, delta);
    useCounter(quotaCounterSk(r.delegation), 'quota', quotaFor(event, r.delegation) ?? 0, delta);
  };
  let waitlistDelta = 0;
  let waitlistChanged = false;

  const claim = (label: RefusalReason, sk: string, registrationId: string) =>
    add(label, {
      Put: { TableName: tableName, Item: { PK: pk, SK: sk, type: 'claim', registrationId }, ConditionExpression: 'attribute_not_exists(PK)' },
    });
  const release = (sk: string, registrationId: string) =>
    add('registration', {
      Delete: {
        TableName: tableName,
        Key: { PK: pk, SK: sk },
        ConditionExpression: 'registrationId = :id',
        ExpressionAttributeValues: { ':id': registrationId },
      },
    });

  for (const { before, after, history, outbox } of plan.changes) {
    if (!before) {
      add('registration', { Put: { TableName: tableName, Item: registrationItem(after), ConditionExpression: 'attribute_not_exists(PK)' } });
      if (holdsClaims(after.status)) {
        claim('email', emailClaimSk(after.participant.email), after.id);
        if (isHead(after)) claim('headOfDelegation', headOfDelegationSk(after.delegation), after.id);
      }
    } else {
      add('registration', {
        Put: {
          TableName: tableName,
          Item: registrationItem(after),
          ConditionExpression: '#version = :version AND #status = :status',
          ExpressionAttributeNames: { '#version': 'version', '#status': 'status' },
          ExpressionAttributeValues: { ':version': before.version, ':status': before.status },
        },
      });
      const held = holdsClaims(before.status);
      if (held && !holdsClaims(after.status)) {
        release(emailClaimSk(before.participant.email), before.id);
        if (isHead(before)) release(headOfDelegationSk(before.delegation), before.id);
      } else if (held && normalizeEmail(before.participant.email) !== normalizeEmail(after.participant.email)) {
        release(emailClaimSk(before.participant.email), before.id);
        claim('email', emailClaimSk(after.participant.email), after.id);
      }
    }
    const wasActive = before ? isActive(before.status) : false;
    if (!wasActive && isActive(after.status)) seat(after, 1);
    if (wasActive && !isActive(after.status)) seat(after, -1);
    const wasWaiting = before?.status === 'waitlisted';
    if (!wasWaiting && after.status === 'waitlisted') {
      add('registration', { Put: { TableName: tableName, Item: waitlistItem(after), ConditionExpression: 'attribute_not_exists(PK)' } });
      waitlistDelta++;
      waitlistChanged = true;
    }
    if (wasWaiting && after.status !== 'waitlisted') {
      add('waitlist', { Delete: { TableName: tableName, Key: { PK: pk, SK: waitlistSk(after.id) }, ConditionExpression: 'attribute_exists(PK)' } });
      waitlistDelta--;
      waitlistChanged = true;
    }
    add('registration', { Put: { TableName: tableName, Item: historyItem(event.id, history), ConditionExpression: 'attribute_not_exists(PK)' } });
    for (const entry of outbox) add('registration', outboxPut(entry, tableName));
  }

  for (const use of counters.values()) {
    const key = { PK: pk, SK: use.sk };
    const delta = use.claims - use.releases;
    if (use.claims > 0) {
      // After the change the counter must stay within its limit: active + delta <= limit.
      const max = use.limit - delta;
      const condition = delta <= use.limit && use.releases === 0 ? 'attribute_not_exists(active) OR active <= :max' : 'active <= :max';
      if (delta === 0) {
        add(use.label, { ConditionCheck: { TableName: tableName, Key: key, ConditionExpression: condition, ExpressionAttributeValues: { ':max': max } } });
      } else {
        add(use.label, {
          Update: {
            TableName: tableName,
            Key: key,
            UpdateExpression: 'SET active = if_not_exists(active, :zero) + :delta',
            ConditionExpression: condition,
            ExpressionAttributeValues: { ':zero': 0, ':delta': delta, ':max': max },
          },
        });
      }
    } else if (use.releases > 0) {
      add('registration', {
        Update: {
          TableName: tableName,
          Key: key,
          UpdateExpression: 'SET active = active - :released',
          ConditionExpression: 'active >= :released',
          ExpressionAttributeValues: { ':released': use.releases },
        },
      });
    }
  }

  if (waitlistChanged || plan.seenWaitlistVersion !== undefined) {
    const key = { PK: pk, SK: WAITLIST_COUNTER_SK };
    const seen = plan.seenWaitlistVersion;
    const condition =
      seen === undefined ? undefined : seen === 0 ? 'attribute_not_exists(version) OR version = :seen' : 'version = :seen';
    const values = seen === undefined ? {} : { ':seen': seen };
    if (waitlistChanged) {
      add('waitlist', {
        Update: {
          TableName: tableName,
          Key: key,
          UpdateExpression: 'SET version = if_not_exists(version, :zero) + :one, waiting = if_not_exists(waiting, :zero) + :delta',
          ...(condition ? { ConditionExpression: condition } : {}),
          ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':delta': waitlistDelta, ...values },
        },
      });
    } else {
      add('waitlist', { ConditionCheck: { TableName: tableName, Key: key, ConditionExpression: condition!, ExpressionAttributeValues: values } });
    }
  }

  if (plan.stillFull) {
    const newcomer = plan.changes[0]!.after;
    const [sk, limit] =
      plan.stillFull === 'seats'
        ? [SEATS_COUNTER_SK, event.registration.capacity]
        : [quotaCounterSk(newcomer.delegation), quotaFor(event, newcomer.delegation) ?? 0];
    add('stillFull', {
      ConditionCheck: {
        TableName: tableName,
        Key: { PK: pk, SK: sk },
        ConditionExpression: limit <= 0 ? 'attribute_not_exists(active) OR active >= :limit' : 'active >= :limit',
        ExpressionAttributeValues: { ':limit': limit },
      },
    });
  }

  if (counters.size > 0 || plan.stillFull || plan.behindPromotions || plan.seenWaitlistVersion !== undefined) {
    // Limits come from the configuration as read: a PUT since then makes the decision stale. A newcomer
    // taking a seat also needs no promotions to be owed: while they are, someone older may fit (FCFS); a
    // newcomer queued behind owed promotions needs them still owed (else a seat may be free for them now).
    const seatsNewcomer = plan.changes.some(({ before, after }) => !before && isActive(after.status));
    const promotions = seatsNewcomer ? ' AND attribute_not_exists(promotionsDue)' : plan.behindPromotions ? ' AND promotionsDue = :due' : '';
    add('config', {
      ConditionCheck: {
        TableName: tableName,
        Key: { PK: pk, SK: EVENT_CONFIG_SK },
        ConditionExpression: `updatedAt = :updatedAt${promotions}`,
        ExpressionAttributeValues: { ':updatedAt': event.updatedAt, ...(plan.behindPromotions && !seatsNewcomer ? { ':due': plan.behindPromotions } : {}) },
      },
    });
  }
  return out;
};

/**
 * Clears an event's `promotionsDue` mark once its promotions are done: only the mark that was read (a newer
 * save keeps its own) and only if the waiting list is still the one on which "nobody fits" was decided.
 */
export const settlePromotionsElements = (event: EventConfig, seenWaitlistVersion: number, tableName: string): Labelled[] => {
  const pk = eventPk(event.id);
  return [
    {
      label: 'config',
      element: {
        Update: {
          TableName: tableName,
          Key: { PK: pk, SK: EVENT_CONFIG_SK },
          UpdateExpression: 'REMOVE promotionsDue, GSI2PK, GSI2SK',
          ConditionExpression: 'promotionsDue = :due',
          ExpressionAttributeValues: { ':due': event.promotionsDue },
        },
      },
    },
    {
      label: 'waitlist',
      element: {
        ConditionCheck: {
          TableName: tableName,
          Key: { PK: pk, SK: WAITLIST_COUNTER_SK },
          ConditionExpression: seenWaitlistVersion === 0 ? 'attribute_not_exists(version) OR version = :seen' : 'version = :seen',
          ExpressionAttributeValues: { ':seen': seenWaitlistVersion },
        },
      },
    },
  ];
};

export const commitPlan = (plan: CommitPlan, tableName: string): Promise<void> => transact(commitElements(plan, tableName));

export const settlePromotions = (event: EventConfig, seenWaitlistVersion: number, tableName: string): Promise<void> =>
  transact(settlePromotionsElements(event, seenWaitlistVersion, tableName));

/** One TransactWriteItems; a cancellation becomes CommitRefused naming the labels of the failed conditions. */
const transact = async (elements: Labelled[]): Promise<void> => {
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: elements.map((e) => e.element) }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = new Set<RefusalReason>();
    (error.CancellationReasons ?? []).forEach((reason, index) => {
      if (reason.Code === 'ConditionalCheckFailed') reasons.add(elements[index]?.label ?? 'conflict');
      else if (reason.Code === 'TransactionConflict') reasons.add('conflict');
      else if (reason.Code && reason.Code !== 'None') throw error;
    });
    if (reasons.size === 0) reasons.add('conflict');
    throw new CommitRefused(reasons);
  }
};
