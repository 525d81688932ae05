/**
 * The route table: every HTTP route of Plenary, one spec each, found where it lives: every
 * `functions/<capability>/<name>.route.ts`, beside its handler `<name>.ts`. Adding a route is writing those two
 * files; nothing here names them. The CDK stack (infra/) builds API Gateway routes, functions and grants from the
 * table, the local server (local/) routes by it and the OpenAPI document is built from it, so none of them can drift.
 *
 * The table reads the file system, so it exists only where the source tree does (infra, the local platform, tests,
 * benchmarks). The two Lambda functions that need facts of it at runtime (the OpenAPI document, the catch-all) get
 * them baked in at bundle time instead: functions/route-facts.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CAPABILITIES, type Capability } from '../shared/function-access.ts';
import * as z from 'zod/mini';
import { IdempotencyKey } from '../shared/http/idempotency-key.ts';
import { problemAnswer } from '../shared/http/schemas.ts';
import type { HttpMethod, Route, RouteDocs, RouteModule, RouteSpec } from '../shared/http/route-spec.ts';

// Said once, here, for every idempotent route (and so in no handler's bundle).
const IdempotencyHeaders = z.object({ 'Idempotency-Key': z.optional(IdempotencyKey) });
const IDEMPOTENCY_KEY_REUSED = problemAnswer('idempotency-key-reused: this Idempotency-Key came with another body');

/** Where a spec file lives: `registration/register.route.ts` is the handler `registration/register`. */
interface SpecLocation {
  capability: Capability;
  handler: string;
}

const SPEC_FILE = /^([\w-]+)\.route\.ts$/;

/** Every `<capability>/<name>.route.ts` under functions/; a spec in a folder that is no capability is a mistake. */
const findSpecFiles = (functionsDir: string): SpecLocation[] =>
  readdirSync(functionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap(({ name: folder }) =>
      readdirSync(join(functionsDir, folder))
        .map((file) => SPEC_FILE.exec(file)?.[1])
        .filter((name) => name !== undefined)
        .map((name) => {
          const capability = folder as Capability;
          if (!CAPABILITIES.includes(capability)) {
            throw new Error(
              `functions/${folder}/${name}.route.ts: a route spec lives at functions/<capability>/<name>.route.ts, with a capability of shared/function-access.ts`,
            );
          }
          return { capability, handler: `${folder}/${name}` };
        }),
    );

/** The table's entry for a spec file, found at `location`. */
export const routeOf = ({ spec, docs }: RouteModule, { capability, handler }: SpecLocation): Route => {
  const { request, idempotent } = spec;
  const { responses, openapi }: RouteDocs = docs();
  return {
    method: spec.method,
    path: spec.path,
    handler,
    capability,
    auth: spec.auth === 'manageToken' ? 'public' : spec.auth,
    access: { ...spec.access, ...(idempotent ? { idempotency: idempotent.operation } : {}) },
    openapi: {
      ...openapi,
      ...(spec.auth === 'manageToken' ? { security: 'manageToken' as const } : {}),
      ...(request || idempotent ? { request: { ...request, ...(idempotent ? { headers: IdempotencyHeaders } : {}) } } : {}),
      // Every idempotent route can answer 422 for a key reused with another body: said once, here.
      responses: idempotent ? { 422: IDEMPOTENCY_KEY_REUSED, ...responses } : responses,
    },
    spec,
  };
};

const METHOD_ORDER: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'ANY'];
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The document's order, the same on every machine: by capability (as CAPABILITIES lists them), then path, then method. */
const byDocumentOrder = (a: Route, b: Route) =>
  CAPABILITIES.indexOf(a.capability) - CAPABILITIES.indexOf(b.capability) ||
  compareText(a.path, b.path) ||
  METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method);

const FUNCTIONS_DIR = import.meta.dirname;

/** Every route, in the OpenAPI document's order. */
export const routes: readonly Route[] = (
  await Promise.all(
    findSpecFiles(FUNCTIONS_DIR).map(async (location) => {
      const module = (await import(pathToFileURL(join(FUNCTIONS_DIR, `${location.handler}.route.ts`)).href)) as RouteModule;
      return routeOf(module, location);
    }),
  )
).sort(byDocumentOrder);

export const specs: readonly RouteSpec[] = routes.flatMap((route) => (route.spec ? [route.spec] : []));
