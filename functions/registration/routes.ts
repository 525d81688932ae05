import * as z from 'zod/mini';
import type { Route } from '../../shared/http/route-types.ts';
import { EventItemParams, EventParams } from '../../shared/domain/params.ts';
import { RegistrationPatch } from '../../shared/domain/registration/patch.ts';
import { RegistrationBody } from '../../shared/domain/registration/registration.ts';
import { AdminCancelBody, DecisionBody, DelegateCancelBody, ParticipantsCsvQuery, RegistrationListQuery } from '../../shared/domain/registration/requests.ts';
import {
  AdminRegistrationSchema,
  AdminRegistrationWithHistorySchema,
  DelegateRegistrationSchema,
  RegisteredSchema,
} from '../../shared/domain/registration/views.ts';
import { EventSummarySchema, LIST_BAD_REQUEST, ProblemSchema, pageOf } from '../../shared/http/schemas.ts';
import { ManageQuery } from './request-parts.ts';
import { IDEMPOTENCY_NOTE, IdempotencyHeaders } from '../../shared/http/idempotency-key.ts';

const SECRETARIAT = ['secretariat'] as const;
const problem = (description: string) => ({ description, contentType: 'application/problem+json', schema: ProblemSchema });

const RATE_LIMITED = problem('rate-limited: past the event\'s hourly limit for this client or address; nothing was written or sent. Retry after Retry-After');

const MANAGE =
  ' Needs the manage token the delegate received, as `Authorization: Bearer <token>` (the token is what follows `#token=` ' +
  'in `manageUrl`). No token, a wrong one or another registration\'s: 404, exactly as for an id that does not exist. ' +
  'Never in the URL: a `token` query parameter is refused with 400 (`query.token`), whatever its value, because URLs are ' +
  'kept in access logs.';

