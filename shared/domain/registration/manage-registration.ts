/**
 * The delegate's own calls with the manage token: read, correct, cancel, calendar. No token, a wrong
 * token and another registration's token all answer exactly like an id that does not exist (404).
 */
import { NotFound } from '../errors.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { Clock } from '../clock.ts';
import { manageTokenMatches } from '../manage-token.ts';
import type { calendarFor } from './calendar.ts';
import { checkAgainstEvent } from './check-against-event.ts';
import { makeChangeStatus, type ChangeDeps } from './change-status.ts';
import type { Ids } from '../ids.ts';
import { applyPatch, assertPatchAllowed, emailChanged, type NomineePatch } from './patch.ts';
import { CommitRefused, type RegistrationStore } from './ports.ts';
import { AlreadyRegistered, NotConfirmed } from './problems.ts';
import type { Registration } from './registration.ts';
import { RetryLater, defaultRetryPolicy, withRetries } from './retry.ts';
import { assertCan } from './transitions.ts';

const notFound = () => new NotFound('No such registration.');

/**
 * `renderCalendar` is given only by the calendar route: the iCalendar library stays out of the other
 * functions' bundles (and cold starts).
 */
export const makeManageRegistration = (
  deps: ChangeDeps & {
    events: Pick<EventStore, 'get' | 'forget'>;
    registrations: RegistrationStore;
    clock: Clock;
    ids: Ids;
    renderCalendar?: typeof calendarFor;
  },
) => {
  const { events, registrations, clock, ids, retry = defaultRetryPolicy, renderCalendar } = deps;
  const changeStatus = makeChangeStatus(deps);

  // An erased registration answers every manage call like one that never existed: its link no longer works.
  const authorize = (token: string | undefined) => (r: Registration) => {
    if (r.erasedAt || !manageTokenMatches(token, r.manageTokenHash)) throw notFound();
  };

  /** The registration if the event is published and the token is this registration's; else 404. */
  const load = async (eventId: string, id: string, token: string | undefined) => {
    const [event, registration] = await Promise.all([events.get(eventId), registrations.get(eventId, id)]);
    if (!event || !event.published || !registration) throw notFound();
    authorize(token)(registration);
    return { event, registration };
  };

  return {
    /** The manage token's check alone, for the calls that act through another use case (the erasure). */
    authorize,

    get: async (eventId: string, id: string, token: string | undefined) => (await load(eventId, id, token)).registration,

    update: (eventId: string, id: string, token: string | undefined, patch: NomineePatch): Promise<Registration> =>
      withRetries(async () => {
        const { event, registration: before } = await load(eventId, id, token);
        checkAgainstEvent(event, { ...(patch.language ? { language: patch.language } : {}) });
        assertCan('update', before.status);
        assertPatchAllowed(before.status, patch);
        const { after: patched, fields } = applyPatch(before, patch);
        if (fields.length === 0) return before;
        const now = clock.now().toISOString();
        const after = { ...patched, updatedAt: now, version: before.version + 1 };
        try {
          await registrations.commit({
            event,
            changes: [
              {
                before,
                after,
                history: {
                  id: ids.id(),
                  registrationId: id,
                  at: now,
                  actor: { kind: 'delegate' },
                  action: 'updated',
                  from: before.status,
                  to: after.status,
                  fields,
                },
                outbox: [],
              },
            ],
          });
        } catch (error) {
          if (!(error instanceof CommitRefused)) throw error;
          if (error.reasons.has('email') && emailChanged(before, after)) throw new AlreadyRegistered();
          throw new RetryLater([...error.reasons].join(','));
        }
        return after;
      }, retry),

    cancel: async (eventId: string, id: string, token: string | undefined, reason?: string): Promise<Registration> => {
      const event = await events.get(eventId);
      if (!event || !event.published) throw notFound();
      return changeStatus(eventId, id, { action: 'cancel', actor: { kind: 'delegate' }, ...(reason ? { reason } : {}) }, authorize(token));
    },

    calendar: async (eventId: string, id: string, token: string | undefined): Promise<string> => {
      const { event, registration } = await load(eventId, id, token);
      if (registration.status !== 'confirmed') throw new NotConfirmed();
      if (!renderCalendar) throw new Error('makeManageRegistration was built without renderCalendar');
      return renderCalendar(event, registration, clock.now());
    },
  };
};
