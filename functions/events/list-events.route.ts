import * as z from 'zod/mini';
import { PublicEventSchema } from '../../shared/domain/event-config.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'The published events', schema: z.object({ items: z.array(PublicEventSchema) }) } },
    openapi: { operationId: 'listEvents', summary: 'Published events', tags: ['events'] },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/events',
  auth: 'public',
  access: { dynamodb: ['Query'] },
});
