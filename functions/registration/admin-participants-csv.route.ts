import * as z from 'zod/mini';
import { EventParams } from '../../shared/domain/params.ts';
import { ParticipantsCsvQuery } from '../../shared/domain/registration/requests.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'The CSV file', contentType: 'text/csv', schema: z.string() } },
    openapi: {
      operationId: 'exportParticipants',
      summary: 'The list of participants as CSV, grouped by delegation',
      description:
        "Member states first, then observers (in the event's order), head of delegation first in each. `audience=secretariat` " +
        '(default): every active registration with contact details and needs. `audience=publication`: confirmed delegates who ' +
        'consented to be listed, without contact details. UTF-8 with a BOM, CRLF, RFC 4180 quoting; cells starting with ' +
        '= + - @ (or tab, CR) are prefixed with an apostrophe so no spreadsheet runs them as formulas.',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/registrations.csv',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'Query'] },
  request: { params: EventParams, query: ParticipantsCsvQuery },
});
