import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';

// API Gateway and the local matcher prefer every specific route over this one, wherever it stands in the table.
export const docs = () =>
  ({
    responses: {},
    openapi: {
      operationId: 'noRoute',
      summary: 'Any other request under /api: 404, or 405 with Allow for a known path with another method',
      tags: ['platform'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'ANY',
  path: '/api/{proxy+}',
  auth: 'public',
  access: {},
});
