import { http, ok } from '../../shared/http/http-handler.ts';
import { publicWriteGate } from '../registration/dependencies.ts';
import { delegationAccess, dossiers } from './dependencies.ts';
import { spec } from './offer-note-verbale-upload.route.ts';

const access = delegationAccess();
const useCases = dossiers();
const limitPublicWrite = publicWriteGate();

export const handler = http(spec, async ({ params, body, manageToken, sourceIp }) => {
  await access.authorize(params.eventId, params.code, manageToken);
  // Per client, as every public POST (after the token: a wrong link is a 404 whatever the count).
  await limitPublicWrite(params.eventId, { sourceAddress: sourceIp });
  return ok(await useCases.offerUpload(params.eventId, params.code, body));
});
