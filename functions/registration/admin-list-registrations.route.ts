import { EventParams } from '../../shared/domain/params.ts';
import { RegistrationListQuery } from '../../shared/domain/registration/requests.ts';
import { AdminRegistrationSchema } from '../../shared/domain/registration/views.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { MAX_SEARCHED } from '../../shared/domain/registration/registration-search.ts';
import { LIST_BAD_REQUEST, pageOf, problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'One page', schema: pageOf(AdminRegistrationSchema) },
      400: LIST_BAD_REQUEST,
      422: problemAnswer(`search-too-broad: more than ${MAX_SEARCHED} registrations to search; add a status filter`),
    },
    openapi: {
      operationId: 'listRegistrations',
      summary: 'Registrations: searched, filtered, sorted, paginated',
      description:
        'Filters combine (each one given must hold): `status`, `delegation` (code), `role`, `kind` (`member_state`, `observer`, or `press`: the accredited journalists). ' +
        '`q` (1-100 characters) finds registrations whose name, email or reference contain every word of it, ignoring accents ' +
        'and case (`perez` finds "Pérez", `ana@` an address, `0012` a reference). `sort`: `createdAt` (arrival, the default), ' +
        '`name` (family name), `delegation` (code, then name) or `status` (pending first), with `-` in front for descending. ' +
        '`limit` (1-200, default 50) and the opaque `cursor` from the previous page; `nextCursor` is null at the end. A cursor ' +
        'is bound to the event, the filters, the sort and the search: used with any other, it is a 400 invalid-cursor. ' +
        `A search, a sort other than \`createdAt\` or a \`role\`/\`kind\` filter reads at most ${MAX_SEARCHED} registrations ` +
        '(docs/registration.md, "Search, sort and filters").',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/registrations',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'Query'] },
  request: { params: EventParams, query: RegistrationListQuery },
});
