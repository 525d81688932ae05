import { ok } from '../../shared/http/http-handler.ts';
import { http } from '../idempotent-http.ts';
import { publicWriteGate } from '../registration/dependencies.ts';
import { delegationAccess, dossiers } from './dependencies.ts';
import { spec } from './offer-note-verbale-upload.route.ts';

const access = delegationAccess();
const useCases = dossiers();
const limitPublicWrite = publicWriteGate();

export const handler = http(spec, async ({ params, body, manageToken, sourceIp, idempotent }) => {
  await access.authorize(params.eventId, params.code, manageToken);
  // Per client, as every public POST (after the token: a wrong link is a 404 whatever the count).
  // A replay answers the same upload (its document id and its 15-minute form) rather than offering another.
  return ok(
    await idempotent(async () => {
      await limitPublicWrite(params.eventId, { sourceAddress: sourceIp });
      return useCases.offerUpload(params.eventId, params.code, body);
    }),
  );
});
