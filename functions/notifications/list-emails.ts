import { dynamoEventReader } from '../../shared/adapters/events-store.ts';
import { dynamoOutboxStore } from '../../shared/adapters/outbox.ts';
import { makeGetEventForAdmin } from '../../shared/domain/event-use-cases.ts';
import { toEmailView } from '../../shared/domain/notifications/outbox-admin.ts';
import { http, ok } from '../../shared/http/http-handler.ts';
import { spec } from './list-emails.route.ts';

const getEvent = makeGetEventForAdmin({ events: dynamoEventReader() });
const outbox = dynamoOutboxStore();

export const handler = http(spec, async ({ params, query }) => {
  await getEvent(params.eventId);
  const page = await outbox.listByStatus(params.eventId, query.status, {
    limit: query.limit,
    ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
  });
  return ok({ items: page.items.map(toEmailView), nextCursor: page.nextCursor });
});
