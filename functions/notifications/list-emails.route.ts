import { EmailListQuery, EmailViewSchema } from '../../shared/domain/notifications/outbox-admin.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { LIST_BAD_REQUEST, pageOf } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'One page of emails', schema: pageOf(EmailViewSchema) }, 400: LIST_BAD_REQUEST },
    openapi: {
      operationId: 'listEmails',
      summary: 'The event’s emails by delivery status (default `failed`), oldest first, paginated',
      description:
        'Statuses: `pending`, `sending`, `uncertain` (sent to SES without an answer: it may have arrived, and is settled by the retry sweep once SES confirms it or the confirmation window passes), `sent`, `failed`, `suppressed`.',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/emails',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'Query'] },
  request: { params: EventParams, query: EmailListQuery },
});
