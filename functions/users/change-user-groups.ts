import { http, ok } from '../../shared/http/http-handler.ts';
import { colleagues } from './dependencies.ts';
import { spec } from './change-user-groups.route.ts';

export const handler = http(spec, async ({ params, body, principal }) => ok(await colleagues().changeGroups(principal, params.username, body)));
