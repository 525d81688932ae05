import { EventParams } from '../../shared/domain/params.ts';
import { InquiryBody } from '../../shared/domain/press/inquiry.ts';
import { InquiryAcceptedSchema } from '../../shared/domain/press/inquiry-view.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      202: { description: 'Received: the emails are on their way', schema: InquiryAcceptedSchema },
      409: problemAnswer('A request with this Idempotency-Key is still in progress'),
      429: problemAnswer('rate-limited: too many inquiries from this address or network this hour; see Retry-After'),
    },
    openapi: {
      operationId: 'submitInquiry',
      summary: 'A journalist sends a press inquiry',
      description:
        "Routed by the event's rules (first match on topic, language, country; else the default contact). The contact gets " +
        'an email with Reply-To the journalist; the journalist gets an acknowledgement in their language with the reference ' +
        "and the contact's public details. `language` must be one of the event's languages and `deadline` in the future. " +
        "At most the event's `press.hourlyLimit` inquiries per email address per hour, and `registration.clientLimitPerHour` " +
        'public POSTs per client (an IPv4 address, or an IPv6 /64): beyond, 429 rate-limited with Retry-After, and nothing is ' +
        'written or sent. The acknowledgement goes to an address at most once an hour, however many inquiries name it. ' +
        'Leave `website` empty.',
      tags: ['press'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/events/{eventId}/inquiries',
  auth: 'public',
  access: { dynamodb: ['GetItem', 'UpdateItem', 'PutItem'], manageLinkKey: ['rate-limit-hmac'] },
  idempotent: { operation: 'submit-inquiry', scope: 'event' },
  request: { params: EventParams, body: InquiryBody },
});
