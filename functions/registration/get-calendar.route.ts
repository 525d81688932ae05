import * as z from 'zod/mini';
import { EventItemParams } from '../../shared/domain/params.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { ManageQuery } from './request-parts.ts';
import { MANAGE } from './route-prose.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'The calendar file', contentType: 'text/calendar', schema: z.string() },
      409: problemAnswer('not-confirmed: the registration is not confirmed (yet)'),
    },
    openapi: {
      operationId: 'getRegistrationCalendar',
      summary: "An iCalendar file (RFC 5545) for a confirmed registration, in the event's time zone",
      description:
        "One event per conference day, with the venue and the delegate's reference. The manage page fetches it with the " +
        'bearer token and offers it as a download; the confirmation email carries the same file as an attachment.' +
        MANAGE,
      tags: ['registration'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/events/{eventId}/registrations/{id}/calendar.ics',
  auth: 'manageToken',
  access: { dynamodb: ['GetItem'] },
  request: { params: EventItemParams, query: ManageQuery },
});
