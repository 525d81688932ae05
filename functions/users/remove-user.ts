import { http } from '../../shared/http/http-handler.ts';
import { colleagues } from './dependencies.ts';
import { spec } from './remove-user.route.ts';

export const handler = http(spec, async ({ params, principal }) => {
  await colleagues().remove(principal, params.username);
  return { status: 204 };
});
