/**
 * Status changes after registration: approve, decline, cancel (by the delegate or the secretariat). A change
 * that frees a seat promotes, in the SAME transaction, the oldest waitlisted registration that now fits.
 * Every write is conditioned on what was read (registration versions, counters, the waiting list's version),
 * so two racing cancellations can never promote the same delegate: the loser retries with fresh reads.
 */
import { NotFound } from '../errors.ts';
import type { EventConfig } from '../event-config.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { Clock } from '../clock.ts';
import type { HistoryAction } from './history.ts';
import type { Ids } from '../ids.ts';
import { approvedEmails, cancelledEmails, declinedEmails, promotedEmails, type EmailContext } from './owed-emails.ts';
import { CommitRefused, noTurns, withHistory, type Change, type PromotionTurns, type RegistrationStore } from './ports.ts';
import { isActive, type Actor, type Registration, type RegistrationStatus } from './registration.ts';
import { RetryLater, defaultRetryPolicy, withRetries, type RetryPolicy } from './retry.ts';
import { afterRelease, fitsNow } from './seats.ts';
import { assertCan, seatedStatus, type Action } from './transitions.ts';

export interface ChangeDeps {
  events: Pick<EventStore, 'get' | 'forget'>;
  registrations: RegistrationStore;
  clock: Clock;
  ids: Ids;
  retry?: RetryPolicy;
  turns?: PromotionTurns;
}

export type StatusChange =
  | { action: 'approve'; actor: Actor; reason?: string }
  | { action: 'decline'; actor: Actor; reason: string }
  /** `withoutEmail`: the first step of an erasure, which owes the person no email (they asked to be forgotten). */
  | { action: 'cancel'; actor: Actor; reason?: string; withoutEmail?: boolean }
  | { action: 'accredit'; actor: Actor; reason?: string };

const TARGET: Record<StatusChange['action'], RegistrationStatus> = {
  approve: 'confirmed',
  decline: 'declined',
  cancel: 'cancelled',
  accredit: 'confirmed',
};
// An accreditation confirms a nominee exactly as an approval confirms a registration (history, email with the .ics).
const HISTORY: Record<StatusChange['action'], HistoryAction> = {
  approve: 'approved',
  decline: 'declined',
  cancel: 'cancelled',
  accredit: 'approved',
};

const loadEvent = async (events: Pick<EventStore, 'get' | 'forget'>, eventId: string): Promise<EventConfig> => {
  const event = await events.get(eventId);
  if (!event) throw new NotFound('No such event.');
  return event;
};

/** A refused commit means the world moved: retry with fresh reads (and a fresh configuration if it changed). */
const retryable = (events: Pick<EventStore, 'get' | 'forget'>, eventId: string, error: unknown): unknown => {
  if (!(error instanceof CommitRefused)) return error;
  if (error.reasons.has('config')) events.forget?.(eventId);
  return new RetryLater([...error.reasons].join(','));
};

/** The waitlisted registration `candidateId` given a seat, as a change ready to commit (undefined if it moved meanwhile). */
const promotionChange = async (
  { registrations, clock, ids }: Pick<ChangeDeps, 'registrations' | 'clock' | 'ids'>,
  event: EventConfig,
  candidateId: string,
): Promise<Change | undefined> => {
  const before = await registrations.get(event.id, candidateId);
  if (!before || before.status !== 'waitlisted') return undefined;
  const now = clock.now().toISOString();
  const status = seatedStatus(event.registration.approvalRequired);
  const after: Registration & { status: typeof status } = {
    ...before,
    status,
    ...(status === 'confirmed' ? { checkInCode: ids.checkInCode() } : {}),
    updatedAt: now,
    version: before.version + 1,
  };
  return withHistory(
    after,
    promotedEmails({ event, ids, now }, after),
    { id: ids.id(), registrationId: before.id, at: now, actor: { kind: 'system' }, action: 'promoted', from: 'waitlisted', to: status },
    before,
  );
};

const owedBy = (ctx: EmailContext, change: StatusChange, after: Registration) => {
  switch (change.action) {
    case 'approve':
    case 'accredit':
      return approvedEmails(ctx, after);
    case 'decline':
      return declinedEmails(ctx, after, change.reason);
    case 'cancel':
      if (change.withoutEmail) return [];
      return cancelledEmails(
        ctx,
        after,
        change.actor.kind === 'secretariat' || change.actor.kind === 'focal_point' ? change.actor.kind : 'delegate',
        change.reason,
      );
  }
};

