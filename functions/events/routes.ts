import * as z from 'zod/mini';
import type { Route } from '../../shared/http/route-types.ts';
import { EventConfigBody, PublicEventSchema } from '../../shared/domain/event-config.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { ProblemSchema, StoredEventSchema } from '../../shared/http/schemas.ts';

export const eventRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/events',
    handler: 'events/list-events',
    auth: 'public',
    capability: 'events',
    access: { dynamodb: ['Query'] },
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
    access: { dynamodb: ['GetItem'] },
    openapi: {
      operationId: 'getEvent',
      summary: 'One published event: titles, dates, venue, languages, registration window, delegations, press contacts',
      tags: ['events'],
      request: { params: EventParams },
      responses: { 200: { description: 'The event', schema: PublicEventSchema } },
    },
  },
  {
    method: 'PUT',
    path: '/api/admin/events/{eventId}',
    handler: 'events/put-event',
    auth: ['secretariat'],
    capability: 'events',
    access: { dynamodb: ['GetItem', 'PutItem', 'UpdateItem', 'Query', 'DeleteItem', 'ConditionCheckItem'] },
    openapi: {
      operationId: 'putEvent',
      summary: 'Create or replace an event\'s configuration',
      description:
        'Validated as strictly as a registration: unknown fields refused, every bad field named, cross-field rules checked ' +
        '(dates in order, default language among the languages, distinct delegation codes of the right kind, contacts that exist). ' +
        'Lowering capacity or quotas takes no seat from anyone who holds one; raising them promotes waitlisted delegates who now ' +
        'fit, oldest first (each one is emailed).',
      tags: ['secretariat'],
      request: { params: EventParams, body: EventConfigBody },
      responses: {
        200: { description: 'Replaced', schema: StoredEventSchema },
        201: { description: 'Created', schema: StoredEventSchema },
        503: { description: 'busy: retry after Retry-After', contentType: 'application/problem+json', schema: ProblemSchema },
      },
    },
  },
];
