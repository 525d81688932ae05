import { http, ok } from '../../shared/http/http-handler.ts';
import { buildOpenApiDocument } from '../../shared/http/openapi.ts';
import { env } from '../../shared/adapters/env.ts';
import { routes } from '../routes.ts';

// Built once per process: the document only changes with a deployment.
let document: unknown;

export const handler = http({}, async () => {
  document ??= buildOpenApiDocument(routes, env.version);
  return ok(document, { 'Cache-Control': 'public, max-age=300' });
});
