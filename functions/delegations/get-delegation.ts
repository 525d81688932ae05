import { http, ok } from '../../shared/http/http-handler.ts';
import { nominations } from './dependencies.ts';
import { spec } from './get-delegation.route.ts';

const useCases = nominations();

export const handler = http(spec, async ({ params, manageToken }) => ok(await useCases.view(params.eventId, params.code, manageToken)));
