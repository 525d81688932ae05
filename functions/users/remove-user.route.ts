import { ColleagueParams } from '../../shared/domain/colleagues/colleague.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      204: { description: 'Removed: the account can no longer sign in' },
      404: problemAnswer('not-found: no such user (already removed)'),
      409: problemAnswer('cannot-remove-yourself: another secretariat officer must do it'),
    },
    openapi: {
      operationId: 'removeUser',
      summary: "Remove a colleague's account",
      description:
        'Deletes the account; what they did stays in the history under their email. An officer cannot remove their own account. ' +
        'A token already issued stays valid until it expires (one hour).',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'DELETE',
  path: '/api/admin/users/{username}',
  auth: ['secretariat'],
  access: { cognito: ['AdminGetUser', 'AdminListGroupsForUser', 'AdminDeleteUser'] },
  request: { params: ColleagueParams },
});
