/**
 * What a CommitPlan writes, as abstract writes: the rules that say which claims, counters and waiting-list
 * changes a status change implies, and which conditions guard them. Pure: the DynamoDB adapter
 * (shared/adapters/registrations-commit.ts) only translates each write into one TransactWriteItems element.
 * Every write carries the refusal reason its condition stands for, so a cancelled transaction says which rule
 * refused it (CommitRefused.reasons).
 */
import { quotaFor, type EventConfig } from '../event-config.ts';
import type { OutboxEntry } from '../notifications/outbox.ts';
import { normalizeEmail } from '../primitives.ts';
import { PRESS_DELEGATION } from '../badges/category.ts';
import type { InquiryHistoryEntry, Inquiry } from '../press/inquiry.ts';
import type { HistoryEntry } from './history.ts';
import type { CommitPlan, Receipt, RefusalReason } from './ports.ts';
import { holdsClaims, isActive, type Registration } from './registration.ts';
import { mediaLimit } from './seats.ts';

/** A uniqueness claim of an event: one email, one head of each delegation. */
export type Claim = { kind: 'email'; email: string } | { kind: 'headOfDelegation'; delegation: string };

/** A counter of seats held, with a limit from the configuration. */
export type SeatCounter = { kind: 'seats' } | { kind: 'quota'; delegation: string };

export type CommitWrite = { reason: RefusalReason } &
  /** Writes the registration: new (nothing at its key yet) or replacing exactly the version and status read. */
  (
    | { write: 'registration'; registration: Registration; replaces?: Pick<Registration, 'version' | 'status'> }
    /** Takes a claim that must be free. */
    | { write: 'claim'; eventId: string; claim: Claim; registrationId: string }
    /** Gives back a claim, only if this registration holds it. */
    | { write: 'release'; eventId: string; claim: Claim; registrationId: string }
    /** Adds the registration to the waiting list (not there yet). */
    | { write: 'joinWaitlist'; registration: Registration }
    /** Removes the registration from the waiting list (must be there). */
    | { write: 'leaveWaitlist'; eventId: string; registrationId: string }
    | { write: 'history'; eventId: string; entry: HistoryEntry }
    /** Replaces the press inquiry a journalist's accreditation was decided on, only if still the version read. */
    | { write: 'inquiry'; inquiry: Inquiry; expectedVersion: number }
    | { write: 'inquiryHistory'; eventId: string; entry: InquiryHistoryEntry }
    | { write: 'outbox'; entry: OutboxEntry }
    /**
     * Moves a seat counter by `claims - releases`. With claims, the result must stay within `limit` (an absent
     * counter counts as zero); with releases only, the counter must hold at least `releases`. Never a bare ADD.
     */
    | { write: 'counter'; eventId: string; counter: SeatCounter; limit: number; claims: number; releases: number }
    /**
     * The waiting list's version: bumped (and `waiting` moved by `delta`) when the list changes, else only
     * checked; in both cases it must still be `seen` when given (an absent version counts as zero).
     */
    | { write: 'waitlistVersion'; eventId: string; changed: boolean; delta: number; seen?: number }
    /** The limit that put a newcomer on the waiting list is still reached. */
    | { write: 'stillFull'; eventId: string; counter: SeatCounter; limit: number }
    /**
     * The configuration is still the one the limits were read from (`updatedAt`), and about promotions owed:
     * `noneOwed` (a newcomer takes a seat: someone older may fit while they are owed) or `stillOwed` (a
     * newcomer queued behind them: else a seat may be free for them now).
     */
    | { write: 'config'; eventId: string; updatedAt: string; promotions?: { noneOwed: true } | { stillOwed: string } }
    /** Keeps the request's answer (its slot must be free, or hold only an expired answer). */
    | { write: 'receipt'; receipt: Receipt }
    /** Clears the `promotionsDue` mark, only the one that was read (a newer save keeps its own). */
    | { write: 'settlePromotions'; eventId: string; due: string | undefined }
  );

const isHead = (r: Registration) => r.role === 'head_of_delegation';
/** An accredited journalist: counted on COUNTER#QUOTA#PRESS against the media capacity, never on the seats or a quota. */
const isPress = (r: Registration) => r.delegation === PRESS_DELEGATION;
const emailClaim = (r: Registration): Claim => ({ kind: 'email', email: r.participant.email });
const headClaim = (r: Registration): Claim => ({ kind: 'headOfDelegation', delegation: r.delegation });
const counterKey = (c: SeatCounter) => (c.kind === 'seats' ? 'seats' : `quota#${c.delegation}`);

