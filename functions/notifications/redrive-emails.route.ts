import { RedriveBody, RedriveResultSchema } from '../../shared/domain/notifications/outbox-admin.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'How many were queued again, and how many were left alone', schema: RedriveResultSchema },
      409: problemAnswer('idempotency-key-in-flight'),
    },
    openapi: {
      operationId: 'redriveEmails',
      summary: 'Send again the emails that failed or got stuck; emails already sent are never sent twice',
      description:
        "Moves failed entries, entries whose sending lapsed, and pending entries older than `stuckAfterMinutes` (default 5) back to pending; the mailer picks them up from the stream. The body is optional. With `ids` (the console's selection, at most 100) only those emails are looked at, under the same rules, and `outcomes` says what became of each. A `suppressed` email is never sent: release its address first (`POST .../emails/{id}/release`), which makes it `failed`." +
        IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/emails/redrive',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'Query', 'UpdateItem'] },
  idempotent: { operation: 'redrive-emails', scope: 'event' },
  request: { params: EventParams, body: RedriveBody, bodyOptional: true },
});
