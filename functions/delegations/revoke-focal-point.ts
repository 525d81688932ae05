import { http, ok } from '../../shared/http/http-handler.ts';
import { focalPoints, secretariatActor } from './dependencies.ts';
import { spec } from './revoke-focal-point.route.ts';

const useCases = focalPoints();

export const handler = http(spec, async ({ params, principal }) =>
  ok(await useCases.revoke(params.eventId, params.code, params.id, secretariatActor(principal))),
);
