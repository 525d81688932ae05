import { dynamoEventsRepository } from '../../shared/adapters/events-repository.ts';
import { dynamoOutboxStore } from '../../shared/adapters/outbox.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeGetEventForAdmin } from '../../shared/domain/events.ts';
import { RedriveBody } from '../../shared/domain/outbox-admin.ts';
import { makeRedriveEmails } from '../../shared/domain/outbox-redrive.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { http, ok } from '../../shared/http/http-handler.ts';

const getEvent = makeGetEventForAdmin({ events: dynamoEventsRepository() });
const redrive = makeRedriveEmails({ outbox: dynamoOutboxStore(), clock: systemClock });

export const handler = http({ params: EventParams, body: RedriveBody, auth: ['secretariat'] }, async ({ params, body }) => {
  await getEvent(params.eventId);
  return ok(await redrive(params.eventId, body ?? {}));
});
