import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { AdminEventListSchema } from '../../shared/http/event-schemas.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'Every event', schema: AdminEventListSchema } },
    openapi: {
      operationId: 'listEventsForAdmin',
      summary: 'Every event, published or not, newest first',
      description: 'Newest first: the latest start date first, then the latest saved. Each item names its `updatedAt`.',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events',
  auth: ['secretariat'],
  access: { dynamodb: ['Query'] },
});
