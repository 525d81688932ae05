import { EventParams } from '../../shared/domain/params.ts';
import { RegistrationBody } from '../../shared/domain/registration/registration.ts';
import { RegisteredSchema } from '../../shared/domain/registration/views.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { RATE_LIMITED } from './route-prose.ts';

export const docs = () =>
  ({
    responses: {
      201: { description: 'Registered (or waitlisted); the acknowledgement email is on its way', schema: RegisteredSchema },
      403: problemAnswer(
        "nomination-only: the event has this delegation's kind nominated by focal points (`registration.memberStates` or " +
          '`registration.observers` is `focal_point`); `errors` names `delegation` and `detail` says to contact the focal point',
      ),
      409: problemAnswer('already-registered, head-of-delegation-taken, registration-closed, event-full, or idempotency-key-in-flight'),
      429: RATE_LIMITED,
      503: problemAnswer('busy: too many changes at once; retry after Retry-After'),
    },
    openapi: {
      operationId: 'register',
      summary: 'A delegate registers',
      description:
        '`pending_approval` where the secretariat approves each delegate, else `confirmed`; `waitlisted` where the event or the ' +
        "delegation is full and the event keeps a waiting list. `delegation` must be one of the event's, `role` fit its kind " +
        "(member states: head_of_delegation, delegate, adviser; observers: observer) and `language` be one of the event's. " +
        'Emails are compared trimmed and case-insensitively; an email on the waiting list counts as registered, and a head of ' +
        "delegation on the waiting list holds the delegation's head place. `manageUrl` carries the only copy of the manage token. " +
        "Rate limited per hour: per client (an IPv4 address, or an IPv6 /64; the event's `registration.clientLimitPerHour`, default 100, " +
        'shared with every public POST of the event) and per participant email address (`registration.emailLimitPerHour`, default 5); ' +
        'refused attempts count too, replays of an Idempotency-Key do not. Where the event has member states (or observers) ' +
        'nominated by their focal points, a delegate of that kind is refused with 403 `nomination-only`: only the focal point ' +
        'nominates them (`POST /api/events/{eventId}/delegations/{code}/nominations`).' +
        IDEMPOTENCY_NOTE,
      tags: ['registration'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/events/{eventId}/registrations',
  auth: 'public',
  access: {
    dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'ConditionCheckItem'],
    manageLinkKey: ['derives-manage-links', 'rate-limit-hmac'],
  },
  idempotent: { operation: 'register-delegate', scope: 'event' },
  request: { params: EventParams, body: RegistrationBody },
});
