import { http, ok } from '../../shared/http/http-handler.ts';
import { delegationAccess } from './dependencies.ts';
import { spec } from './get-delegation.route.ts';

const access = delegationAccess();

export const handler = http(spec, async ({ params, manageToken }) => ok(await access.view(params.eventId, params.code, manageToken)));
