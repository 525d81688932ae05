import { dynamoEventReader } from '../../shared/adapters/events-store.ts';
import { dynamoOutboxStore } from '../../shared/adapters/outbox.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeGetEventForAdmin } from '../../shared/domain/event-use-cases.ts';
import { makeRedriveEmails } from '../../shared/domain/notifications/outbox-redrive.ts';
import { ok } from '../../shared/http/http-handler.ts';
import { http } from '../idempotent-http.ts';
import { spec } from './redrive-emails.route.ts';

const getEvent = makeGetEventForAdmin({ events: dynamoEventReader() });
const redrive = makeRedriveEmails({ outbox: dynamoOutboxStore(), clock: systemClock });

export const handler = http(spec, async ({ params, body, idempotent }) => {
  await getEvent(params.eventId);
  return ok(await idempotent(() => redrive(params.eventId, body ?? {})));
});
