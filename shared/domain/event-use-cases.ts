/** Use cases for reading and configuring events. */
import { NotFound } from './errors.ts';
import { EventConfigBody, toPublicEvent, type EventConfig } from './event-config.ts';
import type { Clock } from './clock.ts';
import type { CounterCeiling } from './registration/limits-in-use.ts';

/** Where event configurations are kept (shared/adapters/events-store.ts). Each use case takes the methods it calls. */
export interface EventStore {
  get(eventId: string): Promise<EventConfig | undefined>;
  listPublished(): Promise<EventConfig[]>;
  /** Every event's id, published or not. */
  listAllIds(): Promise<string[]>;
  /** Every event, published or not. */
  listAll(): Promise<EventConfig[]>;
  /** Saves a new event only if its id is free; false when it is taken. */
  create(event: EventConfig): Promise<boolean>;
  /**
   * Saves the configuration; with `expectedUpdatedAt`, only over that version (else throws EditConflict); with
   * `ceilings`, only while each counter holds at most its ceiling (else throws CountersMovedMeanwhile).
   */
  put(event: EventConfig, options?: { expectedUpdatedAt?: string; ceilings?: CounterCeiling[] }): Promise<void>;
  /** Ids of the events whose promotions have been due since before `before` (oldest first). */
  withPromotionsDue(before: Date): Promise<string[]>;
  /**
   * Drops a cached configuration, where the store caches (registrations-event-cache.ts): every commit is
   * conditioned on the configuration's `updatedAt`, and after a refusal for that reason the use case forgets and reads again.
   */
  forget?(eventId: string): void;
}

export const makeGetPublicEvent =
  ({ events, clock }: { events: Pick<EventStore, 'get'>; clock: Clock }) =>
  async (eventId: string) => {
    const event = await events.get(eventId);
    if (!event || !event.published) throw new NotFound('No such event.');
    return toPublicEvent(event, clock.now());
  };

export const makeListPublicEvents =
  ({ events, clock }: { events: Pick<EventStore, 'listPublished'>; clock: Clock }) =>
  async () => {
    const now = clock.now();
    return { items: (await events.listPublished()).map((e) => toPublicEvent(e, now)) };
  };

/** Loads an event for the secretariat (published or not), or 404. */
export const makeGetEventForAdmin =
  ({ events }: { events: Pick<EventStore, 'get'> }) =>
  async (eventId: string): Promise<EventConfig> => {
    const event = await events.get(eventId);
    if (!event) throw new NotFound('No such event.');
    return event;
  };

/** What the secretariat's list of events shows of each. */
export const toAdminEventSummary = (event: EventConfig) => ({
  id: event.id,
  code: event.code,
  titles: event.titles,
  startDate: event.startDate,
  endDate: event.endDate,
  published: event.published,
  registration: { opensAt: event.registration.opensAt, closesAt: event.registration.closesAt },
  updatedAt: event.updatedAt,
});

/** Every event, published or not, newest first (latest start date; then the latest saved). */
export const makeListEventsForAdmin =
  ({ events }: { events: Pick<EventStore, 'listAll'> }) =>
  async () => ({
    items: (await events.listAll())
      .sort((a, b) => b.startDate.localeCompare(a.startDate) || b.updatedAt.localeCompare(a.updatedAt))
      .map(toAdminEventSummary),
  });

/** Builds the stored form of a validated configuration (used by the seed and by PUT). */
export const toStoredEvent = (eventId: string, body: EventConfigBody, clock: Clock): EventConfig => ({
  ...body,
  id: eventId,
  updatedAt: clock.now().toISOString(),
});

/** The configuration as the secretariat sees it, without the promotion bookkeeping. */
export const withoutBookkeeping = ({ promotionsDue: _due, ...event }: EventConfig): EventConfig => event;

export { EventConfigBody };
