import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { HealthSchema } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'Alive', schema: HealthSchema } },
    openapi: { operationId: 'getHealth', summary: 'Liveness and version', tags: ['platform'] },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/health',
  auth: 'public',
  access: {},
});
