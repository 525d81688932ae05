import * as z from 'zod/mini';
import { EventParams } from '../../shared/domain/params.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';

/** Only the OpenAPI document reads it: pure, so the handler's bundle drops it. */
const SummarySchema = /* @__PURE__ */ z
  .object({
    eventId: z.string(),
    capacity: z.int(),
    active: z.int(),
    available: z.int(),
    waitlisted: z.int(),
    byStatus: z.record(z.string(), z.int()),
    byDelegation: z.array(
      z.object({ code: z.string(), kind: z.string(), quota: z.int(), active: z.int(), available: z.int(), waitlisted: z.int() }),
    ),
    inquiriesByStatus: z.record(z.string(), z.int()),
    emails: z.object({ undelivered: z.int(), suppressed: z.int() }),
  })
  .register(z.globalRegistry, { id: 'EventSummary' });

export const docs = () =>
  ({
    responses: { 200: { description: 'The summary', schema: SummarySchema } },
    openapi: {
      operationId: 'getEventSummary',
      summary: 'Counts by status and by delegation against quotas and capacity, inquiries by status, undelivered emails',
      description: 'Active seats come from the same counters the registration transactions are conditioned on.',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  file: import.meta.url,
  method: 'GET',
  path: '/api/admin/events/{eventId}/summary',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'Query'] },
  request: { params: EventParams },
});
