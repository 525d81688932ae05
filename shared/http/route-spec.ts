/**
 * A route spec: every fact about one HTTP endpoint, in the file beside its handler
 * (`functions/<capability>/<name>.route.ts` beside `<name>.ts`). The handler passes it to `http(spec, run)`, which
 * takes its auth, parsing, validation and idempotency from it; the route table (functions/routes.ts) finds every spec
 * file and derives the handler module and the capability from where it lives, so neither is ever spelled.
 * From the table, the CDK stack makes its HTTP API routes, functions and grants, the local server routes, and the
 * OpenAPI document is built.
 */
import type * as z from 'zod/mini';
import type { Capability, FunctionAccess } from '../function-access.ts';
import type { Group } from './auth.ts';
import type { IdempotentOperation } from './idempotent-operations.ts';

/** `ANY` only for the catch-all route that answers 404 and 405 (API Gateway's own answers are not problems). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'ANY';

/**
 * Who may call: anyone; the delegate holding the registration's manage token (`Authorization: Bearer <token>`,
 * checked by the use case: public as far as API Gateway is concerned); or the signed-in members of these groups
 * (the JWT authorizer, then the group check in `http`).
 */
export type RouteAuth = 'public' | 'manageToken' | readonly Group[];

export interface ResponseSpec {
  description: string;
  schema?: z.ZodMiniType;
  /** Defaults to application/json; problem answers are application/problem+json. */
  contentType?: string;
}

/** What the handler needs of its route, and the route table too: it is in every bundle of the handler. */
export interface RouteSpec {
  method: HttpMethod;
  /** Full path including the `/api` prefix, with `{param}` placeholders, e.g. `/api/events/{eventId}`. */
  path: string;
  auth: RouteAuth;
  /** What the function may touch (its idempotency operation is added from `idempotent`). */
  access: Omit<FunctionAccess, 'idempotency'>;
  /**
   * An Idempotency-Key makes retries safe: records under `IDEMPOTENCY#<operation>`, keyed by the client's key within
   * the scope (`event`: the event id; `delegation`: the event id and delegation code; `item`: the event and item ids;
   * `route`: the route as a whole, for a route about no event, such as inviting a colleague) and compared by body.
   * The operation is one of IDEMPOTENT_OPERATIONS (a new one is added there too: the retention job sweeps each).
   */
  idempotent?: { operation: IdempotentOperation; scope: 'event' | 'delegation' | 'item' | 'route' };
  /** `bodyOptional`: the route also takes no body at all (e.g. a redrive with its defaults). */
  request?: { params?: z.ZodMiniType; query?: z.ZodMiniType; body?: z.ZodMiniType; bodyOptional?: boolean };
}

/**
 * What only the OpenAPI document reads: the answers by status (the common problems are added by the document
 * builder) and the prose. A spec file exports it as a function, `docs`, so a handler's bundle drops it; its type
 * still reaches the handler through the spec, and types `run`'s result from the 2xx schemas.
 */
export interface RouteDocs {
  responses: Readonly<Record<number, ResponseSpec>>;
  openapi: { operationId: string; summary: string; description?: string; tags: string[] };
}

/** A spec that carries, as a type only, the docs of its file. */
export type RouteSpecWithDocs<S extends RouteSpec = RouteSpec, D extends RouteDocs = RouteDocs> = S & { readonly docs?: D };

/**
 * Checks a spec's shape while keeping its literal types, which `http(spec, run)` reads:
 * `export const spec = defineRoute<ReturnType<typeof docs>>()({ ... })`.
 */
export const defineRoute =
  <D extends RouteDocs>() =>
  <const S extends RouteSpec>(spec: S): RouteSpecWithDocs<S, D> =>
    spec;

/** A spec file as the route table imports it. */
export interface RouteModule {
  spec: RouteSpec;
  docs: () => RouteDocs;
}

/** One entry of the route table, as infra, the local gateway and the OpenAPI builder read it. */
export interface Route {
  method: HttpMethod;
  path: string;
  /** Module under functions/, without extension, exporting `handler`: e.g. `events/get-event`. */
  handler: string;
  /** `public`, or the Cognito groups admitted (the JWT authorizer guards every non-public route). */
  auth: 'public' | readonly Group[];
  capability: Capability;
  access: FunctionAccess;
  openapi: {
    operationId: string;
    summary: string;
    description?: string;
    tags: string[];
    request?: { body?: z.ZodMiniType; bodyOptional?: boolean; params?: z.ZodMiniType; query?: z.ZodMiniType; headers?: z.ZodMiniType };
    /** A public route that still needs a bearer token of its own: `manageToken`, the delegate's manage link. */
    security?: 'manageToken';
    /** Success responses; the common problem responses are added by the document builder. */
    responses: Readonly<Record<number, ResponseSpec>>;
  };
  /** The spec this entry was made from (absent for test fixtures written as entries). */
  spec?: RouteSpec;
}
