import { BadgeQuery } from '../../shared/domain/badges/badge-requests.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { BADGE_PROSE, pdfResponse } from './route-prose.ts';

export const docs = () =>
  ({
    responses: {
      200: pdfResponse('The badge, one page'),
      409: problemAnswer('not-confirmed: the registration is not confirmed'),
    },
    openapi: {
      operationId: 'getBadge',
      summary: "One confirmed registration's badge as PDF",
      description: 'For reprinting a lost or damaged badge.' + BADGE_PROSE,
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/registrations/{id}/badge.pdf',
  auth: ['secretariat'],
  // PutItem: publishes the event's public key (only if absent).
  access: { dynamodb: ['GetItem', 'PutItem'], badgeSigningKey: true },
  request: { params: EventItemParams, query: BadgeQuery },
});
