import { ok } from '../../shared/http/http-handler.ts';
import { http } from '../idempotent-http.ts';
import { spec } from './complete-note-verbale.route.ts';
import { publicWriteGate } from '../registration/dependencies.ts';
import { delegationAccess, dossiers } from './dependencies.ts';

const access = delegationAccess();
const useCases = dossiers();
const limitPublicWrite = publicWriteGate();

export const handler = http(spec, async ({ params, manageToken, sourceIp, idempotent }) => {
  const { focalPoint } = await access.authorize(params.eventId, params.code, manageToken);
  // Per client, as every public POST (after the token: a wrong link is a 404 whatever the count).
  return ok(
    await idempotent(async () => {
      await limitPublicWrite(params.eventId, { sourceAddress: sourceIp });
      return useCases.complete(params.eventId, params.code, params.documentId, focalPoint);
    }),
  );
});
