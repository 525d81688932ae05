/**
 * What two Lambda functions need of the route table at runtime: the OpenAPI document (functions/platform/openapi.ts)
 * and each path's methods (the catch-all, functions/platform/no-route.ts, answers 405 with `Allow` from them).
 *
 * The table finds its specs on the file system (functions/routes.ts), which a Lambda bundle does not have, and would
 * bring every spec and zod schema into those two bundles. So the facts are computed where the source tree is and
 * handed over as `process.env.<NAME>`: infra bakes them into the bundles (esbuild's `define` replaces each
 * `process.env.<NAME>` with its value as a string literal), and the local platform, which runs the handlers in its
 * own process, sets them in `process.env`.
 */
import { gzipSync } from 'node:zlib';
import { buildOpenApiDocument } from '../shared/http/openapi.ts';
import type { HttpMethod, Route } from '../shared/http/route-spec.ts';

export interface RouteFacts {
  /**
   * The document's JSON, gzipped and in base64: some 10 KB instead of 100 KB, so the bundle stays small and the
   * value stays far below the 128 KiB one argument of esbuild's command line (`--define:…`) may have.
   */
  PLENARY_OPENAPI_DOCUMENT: string;
  /** `{ "/api/events/{eventId}": ["GET", "PUT"], … }` as JSON, the catch-all itself left out. */
  PLENARY_ROUTE_METHODS: string;
}

export const routeFacts = (routes: readonly Route[], version: string): RouteFacts => {
  const methods: Record<string, HttpMethod[]> = {};
  for (const route of routes.filter((r) => r.method !== 'ANY')) (methods[route.path] ??= []).push(route.method);
  return {
    PLENARY_OPENAPI_DOCUMENT: gzipSync(JSON.stringify(buildOpenApiDocument(routes, version))).toString('base64'),
    PLENARY_ROUTE_METHODS: JSON.stringify(methods),
  };
};

/** The facts as esbuild's `define` takes them: `process.env.<NAME>` to a JavaScript string literal. */
export const routeFactsDefine = (facts: RouteFacts): Record<string, string> =>
  Object.fromEntries(Object.entries(facts).map(([name, value]) => [`process.env.${name}`, JSON.stringify(value)]));
