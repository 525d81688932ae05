import { DelegationParams, NominationOutcomeSchema } from '../../shared/domain/delegations/focal-point.ts';
import { NominationBody } from '../../shared/domain/delegations/nominations.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { ManageQuery } from '../registration/request-parts.ts';
import { RATE_LIMITED } from '../registration/route-prose.ts';

export const docs = () =>
  ({
    responses: {
      201: { description: "Nominated; the nominee's email is on its way", schema: NominationOutcomeSchema },
      409: problemAnswer(
        'already-registered, head-of-delegation-taken, delegation-full (quota or capacity reached), nominations-closed, delegation-submitted (the list is with the secretariat or accredited), or idempotency-key-in-flight',
      ),
      429: RATE_LIMITED,
      503: problemAnswer('busy: too many changes at once; retry after Retry-After'),
    },
    openapi: {
      operationId: 'nominate',
      summary: 'A focal point nominates a member of their delegation',
      description:
        "The focal point's delegation token as `Authorization: Bearer` (404 for a wrong, revoked or other delegation's token, " +
        'checked before the Idempotency-Key is read). `participant` as in a registration; `role` must fit the delegation ' +
        "(member states: head_of_delegation, delegate, adviser); `language` one of the event's. One transaction, under the " +
        "same rules as a registration: the email unique in the event, one head per delegation, a place of the delegation's " +
        "quota and of the event's capacity (nominees count from nomination), the registration in status `nominated`, its " +
        'history (who nominated) and the email to the nominee with their own manage link, to complete their needs and give ' +
        'their consent. A full quota or event is refused (409 delegation-full): nominations never join the waiting list. ' +
        "Refused from `registration.nominationsCloseAt` (else `registration.closesAt`) on. Counts against the event's " +
        'per-client hourly limit (`registration.clientLimitPerHour`), as every public POST does.' +
        IDEMPOTENCY_NOTE,
      tags: ['delegations'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/events/{eventId}/delegations/{code}/nominations',
  auth: 'manageToken',
  access: {
    dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'ConditionCheckItem'],
    manageLinkKey: ['derives-manage-links', 'rate-limit-hmac'],
  },
  idempotent: { operation: 'nominate', scope: 'delegation' },
  request: { params: DelegationParams, query: ManageQuery, body: NominationBody },
});
