import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { ColleagueListSchema } from '../../shared/http/colleague-schemas.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'Every console user, by email', schema: ColleagueListSchema } },
    openapi: {
      operationId: 'listUsers',
      summary: 'Every console user: email, groups, status',
      description: 'A secretariat has few users, so the list is whole (not paginated), sorted by email.',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/users',
  auth: ['secretariat'],
  access: { cognito: ['ListUsers', 'ListUsersInGroup'] },
});
