/** The secretariat's reads: the list, one registration with its history, the summary, the CSV export. */
import type { EventStore } from '../event-use-cases.ts';
import { NotFound } from '../errors.ts';
import type { PageRequest } from '../page.ts';
import { quotaFor, type EventConfig } from '../event-config.ts';
import { erasureDateOf } from '../personal-data/retention-rules.ts';
import { participantsCsv, type CsvAudience } from './participants-csv.ts';
import type { RegistrationStore } from './ports.ts';
import { DEFAULT_SORT, type RegistrationSort, type SearchFilter } from './registration-search.ts';
import type { RegistrationStatus } from './registration.ts';
import { toAdminView, toHistoryView } from './views.ts';
import { checkInSummary, noCheckIns } from '../venue/check-in-summary.ts';
import type { CheckInCounts } from '../venue/ports.ts';

/** Counts the other capabilities fill in (inquiries by status, undelivered and suppressed emails, check-ins). */
export interface SummaryExtras {
  inquiriesByStatus(eventId: string): Promise<Record<string, number>>;
  emails(eventId: string): Promise<{ undelivered: number; suppressed: number }>;
  checkIns(eventId: string): Promise<CheckInCounts>;
  /** When the retention job erased the event's personal data, if it has (shared/domain/personal-data/). */
  personalDataErasedAt?(eventId: string): Promise<string | undefined>;
}

const noExtras: SummaryExtras = {
  inquiriesByStatus: async () => ({}),
  emails: async () => ({ undelivered: 0, suppressed: 0 }),
  checkIns: async () => noCheckIns,
};

export const makeAdminRegistrations = ({
  events,
  registrations,
  extras = noExtras,
}: {
  events: Pick<EventStore, 'get' | 'forget'>;
  registrations: RegistrationStore;
  extras?: SummaryExtras;
}) => {
  const eventOr404 = async (eventId: string): Promise<EventConfig> => {
    const event = await events.get(eventId);
    if (!event) throw new NotFound('No such event.');
    return event;
  };

  return {
    /**
     * The plain list (status and delegation, arrival order) pages through DynamoDB itself, for any number of
     * registrations; a search, another sort or the role/kind filters go through the bounded search.
     */
    list: async (eventId: string, { sort = DEFAULT_SORT, ...filter }: SearchFilter & { sort?: RegistrationSort }, page: PageRequest) => {
      await eventOr404(eventId);
      const plain = sort === DEFAULT_SORT && filter.q === undefined && filter.role === undefined && filter.kind === undefined;
      const result = plain
        ? await registrations.list(eventId, { status: filter.status, delegation: filter.delegation }, page)
        : await registrations.search(eventId, { filter, sort }, page);
      return { items: result.items.map(toAdminView), nextCursor: result.nextCursor };
    },

    get: async (eventId: string, id: string) => {
      await eventOr404(eventId);
      const [registration, history] = await Promise.all([registrations.get(eventId, id), registrations.history(eventId, id)]);
      if (!registration) throw new NotFound('No such registration.');
      return { ...toAdminView(registration), history: history.map(toHistoryView) };
    },

    /** Active seats per delegation come from the same counters the transactions condition on. */
    summary: async (eventId: string) => {
      const event = await eventOr404(eventId);
      const [counters, byStatus, waitlist, inquiriesByStatus, emails, checkIns, erasedAt] = await Promise.all([
        registrations.counters(eventId),
        registrations.countByStatus(eventId),
        registrations.waitlist(eventId),
        extras.inquiriesByStatus(eventId),
        extras.emails(eventId),
        extras.checkIns(eventId),
        extras.personalDataErasedAt?.(eventId),
      ]);
      const waiting = new Map<string, number>();
      for (const entry of waitlist) waiting.set(entry.delegation, (waiting.get(entry.delegation) ?? 0) + 1);
      return {
        eventId: event.id,
        capacity: event.registration.capacity,
        active: counters.seats,
        available: Math.max(0, event.registration.capacity - counters.seats),
        waitlisted: counters.waiting,
        byStatus,
        byDelegation: event.delegations.map((d) => {
          const quota = quotaFor(event, d.code) ?? 0;
          const active = counters.quotas[d.code] ?? 0;
          return { code: d.code, kind: d.kind, quota, active, available: Math.max(0, quota - active), waitlisted: waiting.get(d.code) ?? 0 };
        }),
        inquiriesByStatus,
        emails,
        checkIn: checkInSummary(event, checkIns),
        // The counts above survive the erasure: the job keeps statuses, delegations and counters.
        personalData: { erasesOn: erasureDateOf(event), erasedAt: erasedAt ?? null },
      };
    },

    csv: async (eventId: string, audience: CsvAudience) => {
      const event = await eventOr404(eventId);
      const statuses: RegistrationStatus[] = audience === 'publication' ? ['confirmed'] : ['pending_approval', 'confirmed'];
      return participantsCsv(event, await registrations.all(eventId, statuses), audience);
    },
  };
};
