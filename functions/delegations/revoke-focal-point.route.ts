import { FocalPointParams, FocalPointViewSchema } from '../../shared/domain/delegations/focal-point.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'Revoked (or already revoked): the focal point with who revoked it and when', schema: FocalPointViewSchema },
      404: problemAnswer('not-found: no such event, delegation or focal point'),
    },
    openapi: {
      operationId: 'revokeFocalPoint',
      summary: "Revoke a focal point's link at once",
      description:
        "From this answer on, the focal point's token is refused (404, as a wrong token). The focal point stays listed, " +
        'revoked, with who revoked it; repeating the call changes nothing and answers the same.',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'DELETE',
  path: '/api/admin/events/{eventId}/delegations/{code}/focal-points/{id}',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'UpdateItem', 'PutItem'] },
  request: { params: FocalPointParams },
});
