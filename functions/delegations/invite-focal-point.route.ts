import { DelegationParams, FocalPointCreatedSchema, InviteFocalPointBody } from '../../shared/domain/delegations/focal-point.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      201: { description: 'Invited; the invitation email is on its way', schema: FocalPointCreatedSchema },
      404: problemAnswer('not-found: no such event, or no such delegation in it'),
      409: problemAnswer('idempotency-key-in-flight'),
    },
    openapi: {
      operationId: 'inviteFocalPoint',
      summary: 'Invite a focal point to nominate a delegation',
      description:
        "The focal point is emailed, in `language` (one of the event's), a private link to the delegation's page, " +
        '`/delegations/{eventId}/{code}#token=...`, and the deadline (`registration.nominationsCloseAt`, else the end of ' +
        'registration). The token is derived from a secret key and stored only as a hash; the email is written in the same ' +
        'transaction as the focal point and its history entry (who invited, when). A delegation may have several focal points.' +
        IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/delegations/{code}/focal-points',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'PutItem'], manageLinkKey: ['derives-manage-links'] },
  idempotent: { operation: 'invite-focal-point', scope: 'delegation' },
  request: { params: DelegationParams, body: InviteFocalPointBody },
});
