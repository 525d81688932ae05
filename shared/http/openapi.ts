/** Builds the OpenAPI 3.1 document from the route table and its zod schemas (zod-openapi). */
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { Route } from './route-spec.ts';
import { ProblemSchema } from './schemas.ts';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });

const operationFor = (route: Route): ZodOpenApiOperationObject => {
  const { request, responses } = route.openapi;
  const ops: ZodOpenApiOperationObject = {
    operationId: route.openapi.operationId,
    summary: route.openapi.summary,
    tags: route.openapi.tags,
    responses: {},
  };
  const out = ops.responses as Record<string, unknown>;
  if (route.openapi.description) ops.description = route.openapi.description;
  if (request?.params || request?.query || request?.headers) {
    ops.requestParams = {
      ...(request.params ? { path: request.params } : {}),
      ...(request.query ? { query: request.query } : {}),
      ...(request.headers ? { header: request.headers } : {}),
    } as ZodOpenApiOperationObject['requestParams'];
  }
  if (request?.body) ops.requestBody = { required: !request.bodyOptional, content: { 'application/json': { schema: request.body } } };
  for (const [status, spec] of Object.entries(responses)) {
    out[status] = spec.schema
      ? { description: spec.description, content: { [spec.contentType ?? 'application/json']: { schema: spec.schema } } }
      : spec.contentType
        ? { description: spec.description, content: { [spec.contentType]: {} } }
        : { description: spec.description };
  }
  if (request?.body) {
    out['400'] = problem('Invalid body: every bad field is named in `errors`');
    out['413'] = problem('Body over 64 KiB');
    out['415'] = problem('Body not sent as application/json');
  } else if (request?.query || request?.params) {
    out['400'] ??= problem('Invalid parameters');
  }
  if (route.path.includes('{')) out['404'] ??= problem('Not found');
  if (route.openapi.security === 'manageToken') ops.security = [{ manageToken: [] }];
  if (route.auth !== 'public') {
    ops.security = [{ cognito: [] }];
    out['401'] = problem('No valid token');
    out['403'] = problem(`Not in group ${route.auth.join(' or ')}`);
  }
  out['500'] = problem('Internal error (no details)');
  return ops;
};

export const buildOpenApiDocument = (routes: readonly Route[], version: string) => {
  const paths: ZodOpenApiPathsObject = {};
  // The catch-all (`ANY /api/{proxy+}`) is no operation of its own: its 404 and 405 are stated in the info.
  for (const route of routes.filter((r) => r.method !== 'ANY')) {
    const item = (paths[route.path] ??= {}) as Record<string, ZodOpenApiOperationObject>;
    item[route.method.toLowerCase()] = operationFor(route);
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Plenary API',
      version,
      description:
        'Registration and press contact for intergovernmental conferences. Errors are RFC 9457 problem details. ' +
        'Any POST accepts an Idempotency-Key header. Lists are paginated with `limit` and an opaque `cursor`. ' +
        'Unknown paths under /api answer 404 and known paths with another method 405 with `Allow`, both as problems.',
    },
    components: {
      securitySchemes: {
        cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A Cognito (locally: the platform\'s) token with `cognito:groups`.' },
        manageToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The delegate\'s manage token: what follows `#token=` in the manage link (`manageUrl`). Only as `Authorization: Bearer`; ' +
            'a `?token=` query parameter is refused (400), since URLs land in access logs.',
        },
      },
    },
    paths,
  });
};
