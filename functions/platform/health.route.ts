import { defineRoute } from '../../shared/http/route-spec.ts';
import { HealthSchema } from '../../shared/http/schemas.ts';

export const spec = defineRoute({
  file: import.meta.url,
  method: 'GET',
  path: '/api/health',
  auth: 'public',
  access: {},
  responses: { 200: { description: 'Alive', schema: HealthSchema } },
  openapi: { operationId: 'getHealth', summary: 'Liveness and version', tags: ['platform'] },
});
