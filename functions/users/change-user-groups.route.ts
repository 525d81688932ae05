import { ChangeGroupsBody, ColleagueParams } from '../../shared/domain/colleagues/colleague.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { ColleagueSchema } from '../../shared/http/colleague-schemas.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'The colleague with their new groups', schema: ColleagueSchema },
      404: problemAnswer('not-found: no such user'),
      409: problemAnswer('cannot-leave-secretariat: an officer keeps `secretariat` among their own groups'),
    },
    openapi: {
      operationId: 'changeUserGroups',
      summary: "Replace a colleague's groups",
      description:
        '`{ "groups": ["press", "checkin"] }`: the whole set, so a repeat changes nothing (PUT needs no Idempotency-Key). ' +
        'An officer cannot take `secretariat` from themselves, so the secretariat is never locked out. ' +
        'Tokens already issued keep their groups until they expire (one hour).',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'PUT',
  path: '/api/admin/users/{username}/groups',
  auth: ['secretariat'],
  access: { cognito: ['AdminGetUser', 'AdminListGroupsForUser', 'AdminAddUserToGroup', 'AdminRemoveUserFromGroup'] },
  request: { params: ColleagueParams, body: ChangeGroupsBody },
});
