import { EventItemParams } from '../../shared/domain/params.ts';
import { ErasedSchema } from '../../shared/domain/personal-data/registration-data.ts';
import { AdminErasureBody } from '../../shared/domain/personal-data/requests.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'Erased', schema: ErasedSchema },
      409: problemAnswer('already-erased or idempotency-key-in-flight'),
      503: problemAnswer('busy: retry after Retry-After'),
    },
    openapi: {
      operationId: 'eraseRegistration',
      summary: "Erase a delegate's personal data on a request received another way, with a reason",
      description:
        'The same erasure as `eraseOwnRegistration` (an active or waitlisted registration is cancelled first and the waiting ' +
        'list moves; the delegate is sent no email), for a request that reached the secretariat by letter, email or phone. ' +
        "The `reason` is kept in the history beside the officer's name: write why, and name no one in it." +
        IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/registrations/{id}/erase',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'DeleteItem', 'ConditionCheckItem'] },
  idempotent: { operation: 'erase-registration', scope: 'item' },
  request: { params: EventItemParams, body: AdminErasureBody },
});
