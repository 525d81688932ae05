import type * as z from 'zod/mini';
import type { Route } from '../../shared/http/route-types.ts';
import { EmailListQuery, EmailViewSchema, RedriveBody, RedriveResultSchema } from '../../shared/domain/notifications/outbox-admin.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { LIST_BAD_REQUEST, ProblemSchema, pageOf } from '../../shared/http/schemas.ts';
import { IDEMPOTENCY_NOTE, IdempotencyHeaders } from '../../shared/http/idempotency-key.ts';

export const notificationRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/admin/events/{eventId}/emails',
    handler: 'notifications/list-emails',
    auth: ['secretariat'],
    capability: 'notifications',
    access: { dynamodb: ['GetItem', 'Query'] },
    openapi: {
      operationId: 'listEmails',
      summary: 'The event’s emails by delivery status (default `failed`), oldest first, paginated',
      description:
        'Statuses: `pending`, `sending`, `uncertain` (sent to SES without an answer: it may have arrived, and is settled by the retry sweep once SES confirms it or the confirmation window passes), `sent`, `failed`, `suppressed`.',
      tags: ['secretariat'],
      request: { params: EventParams, query: EmailListQuery },
      responses: { 200: { description: 'One page of emails', schema: pageOf(EmailViewSchema) }, 400: LIST_BAD_REQUEST },
    },
  },
  {
    method: 'POST',
    path: '/api/admin/events/{eventId}/emails/redrive',
    handler: 'notifications/redrive-emails',
    auth: ['secretariat'],
    capability: 'notifications',
    access: { dynamodb: ['GetItem', 'Query', 'UpdateItem'], idempotency: 'redrive-emails' },
    openapi: {
      operationId: 'redriveEmails',
      summary: 'Send again the emails that failed or got stuck; emails already sent are never sent twice',
      description:
        'Moves failed entries, entries whose sending lapsed, and pending entries older than `stuckAfterMinutes` (default 5) back to pending; the mailer picks them up from the stream. The body is optional.' +
        IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
      request: { params: EventParams, body: RedriveBody as unknown as z.ZodMiniType, bodyOptional: true, headers: IdempotencyHeaders },
      responses: {
        200: { description: 'How many were queued again, and how many were left alone', schema: RedriveResultSchema },
        409: { description: 'idempotency-key-in-flight', contentType: 'application/problem+json', schema: ProblemSchema },
        422: { description: 'idempotency-key-reused', contentType: 'application/problem+json', schema: ProblemSchema },
      },
    },
  },
];
