import { EventParams } from '../../shared/domain/params.ts';
import { ROSTER_DEFAULT_LIMIT, ROSTER_MAX_LIMIT, RosterQuery } from '../../shared/domain/venue/requests.ts';
import { CheckInRosterSchema } from '../../shared/domain/venue/roster-entry.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { LIST_BAD_REQUEST } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: {
        description: 'One page of the roster',
        schema: CheckInRosterSchema,
      },
      400: LIST_BAD_REQUEST,
    },
    openapi: {
      operationId: 'getCheckInRoster',
      summary: 'The roster a door device keeps offline: confirmed participants, whether they checked in, the badge public key',
      description:
        'Confirmed participants only, in arrival order (a cancelled participant disappears on the next refresh), each with ' +
        "what the door shows (name, delegation or outlet, role, category, desk code) and `checkedIn` (the first check-in's " +
        "time and device, or null). `publicKey` is the event's badge key (raw Ed25519, base64url) the device verifies " +
        'check-in codes with offline; null until the first badge of the event is made. ' +
        `\`limit\` 1-${ROSTER_MAX_LIMIT}, default ${ROSTER_DEFAULT_LIMIT} (a device downloads the whole roster: larger pages, fewer round trips), ` +
        'and the opaque `cursor` of the previous page; a cursor from any other list is a 400 invalid-cursor.',
      tags: ['venue'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/check-in/roster',
  auth: ['secretariat', 'checkin'],
  access: { dynamodb: ['GetItem', 'Query', 'BatchGetItem'] },
  request: { params: EventParams, query: RosterQuery },
});
