/**
 * Overdue emails: owed more than 30 minutes ago and still not delivered (pending, sending, failed, or any other state
 * the store lists as undelivered, such as an outcome SES left uncertain). An email normally leaves within seconds, so
 * one that is half an hour late means trouble the secretariat must hear of before the delegate does: the
 * `OverdueEmails` metric and its alarm (docs/operations.md) count these.
 *
 * Only emails owed within the last 24 hours (the automatic retry's window) count: older ones were alarmed about
 * already and stay listed as undelivered in the console, and an alarm held on by one bad address for good would stay
 * silent about every new trouble (CloudWatch notifies on a change of state only).
 */
import type { Clock } from '../clock.ts';
import { AUTOMATIC_RETRY, type EventIds, type RedriveStore } from './outbox-redrive.ts';

const OVERDUE_AFTER_MINUTES = 30;
const OVERDUE_WINDOW_HOURS = AUTOMATIC_RETRY.forHours;

export const makeCountOverdueEmails =
  ({ outbox, events, clock }: { outbox: Pick<RedriveStore, 'listUndelivered'>; events: EventIds; clock: Clock }) =>
  async (): Promise<number> => {
    const now = clock.now().getTime();
    const owedBefore = now - OVERDUE_AFTER_MINUTES * 60_000;
    const owedAfter = now - OVERDUE_WINDOW_HOURS * 3_600_000;
    let overdue = 0;
    for (const eventId of await events.listAllIds()) {
      for (const entry of await outbox.listUndelivered(eventId)) {
        const owedAt = Date.parse(entry.createdAt);
        if (owedAt <= owedBefore && owedAt > owedAfter) overdue += 1;
      }
    }
    return overdue;
  };
