import { EventItemParams } from '../../shared/domain/params.ts';
import { RegistrationDataSchema } from '../../shared/domain/personal-data/registration-data.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { ManageQuery } from './request-parts.ts';
import { MANAGE } from './route-prose.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'Everything held about the delegate', schema: RegistrationDataSchema } },
    openapi: {
      operationId: 'getOwnData',
      summary: 'The delegate downloads everything held about them',
      description:
        'The registration with every field the secretariat sees, its history (who did what, when, why), and the emails ' +
        'written to them or about them (kind, when, whether sent; never their content). After an erasure: 404.' +
        MANAGE,
      tags: ['registration'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/events/{eventId}/registrations/{id}/data',
  auth: 'manageToken',
  access: { dynamodb: ['GetItem', 'Query'] },
  request: { params: EventItemParams, query: ManageQuery },
});
