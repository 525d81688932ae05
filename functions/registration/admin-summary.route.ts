import { EventParams } from '../../shared/domain/params.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { EventSummarySchema } from '../../shared/http/event-schemas.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'The summary', schema: EventSummarySchema } },
    openapi: {
      operationId: 'getEventSummary',
      summary: 'Counts by status and by delegation against quotas and capacity, inquiries by status, undelivered emails',
      description: 'Active seats come from the same counters the registration transactions are conditioned on.',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/summary',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'Query'] },
  request: { params: EventParams },
});
