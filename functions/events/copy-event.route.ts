import { CopyEventBody } from '../../shared/domain/copy-event.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { AdminEventSchema } from '../../shared/http/event-schemas.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      201: { description: 'The copy, unpublished', schema: AdminEventSchema },
      409: problemAnswer('event-exists (choose another newEventId) or idempotency-key-in-flight'),
    },
    openapi: {
      operationId: 'copyEvent',
      summary: 'A new unpublished event with the same settings, its dates shifted',
      description:
        '`{ "newEventId": "sacm-8", "shiftDays": 365 }`. Every setting is kept (delegations and their quotas, contacts, routing ' +
        'rules, limits, texts); the event dates and the registration window move by `shiftDays`, each keeping its local time ' +
        'and offset. Registrations, inquiries and emails are not copied. 409 event-exists when the new id is taken.' +
        IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/copy',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'PutItem'] },
  idempotent: { operation: 'copy-event', scope: 'event' },
  request: { params: EventParams, body: CopyEventBody },
});
