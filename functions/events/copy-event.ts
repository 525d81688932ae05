import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeCopyEvent } from '../../shared/domain/copy-event.ts';
import { withoutBookkeeping } from '../../shared/domain/event-use-cases.ts';
import { created } from '../../shared/http/http-handler.ts';
import { http } from '../idempotent-http.ts';
import { spec } from './copy-event.route.ts';

const copyEvent = makeCopyEvent({ events: dynamoEventStore(), clock: systemClock });

export const handler = http(spec, async ({ params, body, idempotent }) => {
  const copy = await idempotent(async () => withoutBookkeeping(await copyEvent(params.eventId, body)));
  return created(copy, { Location: `/api/admin/events/${copy.id}` });
});
