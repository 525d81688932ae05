/**
 * Response schemas common to every route (for the OpenAPI document). Each is marked pure: a handler imports its
 * route spec, whose docs name these, and its bundle then drops whatever it does not use.
 */
import * as z from 'zod/mini';
import { DelegationKind, EventConfigBody } from '../domain/event-config.ts';

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

/** `GET /api/admin/events/{eventId}`: the whole configuration as PUT takes it, with its id and `updatedAt` (for If-Match). */
export const AdminEventSchema = /* @__PURE__ */ z
  .intersection(EventConfigBody, z.object({ id: z.string(), updatedAt: z.string() }))
  .register(z.globalRegistry, { id: 'AdminEvent' });

/** `GET /api/admin/events`: every event, published or not, newest first. */
export const AdminEventListSchema = /* @__PURE__ */ z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        titles: z.record(z.string(), z.string()),
        startDate: z.string(),
        endDate: z.string(),
        published: z.boolean(),
        registration: z.object({ opensAt: z.string(), closesAt: z.string() }),
        updatedAt: z.string(),
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'AdminEventList' });

/** `If-Match` on an edit: the `updatedAt` (or ETag) of the version the edit was made on. */
export const IfMatchHeaders = /* @__PURE__ */ z.object({ 'If-Match': z.optional(z.string()) });

/** The version an `If-Match` names: its value as an ETag (`"..."`, weak or not) or as the bare `updatedAt`. */
export const ifMatchOf = (headers: Record<string, string | undefined>): string | undefined =>
  headers['if-match']
    ?.trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');

/** `PUT /api/admin/events/{eventId}`: the stored configuration, its id and time, and how many waitlisted delegates it seated. */
export const StoredEventSchema = /* @__PURE__ */ z
  .intersection(EventConfigBody, z.object({ id: z.string(), updatedAt: z.string(), promotedFromWaitlist: z.int() }))
  .register(z.globalRegistry, { id: 'StoredEvent' });

/** `GET /api/admin/events/{eventId}/summary`, as `makeAdminRegistrations(...).summary` builds it. */
export const EventSummarySchema = /* @__PURE__ */ z
  .object({
    eventId: z.string(),
    capacity: z.int(),
    active: z.int(),
    available: z.int(),
    waitlisted: z.int(),
    byStatus: z.record(z.string(), z.int()),
    byDelegation: z.array(
      z.object({ code: z.string(), kind: DelegationKind, quota: z.int(), active: z.int(), available: z.int(), waitlisted: z.int() }),
    ),
    inquiriesByStatus: z.record(z.string(), z.int()),
    emails: z.object({ undelivered: z.int(), suppressed: z.int() }),
  })
  .register(z.globalRegistry, { id: 'EventSummary' });

/** A documented problem answer of one route (RFC 9457). */
export const problemAnswer = (description: string) => ({ description, contentType: 'application/problem+json', schema: ProblemSchema }) as const;
