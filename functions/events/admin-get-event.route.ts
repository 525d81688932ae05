import { EventParams } from '../../shared/domain/params.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { AdminEventSchema } from '../../shared/http/event-schemas.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'The configuration', schema: AdminEventSchema } },
    openapi: {
      operationId: 'getEventForAdmin',
      summary: "One event's whole configuration, as PUT takes it, plus its id and `updatedAt`",
      description:
        'Published or not. `updatedAt` is also sent as the `ETag`: send it back in `If-Match` with the PUT, so a change ' +
        'saved meanwhile by someone else is refused (412 edit-conflict) instead of overwritten.',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem'] },
  request: { params: EventParams },
});
