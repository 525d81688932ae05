import { EmailViewSchema } from '../../shared/domain/notifications/outbox-admin.ts';
import { ReleaseBody } from '../../shared/domain/notifications/suppression-release.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'The email, now `failed` with its `release`: redrive sends it', schema: EmailViewSchema },
      404: problemAnswer('not-found: no such email in this event'),
      409: problemAnswer('not-suppressed (the email is not held back for a suppressed address) or idempotency-key-in-flight'),
    },
    openapi: {
      operationId: 'releaseSuppressedEmail',
      summary: 'Take the address of a suppressed email off the suppression list, with a reason, so the email can be redriven',
      description:
        'The suppression list is shared by every event (an address that bounced bounces for all), so an address is released through ' +
        'one of this event’s suppressed emails: an officer releases only an address their event wrote to, and never types or looks one up. ' +
        'In one transaction the address leaves the list, the release (who, when, why, and the bounce or complaint lifted) is kept in the ' +
        'address’s release history, and the email moves to `failed`; `POST .../emails/redrive` then sends it. Other emails held back for the ' +
        'same address stay `suppressed` until released the same way (the address is already off the list by then). A new bounce or ' +
        'complaint puts the address back on the list.' +
        IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/emails/{id}/release',
  auth: ['secretariat'],
  // GetItem: the email and the suppression; the transaction: Update (the email), Delete (the suppression), Put (the release record).
  access: { dynamodb: ['GetItem', 'UpdateItem', 'DeleteItem', 'PutItem'] },
  idempotent: { operation: 'release-suppressed-email', scope: 'item' },
  request: { params: EventItemParams, body: ReleaseBody },
});
