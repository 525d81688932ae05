/** Builds the OpenAPI 3.1 document from the route table and its zod schemas (zod-openapi). */
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { Route } from './route-spec.ts';
import { GatewayMessageSchema, ProblemSchema } from './schemas.ts';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ProblemSchema } } });

/** Every function refuses a request that did not come through CloudFront (shared/http/origin.ts); never locally. */
const NOT_THROUGH_THE_SITE = "called on the API's own execute-api address instead of through the site (`/problems/not-through-the-site`)";

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
    // A route whose 400 says more (a problem with members of its own) keeps its own.
    out['400'] ??= problem('Invalid body: every bad field is named in `errors`');
    out['413'] = problem('Body over 64 KiB');
    out['415'] = problem('Body not sent as application/json');
  } else if (request?.query || request?.params) {
    out['400'] ??= problem('Invalid parameters');
  }
  if (route.path.includes('{')) out['404'] ??= problem('Not found');
  // Every operation states its security, so a generated client knows what to send without reading prose: public
  // ones none (`[]`), the delegate's the manage token, the console's the Cognito JWT.
  ops.security = route.auth !== 'public' ? [{ cognito: [] }] : route.openapi.security === 'manageToken' ? [{ manageToken: [] }] : [];
  if (route.auth !== 'public') {
    // In AWS the JWT authorizer refuses before any function runs, with its own body; locally the stand-in answers a problem.
    out['401'] = {
      description: 'No valid token: `{"message":"Unauthorized"}` from API Gateway\'s JWT authorizer (a problem from the local platform)',
      content: { 'application/json': { schema: GatewayMessageSchema }, 'application/problem+json': { schema: ProblemSchema } },
    };
    out['403'] = problem(`Not in group ${route.auth.join(' or ')}, or ${NOT_THROUGH_THE_SITE}`);
  } else {
    out['403'] ??= problem(`not-through-the-site: ${NOT_THROUGH_THE_SITE}`);
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
      // Nothing is licensed to others: package.json is private and the repository has no licence file. `LicenseRef-`
      // is SPDX's form for a licence outside its list; change this with the repository's licence, if it ever gets one.
      license: { name: 'Proprietary (no licence granted)', identifier: 'LicenseRef-Proprietary' },
    },
    // The paths carry their `/api` prefix and the API shares the site's origin (CloudFront sends /api/* to it; locally
    // one server does both), so the server is the origin the document was fetched from: a relative `/` resolves to it.
    servers: [{ url: '/', description: 'The site that served this document (the API is under /api on the same origin)' }],
    components: {
      securitySchemes: {
        cognito: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: "A Cognito (locally: the platform's) token with `cognito:groups`.",
        },
        manageToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            "The delegate's manage token: what follows `#token=` in the manage link (`manageUrl`); on the `/delegations/{code}` " +
            "routes, the focal point's delegation token, from the link in their invitation. Only as `Authorization: Bearer`; " +
            'a `?token=` query parameter is refused (400), since URLs land in access logs.',
        },
      },
    },
    paths,
  });
};
