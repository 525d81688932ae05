import { gunzipSync } from 'node:zlib';
import type * as z from 'zod/mini';
import { http, ok } from '../../shared/http/http-handler.ts';
import type { OpenApiDocumentSchema } from '../../shared/http/schemas.ts';
import { spec } from './openapi.route.ts';

// Built once per deployment from the route table, where the source tree is, and baked into this bundle (locally: set
// by the platform); functions/route-facts.ts says why. Typed as the schema the route publishes.
let document: z.input<typeof OpenApiDocumentSchema> | undefined;

const bakedDocument = (): z.input<typeof OpenApiDocumentSchema> => {
  const baked = process.env.PLENARY_OPENAPI_DOCUMENT;
  if (!baked) throw new Error('PLENARY_OPENAPI_DOCUMENT is not set: infra bakes it in, the local platform sets it');
  return JSON.parse(gunzipSync(Buffer.from(baked, 'base64')).toString('utf8')) as z.input<typeof OpenApiDocumentSchema>;
};

export const handler = http(spec, async () => {
  document ??= bakedDocument();
  return ok(document, { 'Cache-Control': 'public, max-age=300' });
});
