import { OwnBadgeQuery } from '../../shared/domain/badges/badge-requests.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { MANAGE } from '../registration/route-prose.ts';
import { BADGE_PROSE, pdfResponse } from './route-prose.ts';

export const docs = () =>
  ({
    responses: {
      200: pdfResponse('The badge, one page'),
      409: problemAnswer('not-confirmed: the registration is not confirmed (yet)'),
    },
    openapi: {
      operationId: 'getOwnBadge',
      summary: 'The delegate downloads their own badge as PDF, once confirmed',
      description: 'The manage page fetches it with the bearer token and offers it as a download.' + BADGE_PROSE + MANAGE,
      tags: ['registration'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/events/{eventId}/registrations/{id}/badge.pdf',
  auth: 'manageToken',
  // PutItem: publishes the event's public key (only if absent).
  access: { dynamodb: ['GetItem', 'PutItem'], badgeSigningKey: true },
  request: { params: EventItemParams, query: OwnBadgeQuery },
});
