import { ok } from '../../shared/http/http-handler.ts';
import { http } from '../idempotent-http.ts';
import { spec } from './admin-decide-accreditation.route.ts';
import { dossiers, secretariatActor } from './dependencies.ts';

const useCases = dossiers();

export const handler = http(spec, async ({ params, body, principal, idempotent }) =>
  ok(await idempotent(() => useCases.decide(params.eventId, params.code, body, secretariatActor(principal)))),
);
