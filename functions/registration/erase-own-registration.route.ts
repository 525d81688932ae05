import { EventItemParams } from '../../shared/domain/params.ts';
import { ErasedSchema } from '../../shared/domain/personal-data/registration-data.ts';
import { SelfErasureBody } from '../../shared/domain/personal-data/requests.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { ManageQuery } from './request-parts.ts';
import { MANAGE, RATE_LIMITED } from './route-prose.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'Erased: the manage link no longer works', schema: ErasedSchema },
      409: problemAnswer('idempotency-key-in-flight'),
      429: RATE_LIMITED,
      503: problemAnswer('busy: retry after Retry-After'),
    },
    openapi: {
      operationId: 'eraseOwnRegistration',
      summary: 'The delegate erases their personal data',
      description:
        'An active or waitlisted registration is cancelled first, exactly as by `cancelOwnRegistration` (the seat goes to the ' +
        'oldest waitlisted delegate who fits), without an email to the delegate. Then their names, email, phone, position, ' +
        'institution, needs, consent and the free text of the history are erased, emails not yet sent to them are dropped ' +
        'and sent ones keep only their kind and dates; the email address is free to register again for this event, and ' +
        'the secretariat is told (without any name). What is kept: the reference, delegation, role, status and dates. ' +
        'The manage token stops working at once: every manage route, this one included, then answers 404 (a replay too). ' +
        "The body is optional and empty. Counts against the event's per-client hourly limit (`registration.clientLimitPerHour`)." +
        MANAGE +
        IDEMPOTENCY_NOTE,
      tags: ['registration'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/events/{eventId}/registrations/{id}/erase',
  auth: 'manageToken',
  access: { dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'DeleteItem', 'ConditionCheckItem'], manageLinkKey: ['rate-limit-hmac'] },
  idempotent: { operation: 'erase-own-registration', scope: 'item' },
  request: { params: EventItemParams, query: ManageQuery, body: SelfErasureBody, bodyOptional: true },
});
