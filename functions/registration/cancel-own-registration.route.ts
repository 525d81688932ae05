import { EventItemParams } from '../../shared/domain/params.ts';
import { DelegateCancelBody } from '../../shared/domain/registration/requests.ts';
import { DelegateRegistrationSchema } from '../../shared/domain/registration/views.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { ManageQuery } from './request-parts.ts';
import { MANAGE, RATE_LIMITED } from './route-prose.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'Cancelled', schema: DelegateRegistrationSchema },
      409: problemAnswer('invalid-transition (already cancelled or declined) or idempotency-key-in-flight'),
      429: RATE_LIMITED,
      503: problemAnswer('busy: retry after Retry-After'),
    },
    openapi: {
      operationId: 'cancelOwnRegistration',
      summary: 'The delegate cancels',
      description:
        'Frees the seat; the oldest waitlisted delegate who now fits is promoted in the same transaction and told by email. ' +
        'The body is optional (`{ "reason": "..." }`). Counts against the event\'s per-client hourly limit ' +
        '(`registration.clientLimitPerHour`), as every public POST does.' +
        MANAGE +
        IDEMPOTENCY_NOTE,
      tags: ['registration'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/events/{eventId}/registrations/{id}/cancel',
  auth: 'manageToken',
  access: { dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'DeleteItem', 'ConditionCheckItem'], manageLinkKey: ['rate-limit-hmac'] },
  idempotent: { operation: 'cancel-own-registration', scope: 'item' },
  request: { params: EventItemParams, query: ManageQuery, body: DelegateCancelBody, bodyOptional: true },
});
