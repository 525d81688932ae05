/**
 * A few seconds of memory of each event's configuration, per process. Safe for writes because every
 * commit that depends on the configuration is conditioned on its `updatedAt` (a stale copy gets the
 * commit refused, the use case calls `forget` and reads again); a read-only answer is at most `ttlMs` old.
 * Saves a read per registration when hundreds arrive at once. Never remembers an event's absence or an
 * unpublished state, so a publication is seen at once.
 */
import type { EventConfig } from '../domain/event-config.ts';
import type { EventStore } from '../domain/event-use-cases.ts';

type Cached = Pick<EventStore, 'get' | 'listPublished' | 'put'>;

export const recentEvents = (events: Cached, ttlMs = 5_000, now: () => number = Date.now): Cached & Required<Pick<EventStore, 'forget'>> => {
  const cache = new Map<string, { at: number; value: Promise<EventConfig | undefined> }>();
  return {
    get(eventId) {
      const hit = cache.get(eventId);
      if (hit && now() - hit.at < ttlMs) return hit.value;
      const value = events.get(eventId);
      cache.set(eventId, { at: now(), value });
      // Only a published event is remembered: an absence or an unpublished state may end any moment.
      value.then((event) => event?.published || cache.delete(eventId)).catch(() => cache.delete(eventId));
      return value;
    },
    forget(eventId) {
      cache.delete(eventId);
    },
    listPublished: () => events.listPublished(),
    async put(event, options) {
      cache.delete(event.id);
      await events.put(event, options);
    },
  };
};
