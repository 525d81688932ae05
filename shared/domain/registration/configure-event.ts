/**
 * PUT /admin/events/{eventId}: create or replace an event's configuration. A limit below the seats already held
 * (capacity, a quota, a removed delegation) is refused with the numbers (409 limit-below-use, limits-in-use.ts);
 * the write is conditioned on the lowered counters, so a seat taken between the read and the write is seen too.
 * Raising limits promotes waitlisted delegates who now fit, oldest first.
 *
 * Create only (`If-None-Match: *`): the save lands only if the id is free, in one conditional write, so of two
 * officers creating the same id at once exactly one succeeds and the other gets 412 edit-conflict, nothing overwritten.
 *
 * The save marks promotions as due (`promotionsDue`) in the same write as the new limits, and no newcomer is
 * seated while that mark stands; the promotions below then clear it. If this request dies between the two,
 * the mark stays: the next registration, or the promotions sweep, finishes the promotions.
 */
import type { Clock } from '../clock.ts';
import type { EventConfig, EventConfigBody } from '../event-config.ts';
import { EditConflict } from '../errors.ts';
import type { EventStore } from '../event-use-cases.ts';
import { toStoredEvent, withoutBookkeeping } from '../event-use-cases.ts';
import { CountersMovedMeanwhile, LimitBelowUse, ceilingsFor, limitsBelowUse } from './limits-in-use.ts';
import type { RegistrationStore } from './ports.ts';
import { Busy } from './problems.ts';

/**
 * `If-None-Match: *` and the id is taken: 412 edit-conflict as RFC 9110 has it for a failed precondition (not copy's
 * 409 event-exists, which has none), with this detail.
 */
const ID_TAKEN = 'An event with this id exists already: choose another id.';

/** Reads of the counters before giving up with 503 busy, when seats keep being taken under a lowered limit. */
const ATTEMPTS = 3;

export const makeConfigureEvent = ({
  events,
  registrations,
  clock,
  promoteWhileSeatsFree,
}: {
  events: Pick<EventStore, 'get' | 'put' | 'create'>;
  registrations: Pick<RegistrationStore, 'counters'>;
  clock: Clock;
  promoteWhileSeatsFree: (eventId: string) => Promise<number>;
}) => {
  const saveWithinUse = async (event: EventConfig, existing: EventConfig | undefined, ifMatch: string | undefined) => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const counters = existing ? await registrations.counters(event.id) : undefined;
      const below = counters ? limitsBelowUse(event, counters) : [];
      if (below.length > 0) throw new LimitBelowUse(below);
      try {
        // With If-Match, only over the version the officer loaded: two officers cannot overwrite each other.
        await events.put(event, {
          ...(ifMatch === undefined ? {} : { expectedUpdatedAt: ifMatch }),
          ceilings: counters ? ceilingsFor(existing, event, counters) : [],
        });
        return;
      } catch (error) {
        if (!(error instanceof CountersMovedMeanwhile)) throw error;
      }
    }
    throw new Busy();
  };
  return async (
    eventId: string,
    body: EventConfigBody,
    ifMatch?: string,
    createOnly = false,
  ): Promise<{ event: EventConfig; created: boolean; promoted: number }> => {
    const existing = await events.get(eventId);
    if (createOnly && existing) throw new EditConflict(ID_TAKEN);
    const stored = toStoredEvent(eventId, body, clock);
    // Any save may raise a limit: promotions are owed until someone finds that nobody waiting fits.
    const event: EventConfig = { ...stored, promotionsDue: stored.updatedAt };
    // A new event has no seats held, so no limit to check: only the id must still be free when written.
    if (createOnly && !(await events.create(event))) throw new EditConflict(ID_TAKEN);
    if (!createOnly) await saveWithinUse(event, existing, ifMatch);
    const promoted = await promoteWhileSeatsFree(eventId);
    return { event: withoutBookkeeping(event), created: !existing, promoted };
  };
};
