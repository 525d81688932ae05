import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { idempotentOperation } from '../../shared/adapters/idempotency.ts';
import { dynamoOutboxStore } from '../../shared/adapters/outbox.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeGetEventForAdmin } from '../../shared/domain/event-use-cases.ts';
import { RedriveBody } from '../../shared/domain/notifications/outbox-admin.ts';
import { makeRedriveEmails, type RedriveResult } from '../../shared/domain/notifications/outbox-redrive.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { http, ok } from '../../shared/http/http-handler.ts';
import { idempotencyKeyOf } from '../../shared/http/idempotency-key.ts';

const getEvent = makeGetEventForAdmin({ events: dynamoEventStore() });
const redrive = makeRedriveEmails({ outbox: dynamoOutboxStore(), clock: systemClock });
const idempotent = idempotentOperation<RedriveResult>('redrive-emails');

export const handler = http({ params: EventParams, body: RedriveBody, auth: ['secretariat'] }, async ({ params, body, headers, context }) => {
  await getEvent(params.eventId);
  const { value, replayed } = await idempotent({ key: idempotencyKeyOf(headers), scope: params.eventId, payload: body ?? {}, context }, () =>
    redrive(params.eventId, body ?? {}),
  );
  return ok(value, replayed ? { 'Idempotent-Replayed': 'true' } : undefined);
});
