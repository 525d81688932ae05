import { http, ok } from '../../shared/http/http-handler.ts';
import { delegationAccess, dossiers } from './dependencies.ts';
import { spec } from './offer-note-verbale-upload.route.ts';

const access = delegationAccess();
const useCases = dossiers();

export const handler = http(spec, async ({ params, body, manageToken }) => {
  await access.authorize(params.eventId, params.code, manageToken);
  return ok(await useCases.offerUpload(params.eventId, params.code, body));
});
