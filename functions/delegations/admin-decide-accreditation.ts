import { http, ok } from '../../shared/http/http-handler.ts';
import { spec } from './admin-decide-accreditation.route.ts';
import { dossiers, secretariatActor } from './dependencies.ts';

const useCases = dossiers();

export const handler = http(spec, async ({ params, body, principal }) =>
  ok(await useCases.decide(params.eventId, params.code, body, secretariatActor(principal))),
);
