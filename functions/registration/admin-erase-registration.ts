import { ok } from '../../shared/http/http-handler.ts';
import { makeEraseRegistration, toErasedView } from '../../shared/domain/personal-data/registration-erasure.ts';
import { http } from '../idempotent-http.ts';
import { personalDataDependencies } from './dependencies.ts';
import { spec } from './admin-erase-registration.route.ts';

const erase = makeEraseRegistration(personalDataDependencies());

export const handler = http(spec, async ({ params, body, principal, idempotent }) => {
  const actor = { kind: 'secretariat' as const, name: principal.name, sub: principal.subject };
  return ok(await idempotent(async () => toErasedView(await erase(params.eventId, params.id, { by: 'secretariat', actor, reason: body.reason }))));
});
