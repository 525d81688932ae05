import { EventItemParams } from '../../shared/domain/params.ts';
import { AdminRegistrationWithHistorySchema } from '../../shared/domain/registration/views.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'The registration and its history, oldest first', schema: AdminRegistrationWithHistorySchema } },
    openapi: { operationId: 'getRegistration', summary: 'One registration with its history (who did what, when, why)', tags: ['secretariat'] },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/registrations/{id}',
  auth: ['secretariat'],
  access: { dynamodb: ['GetItem', 'Query'] },
  request: { params: EventItemParams },
});
