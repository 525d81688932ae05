import * as z from 'zod/mini';
import type { Route } from '../../shared/http/route-types.ts';
import { PublicEventSchema } from '../../shared/domain/event.ts';
import { EventParams } from '../../shared/domain/params.ts';

export const eventRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/events',
    handler: 'events/list-events',
    auth: 'public',
    capability: 'events',
    access: { table: 'read' },
    openapi: {
      operationId: 'listEvents',
      summary: 'Published events',
      tags: ['events'],
      responses: { 200: { description: 'The published events', schema: z.object({ items: z.array(PublicEventSchema) }) } },
    },
  },
  {
    method: 'GET',
    path: '/api/events/{eventId}',
    handler: 'events/get-event',
    auth: 'public',
    capability: 'events',
    access: { table: 'read' },
    openapi: {
      operationId: 'getEvent',
      summary: 'One published event: titles, dates, venue, languages, registration window, delegations, press contacts',
      tags: ['events'],
      request: { params: EventParams },
      responses: { 200: { description: 'The event', schema: PublicEventSchema } },
    },
  },
];
