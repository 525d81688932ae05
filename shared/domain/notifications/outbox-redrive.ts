/**
 * Redrive: the secretariat sends again the emails that failed or got stuck (their stream records went to the
 * DLQ after the last retry). Each entry goes back to `pending` by a conditional update, which the stream hands
 * to the mailer again; an entry that is sent or suppressed is never touched, so nothing is sent twice.
 */
import type { Clock } from '../clock.ts';
import type { OutboxEntry } from './outbox.ts';
import type { OutboxRef } from './outbox-delivery.ts';
import { makeResolveUncertain, type SendConfirmations, type UncertainStore } from './outbox-confirmation.ts';

export interface RedriveStore {
  /** Every entry of the event that is not delivered yet (pending, sending, uncertain, failed). */
  listUndelivered(eventId: string): Promise<OutboxEntry[]>;
  /** Back to pending, unless it was sent, suppressed or claimed meanwhile; false when the condition failed. */
  requeue(ref: OutboxRef, now: Date): Promise<boolean>;
}

const DEFAULT_STUCK_AFTER_MINUTES = 5;

/**
 * Never an `uncertain` one: SES may have it, and only the retry sweep, which asks SES first, sends it again.
 * Failed entries always; `sending` ones whose claim has lapsed (the mailer gave up or crashed); `pending` ones
 * queued longer ago than `stuckAfterMinutes` (their record never got through).
 */
export const isRedrivable = (entry: OutboxEntry, now: Date, stuckAfterMinutes: number): boolean => {
  switch (entry.status) {
    case 'failed':
      return true;
    case 'sending':
      return !entry.sendingUntil || Date.parse(entry.sendingUntil) <= now.getTime();
    case 'pending':
      return Date.parse(entry.redrivenAt ?? entry.createdAt) <= now.getTime() - stuckAfterMinutes * 60_000;
    default:
      return false;
  }
};

export interface RedriveResult {
  requeued: number;
  /** Undelivered entries left alone: still being sent, or queued too recently to call stuck. */
  skipped: number;
}

export type RedriveOutcome = 'requeued' | 'skipped' | 'not-found';

export const makeRedriveEmails =
  ({ outbox, clock }: { outbox: RedriveStore & { get(id: string): Promise<OutboxEntry | undefined> }; clock: Clock }) =>
  async (
    eventId: string,
    { stuckAfterMinutes = DEFAULT_STUCK_AFTER_MINUTES, ids }: { stuckAfterMinutes?: number; ids?: readonly string[] } = {},
  ): Promise<RedriveResult & { outcomes?: { id: string; outcome: RedriveOutcome }[] }> => {
    const now = clock.now();
    const redrive = async (entry: OutboxEntry): Promise<RedriveOutcome> =>
      isRedrivable(entry, now, stuckAfterMinutes) && (await outbox.requeue(entry, now)) ? 'requeued' : 'skipped';
    if (ids) {
      // The console's selection: each email by id, and what became of it (another event's id is not found here).
      const outcomes: { id: string; outcome: RedriveOutcome }[] = [];
      for (const id of new Set(ids)) {
        const entry = await outbox.get(id);
        outcomes.push({ id, outcome: entry && entry.eventId === eventId ? await redrive(entry) : 'not-found' });
      }
      const count = (outcome: RedriveOutcome) => outcomes.filter((o) => o.outcome === outcome).length;
      return { requeued: count('requeued'), skipped: count('skipped') + count('not-found'), outcomes };
    }
    let requeued = 0;
    let skipped = 0;
    for (const entry of await outbox.listUndelivered(eventId)) {
      if ((await redrive(entry)) === 'requeued') requeued += 1;
      else skipped += 1;
    }
    return { requeued, skipped };
  };

/**
 * The automatic half of redrive, run on a schedule: an email whose stream record ran out of retries (SES was
 * down longer than Lambda's retries last) would otherwise wait for the secretariat. Every `stuckAfterMinutes`
 * such entries go back to pending by themselves, for `forHours` after they were owed; `failed` entries (refused by
 * SES for good, e.g. an invalid address) and older ones are left to the secretariat's redrive (the console counts
 * them as undelivered). `uncertain` entries are settled here too (outbox-confirmation.ts): marked sent when SES
 * confirms the send, at any age; otherwise sent again after the confirmation window within the same 24 hours, and
 * marked failed (`Unconfirmed`) after them.
 */
export const AUTOMATIC_RETRY = { stuckAfterMinutes: 10, forHours: 24 } as const;

export interface EventIds {
  /** Every event's id, published or not (an unpublished event may still owe emails). */
  listAllIds(): Promise<string[]>;
}

export interface SweepResult extends RedriveResult {
  /** Uncertain entries SES confirmed: marked sent, not sent again. */
  confirmed: number;
  /** Uncertain entries left unconfirmed past the automatic retry: marked failed for the secretariat. */
  givenUp: number;
}

export const makeRetryStuckEmails = ({
  outbox,
  events,
  clock,
  confirmations,
}: {
  outbox: RedriveStore & UncertainStore;
  events: EventIds;
  clock: Clock;
  confirmations: SendConfirmations;
}) => {
  const resolveUncertain = makeResolveUncertain({ outbox, confirmations, clock });
  return async (): Promise<SweepResult> => {
    const now = clock.now();
    const result: SweepResult = { requeued: 0, confirmed: 0, givenUp: 0, skipped: 0 };
    for (const eventId of await events.listAllIds()) {
      for (const entry of await outbox.listUndelivered(eventId)) {
        const young = Date.parse(entry.createdAt) > now.getTime() - AUTOMATIC_RETRY.forHours * 3_600_000;
        if (entry.status === 'uncertain') {
          const resolution = await resolveUncertain(entry, { mayResend: young });
          if (resolution === 'confirmed') result.confirmed += 1;
          else if (resolution === 'requeued') result.requeued += 1;
          else if (resolution === 'given-up') result.givenUp += 1;
          else result.skipped += 1;
          continue;
        }
        const due = entry.status !== 'failed' && young && isRedrivable(entry, now, AUTOMATIC_RETRY.stuckAfterMinutes);
        if (due && (await outbox.requeue(entry, now))) result.requeued += 1;
        else result.skipped += 1;
      }
    }
    return result;
  };
};
