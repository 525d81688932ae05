import { AdminDelegationListSchema } from '../../shared/domain/delegations/focal-point.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: "Every delegation of the event, in the configuration's order", schema: AdminDelegationListSchema },
      404: problemAnswer('not-found: no such event'),
    },
    openapi: {
      operationId: 'listDelegations',
      summary: 'Each delegation: status, quota and use, head named or not, focal points',
      description:
        '`status`: `not_invited` (no focal point whose link works), `invited` (a focal point, no place used yet), `nominating` ' +
        '(places in use), then from its dossier `submitted` (the focal point sent the list), `returned` (sent back with a reason) ' +
        'or `accredited`; `noteVerbale`: the note verbale attached, or null. `used` counts ' +
        'the places held now (pending approval or confirmed) from the same counters the registration transactions are ' +
        'conditioned on. Focal points are listed with who invited or revoked them, never with their token. Not paginated: an ' +
        "event's delegations are bounded by its configuration (at most 500).",
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/delegations',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'Query'] },
  request: { params: EventParams },
});
