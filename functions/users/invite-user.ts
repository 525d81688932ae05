import { created } from '../../shared/http/http-handler.ts';
import { http } from '../idempotent-http.ts';
import { colleagues } from './dependencies.ts';
import { spec } from './invite-user.route.ts';

export const handler = http(spec, async ({ body, idempotent }) => {
  const colleague = await idempotent(() => colleagues().invite(body));
  return created(colleague, { Location: `/api/admin/users/${encodeURIComponent(colleague.username)}` });
});
