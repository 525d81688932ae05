import { EventItemParams } from '../../shared/domain/params.ts';
import { DelegateRegistrationSchema } from '../../shared/domain/registration/views.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { ManageQuery } from './request-parts.ts';
import { MANAGE } from './route-prose.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'The registration', schema: DelegateRegistrationSchema } },
    openapi: {
      operationId: 'getOwnRegistration',
      summary: 'The delegate reads their own registration',
      description: MANAGE.trim(),
      tags: ['registration'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/events/{eventId}/registrations/{id}',
  auth: 'manageToken',
  access: { dynamodb: ['GetItem'] },
  request: { params: EventItemParams, query: ManageQuery },
});
