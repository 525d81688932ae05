import { DossierViewSchema } from '../../shared/domain/delegations/dossier.ts';
import { DelegationParams } from '../../shared/domain/delegations/focal-point.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { ManageQuery } from '../registration/request-parts.ts';
import { RATE_LIMITED } from '../registration/route-prose.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'Submitted: the secretariat is told by email', schema: DossierViewSchema },
      409: problemAnswer('not-ready-to-submit (no note verbale, or no nominee holding a place), or delegation-submitted (already)'),
      429: RATE_LIMITED,
    },
    openapi: {
      operationId: 'submitDelegation',
      summary: 'A focal point submits their delegation’s list to the secretariat',
      description:
        "The focal point's delegation token as `Authorization: Bearer`. Needs a note verbale attached and at least one " +
        'nominee holding a place. The status becomes `submitted` and, in the same transaction, an email tells the ' +
        'secretariat. From then on the list is closed to nominations, withdrawals and a new note verbale until the ' +
        'secretariat returns it (`returned`, which may be submitted again) or accredits it. Counts against the event’s per-client hourly limit (`registration.clientLimitPerHour`), as every public POST does.' +
        IDEMPOTENCY_NOTE,
      tags: ['delegations'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/events/{eventId}/delegations/{code}/submit',
  auth: 'manageToken',
  // Query: the token check and the nominees (by status); PutItem: the dossier and the secretariat's email.
  access: { dynamodb: ['GetItem', 'Query', 'PutItem', 'UpdateItem'], manageLinkKey: ['rate-limit-hmac'] },
  idempotent: { operation: 'submit-delegation', scope: 'delegation' },
  request: { params: DelegationParams, query: ManageQuery },
});
