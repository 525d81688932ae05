import type { Route } from '../../shared/http/route-types.ts';
import { HealthSchema, OpenApiDocumentSchema } from '../../shared/http/schemas.ts';

export const platformRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/health',
    handler: 'platform/health',
    auth: 'public',
    capability: 'platform',
    access: {},
    openapi: { operationId: 'getHealth', summary: 'Liveness and version', tags: ['platform'], responses: { 200: { description: 'Alive', schema: HealthSchema } } },
  },
  {
    method: 'GET',
    path: '/api/openapi.json',
    handler: 'platform/openapi',
    auth: 'public',
    capability: 'platform',
    access: {},
    openapi: {
      operationId: 'getOpenApi',
      summary: 'This OpenAPI 3.1 document',
      tags: ['platform'],
      responses: { 200: { description: 'The document', contentType: 'application/json', schema: OpenApiDocumentSchema } },
    },
  },
  {
    // Must stay last in spirit: API Gateway and the local matcher prefer every specific route over it.
    method: 'ANY',
    path: '/api/{proxy+}',
    handler: 'platform/no-route',
    auth: 'public',
    capability: 'platform',
    access: {},
    openapi: {
      operationId: 'noRoute',
      summary: 'Any other request under /api: 404, or 405 with Allow for a known path with another method',
      tags: ['platform'],
      responses: {},
    },
  },
];
