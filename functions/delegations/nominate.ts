import { created } from '../../shared/http/http-handler.ts';
import { http } from '../idempotent-http.ts';
import { delegationAccess, nominations } from './dependencies.ts';
import { spec } from './nominate.route.ts';

const access = delegationAccess();
const useCases = nominations();

// The token first: a replay of an Idempotency-Key must never answer someone whose link does not work (any more).
export const handler = http(spec, async ({ params, body, manageToken, idempotent }) => {
  const { focalPoint } = await access.authorize(params.eventId, params.code, manageToken);
  const value = await idempotent(() => useCases.nominate(params.eventId, params.code, focalPoint, body));
  return created(value);
});
