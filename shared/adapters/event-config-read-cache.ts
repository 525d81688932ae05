/**
 * A few seconds of memory of each event's configuration, per process, for functions that only read it to render
 * (the mailer). An email rendered from a copy at most `ttlMs` old says what one rendered that long ago would have
 * said; the mailer reads each configuration once per burst instead of once per email (a 4.5 KB item: 2 read
 * units strongly consistent). Only a configuration that exists is remembered, never its absence or a failed read,
 * so an event created meanwhile, or a read that failed, is read again at the next email.
 * (registrations-event-cache.ts is the registration's own, which also forgets on a refused commit.)
 */
import type { EventConfig } from '../domain/event-config.ts';
import { recentReads } from './recent-reads.ts';

interface EventReads {
  get(eventId: string): Promise<EventConfig | undefined>;
}

/** The same five seconds the registration's cache keeps a configuration. */
const EVENT_READ_TTL_MS = 5_000;

export const recentEventReads = (events: EventReads, ttlMs = EVENT_READ_TTL_MS, now: () => number = Date.now): EventReads => {
  const reads = recentReads((eventId) => events.get(eventId), { ttlMs, now, keep: (event) => event !== undefined });
  return { get: (eventId) => reads.get(eventId) };
};
