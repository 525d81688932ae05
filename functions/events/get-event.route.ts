import { PublicEventSchema } from '../../shared/domain/event-config.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'The event', schema: PublicEventSchema } },
    openapi: {
      operationId: 'getEvent',
      summary: 'One published event: titles, dates, venue, languages, registration window, delegations, press contacts',
      tags: ['events'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/events/{eventId}',
  auth: 'public',
  access: { dynamodb: ['GetItem'] },
  request: { params: EventParams },
});
