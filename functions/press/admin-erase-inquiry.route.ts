import { EventItemParams } from '../../shared/domain/params.ts';
import { AdminErasureBody } from '../../shared/domain/personal-data/requests.ts';
import { InquirySchema } from '../../shared/domain/press/inquiry-view.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'The inquiry after the erasure', schema: InquirySchema },
      409: problemAnswer('already-erased or idempotency-key-in-flight'),
      503: problemAnswer('busy: retry after Retry-After'),
    },
    openapi: {
      operationId: 'eraseInquiry',
      summary: "Erase a journalist's personal data from an inquiry, with a reason",
      description:
        'For a journalist who asked (usually by email): their name, email, phone, outlet and country, the subject, the message ' +
        'and the notes of the history are erased; emails not yet sent are dropped and sent ones keep only their kind and dates; ' +
        'no more reminders are sent. Kept for the statistics: the reference, topic, language, dates, status and routing. ' +
        "The `reason` is kept in the history beside the officer's name." +
        IDEMPOTENCY_NOTE,
      tags: ['press'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/events/{eventId}/inquiries/{id}/erase',
  auth: ['press', 'secretariat'],
  access: { dynamodb: ['GetItem', 'Query', 'PutItem', 'DeleteItem'] },
  idempotent: { operation: 'erase-inquiry', scope: 'item' },
  request: { params: EventItemParams, body: AdminErasureBody },
});
