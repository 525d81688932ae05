import type { Route } from '../../shared/http/route-types.ts';
import { EventParams } from '../../shared/domain/params.ts';

export const registrationRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/admin/events/{eventId}/summary',
    handler: 'registration/admin-summary',
    auth: ['secretariat'],
    capability: 'registration',
    access: { table: 'read' },
    openapi: {
      operationId: 'getEventSummary',
      summary: 'Counts by status and by delegation against quotas and capacity, inquiries by status, undelivered emails',
      tags: ['secretariat'],
      request: { params: EventParams },
      responses: { 200: { description: 'The summary' } },
    },
  },
];
