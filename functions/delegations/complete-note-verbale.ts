import { http, ok } from '../../shared/http/http-handler.ts';
import { spec } from './complete-note-verbale.route.ts';
import { delegationAccess, dossiers } from './dependencies.ts';

const access = delegationAccess();
const useCases = dossiers();

export const handler = http(spec, async ({ params, manageToken }) => {
  await access.authorize(params.eventId, params.code, manageToken);
  return ok(await useCases.complete(params.eventId, params.code, params.documentId));
});
