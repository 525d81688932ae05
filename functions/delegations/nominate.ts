import { created } from '../../shared/http/http-handler.ts';
import { http } from '../idempotent-http.ts';
import { publicWriteGate } from '../registration/dependencies.ts';
import { delegationAccess, nominations } from './dependencies.ts';
import { spec } from './nominate.route.ts';

const access = delegationAccess();
const useCases = nominations();
const limitPublicWrite = publicWriteGate();

// The token first: a replay of an Idempotency-Key must never answer someone whose link does not work (any more).
export const handler = http(spec, async ({ params, body, manageToken, sourceIp, idempotent }) => {
  const { focalPoint } = await access.authorize(params.eventId, params.code, manageToken);
  const value = await idempotent(async () => {
    // Per client, as every public POST: a ministry's office network nominating its whole delegation stays well within it.
    await limitPublicWrite(params.eventId, { sourceAddress: sourceIp });
    return useCases.nominate(params.eventId, params.code, focalPoint, body);
  });
  return created(value);
});
