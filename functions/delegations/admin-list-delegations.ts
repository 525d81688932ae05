import { http, ok } from '../../shared/http/http-handler.ts';
import { focalPoints } from './dependencies.ts';
import { spec } from './admin-list-delegations.route.ts';

const useCases = focalPoints();

export const handler = http(spec, async ({ params }) => ok(await useCases.list(params.eventId)));
