import { EventParams } from '../../shared/domain/params.ts';
import { RegistrationListQuery } from '../../shared/domain/registration/requests.ts';
import { AdminRegistrationSchema } from '../../shared/domain/registration/views.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { LIST_BAD_REQUEST, pageOf } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'One page', schema: pageOf(AdminRegistrationSchema) }, 400: LIST_BAD_REQUEST },
    openapi: {
      operationId: 'listRegistrations',
      summary: 'Registrations, oldest first, filtered by status and delegation, paginated',
      description: '`limit` (1-200, default 50) and the opaque `cursor` from the previous page; `nextCursor` is null at the end.',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/registrations',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'Query'] },
  request: { params: EventParams, query: RegistrationListQuery },
});
