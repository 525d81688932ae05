import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { created, http, ok } from '../../shared/http/http-handler.ts';
import { createOnlyOf, ifMatchOf } from '../../shared/http/event-schemas.ts';
import { makePromoteWhileSeatsFree } from '../../shared/domain/registration/change-status.ts';
import { makeConfigureEvent } from '../../shared/domain/registration/configure-event.ts';
import { registrationDependencies } from '../registration/dependencies.ts';
import { spec } from './put-event.route.ts';

const deps = registrationDependencies();
// The uncached store, typed as such: creating only (If-None-Match: *) needs its conditional `create`.
const configureEvent = makeConfigureEvent({ ...deps, events: dynamoEventStore(), promoteWhileSeatsFree: makePromoteWhileSeatsFree(deps) });

export const handler = http(spec, async ({ params, body, headers }) => {
  const { event, created: isNew, promoted } = await configureEvent(params.eventId, body, ifMatchOf(headers), createOnlyOf(headers));
  const answer = { ...event, promotedFromWaitlist: promoted };
  return isNew ? created(answer, { Location: `/api/events/${event.id}` }) : ok(answer);
});
