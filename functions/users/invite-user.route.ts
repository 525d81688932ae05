import { InviteColleagueBody } from '../../shared/domain/colleagues/colleague.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { ColleagueSchema } from '../../shared/http/colleague-schemas.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      201: { description: 'Invited: the invitation email is on its way', schema: ColleagueSchema },
      409: problemAnswer('user-exists (an account with this email exists: change its groups instead) or idempotency-key-in-flight'),
    },
    openapi: {
      operationId: 'inviteUser',
      summary: 'Invite a colleague by email into one or more groups',
      description:
        '`{ "email": "ana@example.org", "groups": ["press"] }`, groups among `secretariat`, `press` and `checkin`. In AWS Cognito ' +
        'emails the invitation with a temporary password (valid three days); on the local platform it lands in the local mailbox ' +
        'and the colleague appears on the local sign-in page.' +
        IDEMPOTENCY_NOTE,
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/admin/users',
  auth: ['secretariat'],
  access: { cognito: ['AdminCreateUser', 'AdminAddUserToGroup'] },
  idempotent: { operation: 'invite-user', scope: 'route' },
  request: { body: InviteColleagueBody },
});