export const registrationRoutes: Route[] = [
  {
    method: 'POST',
    path: '/api/events/{eventId}/registrations',
    handler: 'registration/register',
    auth: 'public',
    capability: 'registration',
    access: { dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'ConditionCheckItem'], idempotency: 'register-delegate', manageLinkKey: ['derives-manage-links', 'rate-limit-hmac'] },
    openapi: {
      operationId: 'register',
      summary: 'A delegate registers',
      description:
        '`pending_approval` where the secretariat approves each delegate, else `confirmed`; `waitlisted` where the event or the ' +
        'delegation is full and the event keeps a waiting list. `delegation` must be one of the event\'s, `role` fit its kind ' +
        '(member states: head_of_delegation, delegate, adviser; observers: observer) and `language` be one of the event\'s. ' +
        'Emails are compared trimmed and case-insensitively; an email on the waiting list counts as registered, and a head of ' +
        'delegation on the waiting list holds the delegation\'s head place. `manageUrl` carries the only copy of the manage token. ' +
        'Rate limited per hour: per client (an IPv4 address, or an IPv6 /64; the event\'s `registration.clientLimitPerHour`, default 100, ' +
        'shared with every public POST of the event) and per participant email address (`registration.emailLimitPerHour`, default 5); ' +
        'refused attempts count too, replays of an Idempotency-Key do not.' +
        IDEMPOTENCY_NOTE,
      tags: ['registration'],
      request: { params: EventParams, body: RegistrationBody, headers: IdempotencyHeaders },
      responses: {
        201: { description: 'Registered (or waitlisted); the acknowledgement email is on its way', schema: RegisteredSchema },
        409: problem('already-registered, head-of-delegation-taken, registration-closed, event-full, or idempotency-key-in-flight'),
        422: problem('idempotency-key-reused: this Idempotency-Key came with another body'),
        429: RATE_LIMITED,
        503: problem('busy: too many changes at once; retry after Retry-After'),
      },
    },
  },
  {
    method: 'GET',
    path: '/api/events/{eventId}/registrations/{id}',
    handler: 'registration/get-own-registration',
    auth: 'public',
    capability: 'registration',
    access: { dynamodb: ['GetItem'] },
    openapi: {
      operationId: 'getOwnRegistration',
      security: 'manageToken',
      summary: 'The delegate reads their own registration',
      description: MANAGE.trim(),
      tags: ['registration'],
      request: { params: EventItemParams, query: ManageQuery },
      responses: { 200: { description: 'The registration', schema: DelegateRegistrationSchema } },
    },
  },
  {
    method: 'PATCH',
    path: '/api/events/{eventId}/registrations/{id}',
    handler: 'registration/update-own-registration',
    auth: 'public',
    capability: 'registration',
    access: { dynamodb: ['GetItem', 'PutItem', 'DeleteItem'] },
    openapi: {
      operationId: 'updateOwnRegistration',
      security: 'manageToken',
      summary: 'The delegate corrects contact details (email, phone), needs or language',
      description:
        'Only `participant.email`, `participant.phone`, `needs` and `language`; any other field (status, delegation, role, names, ' +
        'ids) is refused as unknown (400). A new email must not be registered already (409 already-registered). Not possible ' +
        'once declined or cancelled (409 invalid-transition).' +
        MANAGE,
      tags: ['registration'],
      request: { params: EventItemParams, query: ManageQuery, body: RegistrationPatch },
      responses: {
        200: { description: 'The corrected registration', schema: DelegateRegistrationSchema },
        409: problem('already-registered (the new email) or invalid-transition'),
      },
    },
  },
  {
    method: 'POST',
    path: '/api/events/{eventId}/registrations/{id}/cancel',
    handler: 'registration/cancel-own-registration',
    auth: 'public',
    capability: 'registration',
    access: { dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'DeleteItem', 'ConditionCheckItem'], idempotency: 'cancel-own-registration', manageLinkKey: ['rate-limit-hmac'] },
    openapi: {
      operationId: 'cancelOwnRegistration',
      security: 'manageToken',
      summary: 'The delegate cancels',
      description:
        'Frees the seat; the oldest waitlisted delegate who now fits is promoted in the same transaction and told by email. ' +
        'The body is optional (`{ "reason": "..." }`). Counts against the event\'s per-client hourly limit ' +
        '(`registration.clientLimitPerHour`), as every public POST does.' +
        MANAGE +
        IDEMPOTENCY_NOTE,
      tags: ['registration'],
      request: { params: EventItemParams, query: ManageQuery, body: DelegateCancelBody, bodyOptional: true, headers: IdempotencyHeaders },
      responses: {
        200: { description: 'Cancelled', schema: DelegateRegistrationSchema },
        409: problem('invalid-transition (already cancelled or declined) or idempotency-key-in-flight'),
        422: problem('idempotency-key-reused'),
        429: RATE_LIMITED,
        503: problem('busy: retry after Retry-After'),
      },
    },
  },
  {
    method: 'GET',
    path: '/api/events/{eventId}/registrations/{id}/calendar.ics',
    handler: 'registration/get-calendar',
    auth: 'public',
    capability: 'registration',
    access: { dynamodb: ['GetItem'] },
    openapi: {
      operationId: 'getRegistrationCalendar',
      security: 'manageToken',
      summary: 'An iCalendar file (RFC 5545) for a confirmed registration, in the event\'s time zone',
      description:
        'One event per conference day, with the venue and the delegate\'s reference. The manage page fetches it with the ' +
        'bearer token and offers it as a download; the confirmation email carries the same file as an attachment.' +
        MANAGE,
      tags: ['registration'],
      request: { params: EventItemParams, query: ManageQuery },
      responses: {
        200: { description: 'The calendar file', contentType: 'text/calendar', schema: z.string() },
        409: problem('not-confirmed: the registration is not confirmed (yet)'),
      },
    },
  },
  {
    method: 'GET',
    path: '/api/admin/events/{eventId}/summary',
    handler: 'registration/admin-summary',
    auth: SECRETARIAT,
    capability: 'registration',
    access: { dynamodb: ['GetItem', 'Query'] },
    openapi: {
      operationId: 'getEventSummary',
      summary: 'Counts by status and by delegation against quotas and capacity, inquiries by status, undelivered emails',
      description: 'Active seats come from the same counters the registration transactions are conditioned on.',
      tags: ['secretariat'],
      request: { params: EventParams },
      responses: { 200: { description: 'The summary', schema: EventSummarySchema } },
    },
  },
  {
    method: 'GET',
    path: '/api/admin/events/{eventId}/registrations',
    handler: 'registration/admin-list-registrations',
    auth: SECRETARIAT,
    capability: 'registration',
    access: { dynamodb: ['GetItem', 'Query'] },
    openapi: {
      operationId: 'listRegistrations',
      summary: 'Registrations, oldest first, filtered by status and delegation, paginated',
      description: '`limit` (1-200, default 50) and the opaque `cursor` from the previous page; `nextCursor` is null at the end.',
      tags: ['secretariat'],
      request: { params: EventParams, query: RegistrationListQuery },
      responses: { 200: { description: 'One page', schema: pageOf(AdminRegistrationSchema) }, 400: LIST_BAD_REQUEST },
    },
  },
  {
    method: 'GET',
    path: '/api/admin/events/{eventId}/registrations.csv',
    handler: 'registration/admin-participants-csv',
    auth: SECRETARIAT,
    capability: 'registration',
    access: { dynamodb: ['GetItem', 'Query'] },
    openapi: {
      operationId: 'exportParticipants',
      summary: 'The list of participants as CSV, grouped by delegation',
      description:
        'Member states first, then observers (in the event\'s order), head of delegation first in each. `audience=secretariat` ' +
        '(default): every active registration with contact details and needs. `audience=publication`: confirmed delegates who ' +
        'consented to be listed, without contact details. UTF-8 with a BOM, CRLF, RFC 4180 quoting; cells starting with ' +
        '= + - @ (or tab, CR) are prefixed with an apostrophe so no spreadsheet runs them as formulas.',
      tags: ['secretariat'],
      request: { params: EventParams, query: ParticipantsCsvQuery },
      responses: { 200: { description: 'The CSV file', contentType: 'text/csv', schema: z.string() } },
    },
  },
  {
    method: 'GET',
    path: '/api/admin/events/{eventId}/registrations/{id}',
    handler: 'registration/admin-get-registration',
    auth: SECRETARIAT,
    capability: 'registration',
    access: { dynamodb: ['GetItem', 'Query'] },
    openapi: {
      operationId: 'getRegistration',
      summary: 'One registration with its history (who did what, when, why)',
      tags: ['secretariat'],
      request: { params: EventItemParams },
      responses: { 200: { description: 'The registration and its history, oldest first', schema: AdminRegistrationWithHistorySchema } },
    },
  },
  {
    method: 'POST',
    path: '/api/admin/events/{eventId}/registrations/{id}/decision',
    handler: 'registration/admin-decide-registration',
    auth: SECRETARIAT,
    capability: 'registration',
    access: { dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'DeleteItem', 'ConditionCheckItem'], idempotency: 'decide-registration' },
    openapi: {
      operationId: 'decideRegistration',
      summary: 'Approve or decline a registration',
      description:
        '`approve`: pending_approval becomes confirmed (the delegate gets the confirmation with the check-in code). `decline` ' +
        '(reason required): a pending or waitlisted registration becomes declined; a freed seat goes to the oldest waitlisted ' +
        'delegate who fits, in the same transaction.' +
        IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
      request: { params: EventItemParams, body: DecisionBody, headers: IdempotencyHeaders },
      responses: {
        200: { description: 'The registration after the decision', schema: AdminRegistrationSchema },
        409: problem('invalid-transition or idempotency-key-in-flight'),
        422: problem('idempotency-key-reused'),
        503: problem('busy: retry after Retry-After'),
      },
    },
  },
  {
    method: 'POST',
    path: '/api/admin/events/{eventId}/registrations/{id}/cancel',
    handler: 'registration/admin-cancel-registration',
    auth: SECRETARIAT,
    capability: 'registration',
    access: { dynamodb: ['GetItem', 'UpdateItem', 'Query', 'PutItem', 'DeleteItem', 'ConditionCheckItem'], idempotency: 'cancel-registration' },
    openapi: {
      operationId: 'cancelRegistration',
      summary: 'Cancel a registration on the delegate\'s behalf, with a reason',
      description: 'The delegate is told by email; a freed seat goes to the oldest waitlisted delegate who fits, in the same transaction.' + IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
      request: { params: EventItemParams, body: AdminCancelBody, headers: IdempotencyHeaders },
      responses: {
        200: { description: 'Cancelled', schema: AdminRegistrationSchema },
        409: problem('invalid-transition or idempotency-key-in-flight'),
        422: problem('idempotency-key-reused'),
        503: problem('busy: retry after Retry-After'),
      },
    },
  },
];
