import { EventItemParams } from '../../shared/domain/params.ts';
import { DecisionBody } from '../../shared/domain/registration/requests.ts';
import { AdminRegistrationSchema } from '../../shared/domain/registration/views.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'The registration after the decision', schema: AdminRegistrationSchema },
      409: problemAnswer('invalid-transition or idempotency-key-in-flight'),
      503: problemAnswer('busy: retry after Retry-After'),
    },
    openapi: {
      operationId: 'decideRegistration',
      summary: 'Approve or decline a registration',
      description:
        '`approve`: pending_approval becomes confirmed (the delegate gets the confirmation with the check-in code). `decline` ' +
        '(reason required): a pending or waitlisted registration becomes declined; a freed seat goes to the oldest waitlisted ' +
        'delegate who fits, in the same transaction.' +
        IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/registrations/{id}/decision',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'DeleteItem', 'ConditionCheckItem'] },
  idempotent: { operation: 'decide-registration', scope: 'item' },
  request: { params: EventItemParams, body: DecisionBody },
});