export const makeChangeStatus = (deps: ChangeDeps) => {
  const { events, registrations, clock, ids, retry = defaultRetryPolicy, turns = noTurns } = deps;
  /** `authorize` runs on the registration as read (the manage token check) before anything is decided. */
  return async (eventId: string, id: string, change: StatusChange, authorize: (r: Registration) => void = () => undefined): Promise<Registration> => {
    let turn: { done(): Promise<void> } | undefined;
    try {
      return await withRetries(async () => {
        const event = await loadEvent(events, eventId);
        const before = await registrations.get(eventId, id);
        if (!before) throw new NotFound('No such registration.');
        authorize(before);
        assertCan(change.action satisfies Action, before.status);

        const now = clock.now().toISOString();
        const status = TARGET[change.action];
        const freesSeat = isActive(before.status) && !isActive(status);
        if (freesSeat && !turn) {
          // Wait for this event's promotion turn, then read everything afresh.
          turn = await turns.take(eventId);
          throw new RetryLater('turn taken');
        }
        const { reason: _oldReason, ...rest } = before;
        const after: Registration = {
          ...rest,
          status,
          ...(change.reason ? { reason: change.reason } : {}),
          ...(status === 'confirmed' ? { checkInCode: ids.checkInCode() } : {}),
          updatedAt: now,
          version: before.version + 1,
        };
        const changes: Change[] = [
          withHistory(
            after,
            owedBy({ event, ids, now }, change, after),
            {
              id: ids.id(),
              registrationId: id,
              at: now,
              actor: change.actor,
              action: HISTORY[change.action],
              from: before.status,
              to: status,
              ...(change.reason ? { reason: change.reason } : {}),
            },
            before,
          ),
        ];

        let seenWaitlistVersion: number | undefined;
        if (freesSeat) {
          // Counters first, then the waiting list: an entry added in between bumps the version we condition on.
          const counters = await registrations.counters(eventId);
          seenWaitlistVersion = counters.waitlistVersion;
          const released = afterRelease(counters, before.delegation);
          const candidate =
            released.seats < event.registration.capacity ? await registrations.findOnWaitlist(eventId, fitsNow(event, released)) : undefined;
          if (candidate) {
            const promotion = await promotionChange(deps, event, candidate.registrationId);
            if (!promotion) throw new RetryLater('candidate moved');
            changes.push(promotion);
          }
        }
        try {
          await registrations.commit({ event, changes, ...(seenWaitlistVersion !== undefined ? { seenWaitlistVersion } : {}) });
        } catch (error) {
          throw retryable(events, eventId, error);
        }
        return after;
      }, retry);
    } finally {
      await turn?.done();
    }
  };
};

/**
 * Fills seats a raised capacity or quota made free: promotes the oldest fitting waitlisted registration,
 * one small conditioned transaction at a time, until nobody fits; then clears the event's `promotionsDue`
 * mark, which lets newcomers take seats again. Returns how many were promoted. Safe to run from anywhere
 * at any time (PUT, a newcomer who finds promotions due, the sweep): every step is conditioned.
 */
export const makePromoteWhileSeatsFree = (deps: ChangeDeps) => {
  const { events, registrations, retry = defaultRetryPolicy, turns = noTurns } = deps;
  return async (eventId: string): Promise<number> => {
    const turn = await turns.take(eventId);
    try {
      return await promoteAll(eventId);
    } finally {
      await turn.done();
    }
  };

  async function promoteAll(eventId: string): Promise<number> {
    let promoted = 0;
    for (;;) {
      const done = await withRetries(async () => {
        // The mark to clear and the limits to fill are the latest saved, never a cached copy.
        events.forget?.(eventId);
        const event = await loadEvent(events, eventId);
        const counters = await registrations.counters(eventId);
        const candidate =
          counters.seats < event.registration.capacity ? await registrations.findOnWaitlist(eventId, fitsNow(event, counters)) : undefined;
        if (!candidate) {
          if (event.promotionsDue) {
            try {
              await registrations.settlePromotions(event, counters.waitlistVersion);
            } catch (error) {
              throw retryable(events, eventId, error);
            }
          }
          return true;
        }
        const promotion = await promotionChange(deps, event, candidate.registrationId);
        if (!promotion) throw new RetryLater('candidate moved');
        try {
          await registrations.commit({ event, changes: [promotion], seenWaitlistVersion: counters.waitlistVersion });
        } catch (error) {
          throw retryable(events, eventId, error);
        }
        return false;
      }, retry);
      if (done) return promoted;
      promoted++;
    }
  }
};
