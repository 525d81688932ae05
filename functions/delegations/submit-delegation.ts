import { http, ok } from '../../shared/http/http-handler.ts';
import { delegationAccess, dossiers } from './dependencies.ts';
import { spec } from './submit-delegation.route.ts';

const access = delegationAccess();
const useCases = dossiers();

export const handler = http(spec, async ({ params, manageToken }) => {
  const { focalPoint } = await access.authorize(params.eventId, params.code, manageToken);
  return ok(await useCases.submit(params.eventId, params.code, focalPoint));
});
