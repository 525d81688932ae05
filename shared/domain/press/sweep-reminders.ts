/**
 * The response-clock sweep (every 5 minutes in AWS, on a timer locally). For each inquiry of any event whose
 * next reminder is due, it writes in ONE transaction, conditioned on the version it read: the reminded flag,
 * the next due time (or no clock at all), a history entry and the emails to the contact and the secretariat.
 * Two sweeps racing read the same version; one transaction wins and the other's condition fails, so every
 * threshold is reminded once.
 */
import type { Clock } from '../clock.ts';
import type { Contact, EventConfig } from '../event-config.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { Inquiry, InquiryHistoryEntry } from './inquiry.ts';
import { inquiryReminderEmails } from './inquiry-emails.ts';
import type { Ids } from '../ids.ts';
import type { InquiryStore } from './ports.ts';
import { dueReminder, markReminded } from './response-clock.ts';

export interface SweepOutcome {
  /** Inquiries the index listed as due. */
  due: number;
  /** Reminders written (each one history entry and its emails). */
  reminded: number;
  /** Listed but owing nothing any more (answered meanwhile, or another sweep won the race). */
  skipped: number;
}

/** Enough for any real backlog; a larger one is finished by the next sweep five minutes later. */
const DEFAULT_BATCH = 500;

const contactFor = (event: EventConfig | undefined, inquiry: Inquiry): Contact | undefined =>
  event?.contacts.find((c) => c.id === inquiry.contactId) ??
  // The contact was removed from the configuration since: its successor is the default contact.
  event?.contacts.find((c) => c.id === event.press.defaultContact);

export const makeSweepReminders =
  ({
    store,
    events,
    clock,
    ids,
    batchSize = DEFAULT_BATCH,
  }: {
    store: Pick<InquiryStore, 'dueForReminder' | 'get' | 'update'>;
    events: Pick<EventStore, 'get'>;
    clock: Clock;
    ids: Pick<Ids, 'id'>;
    batchSize?: number;
  }) =>
  async (): Promise<SweepOutcome> => {
    const now = clock.now();
    const candidates = await store.dueForReminder(now, batchSize);
    const eventCache = new Map<string, Promise<EventConfig | undefined>>();
    const outcome: SweepOutcome = { due: candidates.length, reminded: 0, skipped: 0 };

    for (const { eventId, id } of candidates) {
      // The index is eventually consistent: decide on the item itself, read consistently.
      const inquiry = await store.get(eventId, id);
      const due = inquiry && dueReminder(inquiry, now);
      if (!inquiry || !due) {
        outcome.skipped++;
        continue;
      }
      let event = eventCache.get(eventId);
      if (!event) eventCache.set(eventId, (event = events.get(eventId)));
      const config = await event;
      const contact = contactFor(config, inquiry);
      const at = now.toISOString();
      // An event deleted since leaves nobody to write to; the threshold is settled all the same.
      const outbox = config && contact ? inquiryReminderEmails(config, inquiry, contact, due, ids, now) : [];
      const history: InquiryHistoryEntry = {
        id: ids.id(),
        inquiryId: id,
        at,
        action: 'reminder_sent',
        by: 'system',
        threshold: due.threshold,
        ...(due.skipped.length ? { skipped: due.skipped } : {}),
        emails: outbox.map((e) => e.id),
      };
      const written = await store.update({
        inquiry: { ...inquiry, clock: markReminded(inquiry.clock, due, now), updatedAt: at, version: inquiry.version + 1 },
        history,
        outbox,
        expectedVersion: inquiry.version,
      });
      if (written) outcome.reminded++;
      else outcome.skipped++;
    }
    return outcome;
  };
