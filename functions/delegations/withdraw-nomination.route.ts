import { NominationOutcomeSchema, NomineeParams } from '../../shared/domain/delegations/focal-point.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { ManageQuery } from '../registration/request-parts.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'Withdrawn: the nominee is cancelled and told by email', schema: NominationOutcomeSchema },
      409: problemAnswer(
        'invalid-transition: the nominee is no longer `nominated` (withdrawn, cancelled or accredited); delegation-submitted: the list is with the secretariat',
      ),
      503: problemAnswer('busy: retry after Retry-After'),
    },
    openapi: {
      operationId: 'withdrawNomination',
      summary: 'A focal point withdraws a nominee before accreditation',
      description:
        "The focal point's delegation token as `Authorization: Bearer`. A nominee of another delegation, a registration " +
        'nobody nominated, or a wrong token: 404. The withdrawal is a cancellation: the place is freed and, in the same ' +
        'transaction, goes to the oldest waitlisted delegate who fits; the nominee is told by email.',
      tags: ['delegations'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'DELETE',
  path: '/api/events/{eventId}/delegations/{code}/nominations/{id}',
  auth: 'manageToken',
  access: { dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'DeleteItem', 'ConditionCheckItem'] },
  request: { params: NomineeParams, query: ManageQuery },
});
