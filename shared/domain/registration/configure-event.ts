/**
 * PUT /admin/events/{eventId}: create or replace an event's configuration. Lowering capacity or quotas
 * takes no seat from anyone who holds one (counters are left as they are; nobody new fits until they
 * fall below the limit). Raising them promotes waitlisted delegates who now fit, oldest first.
 */
import type { Clock } from '../clock.ts';
import type { EventConfig, EventConfigBody } from '../event.ts';
import type { EventsPort } from '../events.ts';
import { toStoredEvent } from '../events.ts';

export const makeConfigureEvent =
  ({ events, clock, promoteWhileSeatsFree }: { events: EventsPort; clock: Clock; promoteWhileSeatsFree: (eventId: string) => Promise<number> }) =>
  async (eventId: string, body: EventConfigBody): Promise<{ event: EventConfig; created: boolean; promoted: number }> => {
    const existing = await events.get(eventId);
    const event = toStoredEvent(eventId, body, clock);
    await events.put(event);
    const promoted = await promoteWhileSeatsFree(eventId);
    return { event, created: !existing, promoted };
  };
