import { EventItemParams } from '../../shared/domain/params.ts';
import { InquirySchema } from '../../shared/domain/press/inquiry-view.ts';
import { StatusChangeBody } from '../../shared/domain/press/status-change.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'The inquiry after the change', schema: InquirySchema },
      409: problemAnswer('Not allowed from the current status, changed by someone else meanwhile, or idempotency-key-in-flight'),
    },
    openapi: {
      operationId: 'changeInquiryStatus',
      summary: 'Acknowledge, answer, close or reopen (back to acknowledged) an inquiry, with a note',
      description:
        'Answered and closed inquiries earn no more reminders; reopening restarts the response clock. 409 for a change that is not allowed.' +
        IDEMPOTENCY_NOTE,
      tags: ['press'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/inquiries/{id}/status',
  auth: ['press', 'secretariat'],
  access: { dynamodb: ['GetItem', 'PutItem'] },
  idempotent: { operation: 'change-inquiry-status', scope: 'item' },
  request: { params: EventItemParams, body: StatusChangeBody },
});
