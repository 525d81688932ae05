import type * as z from 'zod/mini';
import { http, ok } from '../../shared/http/http-handler.ts';
import { buildOpenApiDocument } from '../../shared/http/openapi.ts';
import type { OpenApiDocumentSchema } from '../../shared/http/schemas.ts';
import { env } from '../../shared/adapters/env.ts';
import { routes } from '../routes.ts';
import { spec } from './openapi.route.ts';

// Built once per process: the document only changes with a deployment. Typed as the schema the route publishes
// (zod-openapi's own types, stricter objects without index signatures, say the same).
let document: z.input<typeof OpenApiDocumentSchema> | undefined;

export const handler = http(spec, async () => {
  document ??= buildOpenApiDocument(routes, env.version) as z.input<typeof OpenApiDocumentSchema>;
  return ok(document, { 'Cache-Control': 'public, max-age=300' });
});
