/**
 * Response schemas common to every route (for the OpenAPI document). Each is marked pure: a handler imports its
 * route spec, whose docs name these, and its bundle then drops whatever it does not use. Nothing here imports the
 * domain: a module with schemas that are not pure (the event configuration's) would stay in every bundle, the
 * health check's too; the event's answers live in event-schemas.ts.
 */
import * as z from 'zod/mini';

export const ProblemSchema = /* @__PURE__ */ z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.optional(z.string()),
    errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  })
  .register(z.globalRegistry, { id: 'Problem', description: 'RFC 9457 problem details' });

/** What API Gateway answers on its own, before any function runs: the JWT authorizer's 401 is `{"message":"Unauthorized"}`. */
export const GatewayMessageSchema = /* @__PURE__ */ z.object({ message: z.string() }).register(z.globalRegistry, {
  id: 'GatewayMessage',
  description: 'An answer API Gateway gives itself (not a problem document), e.g. `{"message":"Unauthorized"}`',
});

export const HealthSchema = /* @__PURE__ */ z.object({ status: z.literal('ok'), version: z.string() }).register(z.globalRegistry, { id: 'Health' });

/** `GET /api/openapi.json`: the document itself, described by its top level (the rest is OpenAPI 3.1's own schema). */
export const OpenApiDocumentSchema = /* @__PURE__ */ z
  .looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.optional(z.record(z.string(), z.unknown())),
  })
  .register(z.globalRegistry, { id: 'OpenApiDocument', description: 'An OpenAPI 3.1 document (https://spec.openapis.org/oas/v3.1.0)' });

export const pageOf = <S extends z.ZodMiniType>(item: S) => z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });

/** The 400 of every paginated list: a bad filter or limit, or a cursor the list did not issue (docs/data-model.md, "List cursors"). */
export const LIST_BAD_REQUEST = {
  description:
    '`/problems/validation-failed` naming each bad query field, or `/problems/invalid-cursor` when `cursor` was not issued by this list ' +
    '(forged, truncated, from another event, index or filter): start again without a cursor.',
  contentType: 'application/problem+json',
  schema: ProblemSchema,
} as const;

/** A documented problem answer of one route (RFC 9457). */
export const problemAnswer = (description: string) => ({ description, contentType: 'application/problem+json', schema: ProblemSchema }) as const;
