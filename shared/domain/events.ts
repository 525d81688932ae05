/** Use cases for reading and configuring events. */
import { NotFound } from './errors.ts';
import { EventConfigBody, toPublicEvent, type EventConfig } from './event.ts';
import type { Clock } from './clock.ts';

export interface EventsPort {
  get(eventId: string): Promise<EventConfig | undefined>;
  listPublished(): Promise<EventConfig[]>;
  put(event: EventConfig): Promise<void>;
}

export const makeGetPublicEvent =
  ({ events, clock }: { events: EventsPort; clock: Clock }) =>
  async (eventId: string) => {
    const event = await events.get(eventId);
    if (!event || !event.published) throw new NotFound('No such event.');
    return toPublicEvent(event, clock.now());
  };

export const makeListPublicEvents =
  ({ events, clock }: { events: EventsPort; clock: Clock }) =>
  async () => {
    const now = clock.now();
    return { items: (await events.listPublished()).map((e) => toPublicEvent(e, now)) };
  };

/** Loads an event for the secretariat (published or not), or 404. */
export const makeGetEventForAdmin =
  ({ events }: { events: EventsPort }) =>
  async (eventId: string): Promise<EventConfig> => {
    const event = await events.get(eventId);
    if (!event) throw new NotFound('No such event.');
    return event;
  };

/** Builds the stored form of a validated configuration (used by the seed and by PUT). */
export const toStoredEvent = (eventId: string, body: EventConfigBody, clock: Clock): EventConfig => ({
  ...body,
  id: eventId,
  updatedAt: clock.now().toISOString(),
});

/** The configuration as the secretariat sees it, without the promotion bookkeeping. */
export const withoutBookkeeping = ({ promotionsDue: _due, ...event }: EventConfig): EventConfig => event;

export { EventConfigBody };
