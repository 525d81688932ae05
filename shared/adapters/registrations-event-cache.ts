/**
 * A few seconds of memory of each event's configuration, per process. Safe for writes because every
 * commit that depends on the configuration is conditioned on its `updatedAt` (a stale copy gets the
 * commit refused, the use case calls `forget` and reads again); a read-only answer is at most `ttlMs` old.
 * Saves a read per registration when hundreds arrive at once. Never remembers an event's absence or an
 * unpublished state, so a publication is seen at once.
 */
import type { EventStore } from '../domain/event-use-cases.ts';
import { recentReads } from './recent-reads.ts';

type Cached = Pick<EventStore, 'get' | 'listPublished' | 'put'>;

export const recentEvents = (events: Cached, ttlMs = 5_000, now: () => number = Date.now): Cached & Required<Pick<EventStore, 'forget'>> => {
  // Only a published event is remembered: an absence or an unpublished state may end any moment.
  const reads = recentReads((eventId) => events.get(eventId), { ttlMs, now, keep: (event) => event?.published === true });
  return {
    get: (eventId) => reads.get(eventId),
    forget: (eventId) => reads.forget(eventId),
    listPublished: () => events.listPublished(),
    async put(event, options) {
      reads.forget(event.id);
      await events.put(event, options);
    },
  };
};
