import { BadgesQuery, MAX_BADGES_PER_DOCUMENT } from '../../shared/domain/badges/badge-requests.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { BADGE_PROSE, pdfResponse } from './route-prose.ts';

export const docs = () =>
  ({
    responses: {
      200: pdfResponse('The badges, one page each'),
      404: problemAnswer('not-found: no such event, or no confirmed participant matches the filters'),
      422: problemAnswer(`too-many-badges: more than ${MAX_BADGES_PER_DOCUMENT} participants match; filter by delegation or category`),
    },
    openapi: {
      operationId: 'printBadges',
      summary: 'Badges of confirmed participants as one PDF, for printing',
      description:
        'One page per confirmed participant of the `delegation` and/or `category` (both optional), in the order of the list of ' +
        'participants: member states, then observers, in the event’s order, head of delegation first; accredited press last. ' +
        `At most ${MAX_BADGES_PER_DOCUMENT} badges per document (a Lambda answer is at most 6 MB): past that, 422 asks to print ` +
        'by delegation or category.' +
        BADGE_PROSE,
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/badges.pdf',
  auth: ['secretariat'],
  // Query: the event's confirmed registrations; PutItem: publishes the event's public key (only if absent).
  access: { dynamodb: ['GetItem', 'Query', 'PutItem'], badgeSigningKey: true },
  request: { params: EventParams, query: BadgesQuery },
});
