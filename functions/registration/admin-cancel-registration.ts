import { ok } from '../../shared/http/http-handler.ts';
import { makeChangeStatus } from '../../shared/domain/registration/change-status.ts';
import { toAdminView } from '../../shared/domain/registration/views.ts';
import { http } from '../idempotent-http.ts';
import { registrationDependencies } from './dependencies.ts';
import { spec } from './admin-cancel-registration.route.ts';

const changeStatus = makeChangeStatus(registrationDependencies());

export const handler = http(spec, async ({ params, body, principal, idempotent }) => {
  const actor = { kind: 'secretariat' as const, name: principal.name, sub: principal.subject };
  return ok(
    await idempotent(async () => toAdminView(await changeStatus(params.eventId, params.id, { action: 'cancel', actor, reason: body.reason }))),
  );
});
