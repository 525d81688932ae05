import { dynamoEventReader } from '../../shared/adapters/events-store.ts';
import { makeGetEventForAdmin, withoutBookkeeping } from '../../shared/domain/event-use-cases.ts';
import { http, ok } from '../../shared/http/http-handler.ts';
import { spec } from './admin-get-event.route.ts';

const getEvent = makeGetEventForAdmin({ events: dynamoEventReader() });

export const handler = http(spec, async ({ params }) => {
  const event = withoutBookkeeping(await getEvent(params.eventId));
  return ok(event, { ETag: `"${event.updatedAt}"` });
});