/** The writes of a plan, in the order of the transaction's elements. */
export const commitWrites = (plan: CommitPlan): CommitWrite[] => {
  const { event } = plan;
  const eventId = event.id;
  const out: CommitWrite[] = [];
  const counters = new Map<string, Extract<CommitWrite, { write: 'counter' }>>();
  const useCounter = (counter: SeatCounter, limit: number, delta: 1 | -1) => {
    const use = counters.get(counterKey(counter)) ?? { write: 'counter', reason: counter.kind, eventId, counter, limit, claims: 0, releases: 0 };
    if (delta > 0) use.claims++;
    else use.releases++;
    counters.set(counterKey(counter), use);
  };
  const seat = (r: Registration, delta: 1 | -1) => {
    if (isPress(r)) return useCounter({ kind: 'quota', delegation: PRESS_DELEGATION }, mediaLimit(event), delta);
    useCounter({ kind: 'seats' }, event.registration.capacity, delta);
    useCounter({ kind: 'quota', delegation: r.delegation }, quotaFor(event, r.delegation) ?? 0, delta);
  };
  const claim = (reason: RefusalReason, c: Claim, registrationId: string) => out.push({ write: 'claim', reason, eventId, claim: c, registrationId });
  const release = (c: Claim, registrationId: string) => out.push({ write: 'release', reason: 'registration', eventId, claim: c, registrationId });
  let waitlistDelta = 0;
  let waitlistChanged = false;

  for (const { before, after, history, outbox } of plan.changes) {
    if (!before) {
      out.push({ write: 'registration', reason: 'registration', registration: after });
      if (holdsClaims(after.status)) {
        claim('email', emailClaim(after), after.id);
        if (isHead(after)) claim('headOfDelegation', headClaim(after), after.id);
      }
    } else {
      out.push({ write: 'registration', reason: 'registration', registration: after, replaces: { version: before.version, status: before.status } });
      const held = holdsClaims(before.status);
      if (held && !holdsClaims(after.status)) {
        release(emailClaim(before), before.id);
        if (isHead(before)) release(headClaim(before), before.id);
      } else if (held && normalizeEmail(before.participant.email) !== normalizeEmail(after.participant.email)) {
        release(emailClaim(before), before.id);
        claim('email', emailClaim(after), after.id);
      }
    }
    const wasActive = before ? isActive(before.status) : false;
    if (!wasActive && isActive(after.status)) seat(after, 1);
    if (wasActive && !isActive(after.status)) seat(after, -1);
    const wasWaiting = before?.status === 'waitlisted';
    if (!wasWaiting && after.status === 'waitlisted') {
      out.push({ write: 'joinWaitlist', reason: 'registration', registration: after });
      waitlistDelta++;
      waitlistChanged = true;
    }
    if (wasWaiting && after.status !== 'waitlisted') {
      out.push({ write: 'leaveWaitlist', reason: 'waitlist', eventId, registrationId: after.id });
      waitlistDelta--;
      waitlistChanged = true;
    }
    out.push({ write: 'history', reason: 'registration', eventId, entry: history });
    for (const entry of outbox) out.push({ write: 'outbox', reason: 'registration', entry });
  }

  if (plan.inquiry) {
    const { inquiry, history, expectedVersion } = plan.inquiry;
    out.push({ write: 'inquiry', reason: 'inquiry', inquiry, expectedVersion });
    out.push({ write: 'inquiryHistory', reason: 'registration', eventId, entry: history });
  }

  // A counter only released is not refused for its limit: its failure means a broken registration.
  for (const use of counters.values()) out.push(use.claims > 0 ? use : { ...use, reason: 'registration' });

  if (waitlistChanged || plan.seenWaitlistVersion !== undefined) {
    out.push({
      write: 'waitlistVersion',
      reason: 'waitlist',
      eventId,
      changed: waitlistChanged,
      delta: waitlistDelta,
      ...(plan.seenWaitlistVersion !== undefined ? { seen: plan.seenWaitlistVersion } : {}),
    });
  }

  if (plan.stillFull) {
    const newcomer = plan.changes[0]!.after;
    const [counter, limit]: [SeatCounter, number] =
      plan.stillFull === 'seats'
        ? [{ kind: 'seats' }, event.registration.capacity]
        : [{ kind: 'quota', delegation: newcomer.delegation }, quotaFor(event, newcomer.delegation) ?? 0];
    out.push({ write: 'stillFull', reason: 'stillFull', eventId, counter, limit });
  }

  if (counters.size > 0 || plan.stillFull || plan.behindPromotions || plan.seenWaitlistVersion !== undefined) {
    // Limits come from the configuration as read: a PUT since then makes the decision stale.
    // A journalist takes no seat a waitlisted delegate could be owed, so promotions owed do not hold them back.
    const seatsNewcomer = plan.changes.some(({ before, after }) => !before && isActive(after.status) && !isPress(after));
    const promotions = seatsNewcomer ? { noneOwed: true as const } : plan.behindPromotions ? { stillOwed: plan.behindPromotions } : undefined;
    out.push({ write: 'config', reason: 'config', eventId, updatedAt: event.updatedAt, ...(promotions ? { promotions } : {}) });
  }
  if (plan.receipt) out.push({ write: 'receipt', reason: 'answered', receipt: plan.receipt });
  return out;
};

/**
 * Clearing an event's `promotionsDue` mark once its promotions are done: only the mark that was read and only
 * if the waiting list is still the one on which "nobody fits" was decided.
 */
export const settlePromotionsWrites = (event: EventConfig, seenWaitlistVersion: number): CommitWrite[] => [
  { write: 'settlePromotions', reason: 'config', eventId: event.id, due: event.promotionsDue },
  { write: 'waitlistVersion', reason: 'waitlist', eventId: event.id, changed: false, delta: 0, seen: seenWaitlistVersion },
];
