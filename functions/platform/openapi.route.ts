import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { OpenApiDocumentSchema } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'The document', contentType: 'application/json', schema: OpenApiDocumentSchema } },
    openapi: { operationId: 'getOpenApi', summary: 'This OpenAPI 3.1 document', tags: ['platform'] },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/openapi.json',
  auth: 'public',
  access: {},
});
