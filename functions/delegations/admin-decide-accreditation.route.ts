import { AccreditationBody, AccreditationOutcomeSchema } from '../../shared/domain/delegations/dossier.ts';
import { DelegationParams } from '../../shared/domain/delegations/focal-point.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'Decided: the dossier now, and how many nominees this call confirmed', schema: AccreditationOutcomeSchema },
      409: problemAnswer('not-submitted: only a submitted list can be accredited or returned'),
      503: problemAnswer('busy: retry after Retry-After'),
    },
    openapi: {
      operationId: 'decideAccreditation',
      summary: 'The secretariat accredits a submitted delegation, or returns its list with a reason',
      description:
        '`accredit`: the delegation becomes `accredited` (closed to nominations) and every nominee still `nominated` is ' +
        'confirmed, each in its own conditioned transaction with its confirmation email and calendar invitation: nominees ' +
        'hold their places since their nomination, so no place is taken twice, and one withdrawn or cancelled meanwhile is ' +
        'simply not confirmed. Calling it again on an accredited delegation confirms any nominee left `nominated` (an ' +
        'interrupted run). `return` (a `reason` is required): the status becomes `returned` and every active focal point is ' +
        'emailed the reason with their link; they may nominate, withdraw, replace the note verbale and submit again.' +
        IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/delegations/{code}/accreditation',
  auth: ['secretariat'],
  // Query: the focal points and nominees; PutItem: the dossier, and each nominee's status change (its place is already held: no counter moves).
  access: { dynamodb: ['GetItem', 'Query', 'PutItem'] },
  idempotent: { operation: 'decide-accreditation', scope: 'delegation' },
  request: { params: DelegationParams, body: AccreditationBody },
});
