/**
 * PUT /admin/events/{eventId}: create or replace an event's configuration. Lowering capacity or quotas
 * takes no seat from anyone who holds one (counters are left as they are; nobody new fits until they
 * fall below the limit). Raising them promotes waitlisted delegates who now fit, oldest first.
 *
 * The save marks promotions as due (`promotionsDue`) in the same write as the new limits, and no newcomer is
 * seated while that mark stands; the promotions below then clear it. If this request dies between the two,
 * the mark stays: the next registration, or the promotions sweep, finishes the promotions.
 */
import type { Clock } from '../clock.ts';
import type { EventConfig, EventConfigBody } from '../event-config.ts';
import type { EventStore } from '../event-use-cases.ts';
import { toStoredEvent, withoutBookkeeping } from '../event-use-cases.ts';

export const makeConfigureEvent =
  ({
    events,
    clock,
    promoteWhileSeatsFree,
  }: {
    events: Pick<EventStore, 'get' | 'put'>;
    clock: Clock;
    promoteWhileSeatsFree: (eventId: string) => Promise<number>;
  }) =>
  async (eventId: string, body: EventConfigBody, ifMatch?: string): Promise<{ event: EventConfig; created: boolean; promoted: number }> => {
    const existing = await events.get(eventId);
    const stored = toStoredEvent(eventId, body, clock);
    // Any save may raise a limit: promotions are owed until someone finds that nobody waiting fits.
    const event: EventConfig = { ...stored, promotionsDue: stored.updatedAt };
    // With If-Match, only over the version the officer loaded: two officers cannot overwrite each other.
    await events.put(event, ifMatch === undefined ? {} : { expectedUpdatedAt: ifMatch });
    const promoted = await promoteWhileSeatsFree(eventId);
    return { event: withoutBookkeeping(event), created: !existing, promoted };
  };
