import { created } from '../../shared/http/http-handler.ts';
import { http } from '../idempotent-http.ts';
import { focalPoints, secretariatActor } from './dependencies.ts';
import { spec } from './invite-focal-point.route.ts';

const useCases = focalPoints();

export const handler = http(spec, async ({ params, body, principal, idempotent }) => {
  const value = await idempotent(() => useCases.invite(params.eventId, params.code, body, secretariatActor(principal)));
  return created(value);
});
