import type { Route } from '../../shared/http/route-types.ts';
import { EventItemParams, EventParams } from '../../shared/domain/params.ts';
import { InquiryBody } from '../../shared/domain/press/inquiry.ts';
import { InquiryListQuery } from '../../shared/domain/press/inquiry-list-query.ts';
import { InquiryAcceptedSchema, InquirySchema, InquiryWithHistorySchema } from '../../shared/domain/press/inquiry-view.ts';
import { StatusChangeBody } from '../../shared/domain/press/status-change.ts';
import { LIST_BAD_REQUEST, ProblemSchema, pageOf } from '../../shared/http/schemas.ts';
import { IDEMPOTENCY_NOTE, IdempotencyHeaders } from '../../shared/http/idempotency-key.ts';

const PRESS_GROUPS = ['press', 'secretariat'] as const;

export const pressRoutes: Route[] = [
  {
    method: 'POST',
    path: '/api/events/{eventId}/inquiries',
    handler: 'press/submit-inquiry',
    auth: 'public',
    capability: 'press',
    access: { dynamodb: ['GetItem', 'UpdateItem', 'PutItem'], idempotency: 'submit-inquiry', manageLinkKey: ['rate-limit-hmac'] },
    openapi: {
      operationId: 'submitInquiry',
      summary: 'A journalist sends a press inquiry',
      description:
        'Routed by the event\'s rules (first match on topic, language, country; else the default contact). The contact gets ' +
        'an email with Reply-To the journalist; the journalist gets an acknowledgement in their language with the reference ' +
        'and the contact\'s public details. `language` must be one of the event\'s languages and `deadline` in the future. ' +
        'At most the event\'s `press.hourlyLimit` inquiries per email address per hour, and `registration.clientLimitPerHour` ' +
        'public POSTs per client (an IPv4 address, or an IPv6 /64): beyond, 429 rate-limited with Retry-After, and nothing is ' +
        'written or sent. The acknowledgement goes to an address at most once an hour, however many inquiries name it. ' +
        'Leave `website` empty.',
      tags: ['press'],
      request: { params: EventParams, body: InquiryBody, headers: IdempotencyHeaders },
      responses: {
        202: { description: 'Received: the emails are on their way', schema: InquiryAcceptedSchema },
        409: { description: 'A request with this Idempotency-Key is still in progress', contentType: 'application/problem+json', schema: ProblemSchema },
        422: { description: 'This Idempotency-Key was used with another body', contentType: 'application/problem+json', schema: ProblemSchema },
        429: { description: 'rate-limited: too many inquiries from this address or network this hour; see Retry-After', contentType: 'application/problem+json', schema: ProblemSchema },
      },
    },
  },
  {
    method: 'GET',
    path: '/api/admin/events/{eventId}/inquiries',
    handler: 'press/list-inquiries',
    auth: PRESS_GROUPS,
    capability: 'press',
    access: { dynamodb: ['GetItem', 'Query'] },
    openapi: {
      operationId: 'listInquiries',
      summary: 'Press inquiries, newest first, filtered by status, routed contact and topic; paginated',
      tags: ['press'],
      request: { params: EventParams, query: InquiryListQuery },
      responses: { 200: { description: 'A page of inquiries', schema: pageOf(InquirySchema) }, 400: LIST_BAD_REQUEST },
    },
  },
  {
    method: 'GET',
    path: '/api/admin/events/{eventId}/inquiries/{id}',
    handler: 'press/get-inquiry',
    auth: PRESS_GROUPS,
    capability: 'press',
    access: { dynamodb: ['Query'] },
    openapi: {
      operationId: 'getInquiry',
      summary: 'One inquiry with its history (who did what, when)',
      tags: ['press'],
      request: { params: EventItemParams },
      responses: { 200: { description: 'The inquiry', schema: InquiryWithHistorySchema } },
    },
  },
  {
    method: 'POST',
    path: '/api/admin/events/{eventId}/inquiries/{id}/status',
    handler: 'press/change-inquiry-status',
    auth: PRESS_GROUPS,
    capability: 'press',
    access: { dynamodb: ['GetItem', 'PutItem'], idempotency: 'change-inquiry-status' },
    openapi: {
      operationId: 'changeInquiryStatus',
      summary: 'Acknowledge, answer, close or reopen (back to acknowledged) an inquiry, with a note',
      description:
        'Answered and closed inquiries earn no more reminders; reopening restarts the response clock. 409 for a change that is not allowed.' +
        IDEMPOTENCY_NOTE,
      tags: ['press'],
      request: { params: EventItemParams, body: StatusChangeBody, headers: IdempotencyHeaders },
      responses: {
        200: { description: 'The inquiry after the change', schema: InquirySchema },
        409: { description: 'Not allowed from the current status, changed by someone else meanwhile, or idempotency-key-in-flight', contentType: 'application/problem+json', schema: ProblemSchema },
        422: { description: 'idempotency-key-reused', contentType: 'application/problem+json', schema: ProblemSchema },
      },
    },
  },
];
