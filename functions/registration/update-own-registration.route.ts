import { EventItemParams } from '../../shared/domain/params.ts';
import { NomineePatch } from '../../shared/domain/registration/patch.ts';
import { DelegateRegistrationSchema } from '../../shared/domain/registration/views.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { ManageQuery } from './request-parts.ts';
import { MANAGE } from './route-prose.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'The corrected registration', schema: DelegateRegistrationSchema },
      409: problemAnswer('already-registered (the new email) or invalid-transition'),
    },
    openapi: {
      operationId: 'updateOwnRegistration',
      summary: 'The delegate corrects contact details (email, phone), needs or language; a nominee also gives consent',
      description:
        'Only `participant.email`, `participant.phone`, `needs` and `language`; any other field (status, delegation, role, names, ' +
        'ids) is refused as unknown (400). A nominee (status `nominated`) also gives their `consent` here ' +
        '(`dataProcessing: true`, `listInParticipants`); anyone else gave it at registration, and `consent` is refused for them (400 naming `consent`). A new email must not be registered already (409 already-registered). Not possible ' +
        'once declined or cancelled (409 invalid-transition).' +
        MANAGE,
      tags: ['registration'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'PATCH',
  path: '/api/events/{eventId}/registrations/{id}',
  auth: 'manageToken',
  access: { dynamodb: ['GetItem', 'PutItem', 'DeleteItem'] },
  request: { params: EventItemParams, query: ManageQuery, body: NomineePatch },
});
