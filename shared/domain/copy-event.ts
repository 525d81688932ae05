/**
 * POST /admin/events/{eventId}/copy: next year's meeting starts as a copy of this one. Every setting is kept; every
 * date moves by `shiftDays` (the event's dates and the registration window, each keeping its local time and offset);
 * the copy is unpublished, so nothing is public until the secretariat says so. It is created only if its id is free.
 */
import * as z from 'zod/mini';
import type { Clock } from './clock.ts';
import { DomainError, NotFound } from './errors.ts';
import type { EventConfig } from './event-config.ts';
import { toStoredEvent, withoutBookkeeping, type EventStore } from './event-use-cases.ts';
import { Slug } from './primitives.ts';

export const CopyEventBody = z.strictObject({
  newEventId: Slug,
  shiftDays: z.int().check(z.gte(-3650), z.lte(3650)),
});
export type CopyEventBody = z.infer<typeof CopyEventBody>;

export class EventExists extends DomainError {
  constructor() {
    super({ slug: 'event-exists', status: 409, title: 'Event exists', detail: 'An event with this id exists already: choose another id.' });
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `2026-07-01` moved by `days`. */
export const shiftDate = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** `2026-07-01T09:00:00-04:00` moved by `days`, keeping its local time and its offset as written. */
export const shiftDateTime = (dateTime: string, days: number): string => `${shiftDate(dateTime.slice(0, 10), days)}${dateTime.slice(10)}`;

/** The settings of `source` under a new id, dates moved by `shiftDays`, unpublished. */
export const copiedEvent = (source: EventConfig, { newEventId, shiftDays }: CopyEventBody, clock: Clock): EventConfig => {
  const { id: _id, updatedAt: _updatedAt, ...body } = withoutBookkeeping(source);
  return toStoredEvent(
    newEventId,
    {
      ...body,
      published: false,
      startDate: shiftDate(body.startDate, shiftDays),
      endDate: shiftDate(body.endDate, shiftDays),
      registration: {
        ...body.registration,
        opensAt: shiftDateTime(body.registration.opensAt, shiftDays),
        closesAt: shiftDateTime(body.registration.closesAt, shiftDays),
      },
    },
    clock,
  );
};

export const makeCopyEvent =
  ({ events, clock }: { events: Pick<EventStore, 'get' | 'create'>; clock: Clock }) =>
  async (eventId: string, request: CopyEventBody): Promise<EventConfig> => {
    const source = await events.get(eventId);
    if (!source) throw new NotFound('No such event.');
    const copy = copiedEvent(source, request, clock);
    if (!(await events.create(copy))) throw new EventExists();
    return copy;
  };
