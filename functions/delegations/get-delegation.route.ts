import { DelegationParams, FocalPointDelegationSchema } from '../../shared/domain/delegations/focal-point.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { ManageQuery } from '../registration/request-parts.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'The delegation as its focal point sees it', schema: FocalPointDelegationSchema } },
    openapi: {
      operationId: 'getFocalPointDelegation',
      summary: 'A focal point reads their delegation',
      description:
        "Needs the focal point's delegation token, what follows `#token=` in the link of the invitation email, as " +
        '`Authorization: Bearer <token>` (the same scheme as the manage token). No token, a wrong one, a revoked focal ' +
        "point's or another delegation's: 404, exactly as for a delegation that does not exist. Never in the URL: a `token` " +
        'query parameter is refused with 400 (`query.token`), since URLs are kept in access logs. The quota, the places in ' +
        'use, whether a head of delegation is named, the deadline, the status, and every member its focal points nominated with their status now.',
      tags: ['delegations'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/events/{eventId}/delegations/{code}',
  auth: 'manageToken',
  access: { dynamodb: ['GetItem', 'Query'] },
  request: { params: DelegationParams, query: ManageQuery },
});
