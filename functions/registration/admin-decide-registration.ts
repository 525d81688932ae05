import { http, ok } from '../../shared/http/http-handler.ts';
import { idempotentOperation } from '../../shared/adapters/idempotency.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { makeChangeStatus } from '../../shared/domain/registration/change-status.ts';
import { DecisionBody } from '../../shared/domain/registration/requests.ts';
import { toAdminView } from '../../shared/domain/registration/views.ts';
import { registrationDependencies } from './dependencies.ts';
import { idempotencyKeyOf } from '../../shared/http/idempotency-key.ts';

const changeStatus = makeChangeStatus(registrationDependencies());
const idempotent = idempotentOperation<ReturnType<typeof toAdminView>>('decide-registration');

export const handler = http({ params: EventItemParams, body: DecisionBody, auth: ['secretariat'] }, async ({ params, body, principal, headers, context }) => {
  const actor = { kind: 'secretariat' as const, name: principal!.name, sub: principal!.subject };
  const change =
    body.decision === 'approve'
      ? { action: 'approve' as const, actor, ...(body.reason ? { reason: body.reason } : {}) }
      : { action: 'decline' as const, actor, reason: body.reason! };
  const { value, replayed } = await idempotent(
    { key: idempotencyKeyOf(headers), scope: `${params.eventId}/${params.id}`, payload: body, context },
    async () => toAdminView(await changeStatus(params.eventId, params.id, change)),
  );
  return ok(value, replayed ? { 'Idempotent-Replayed': 'true' } : undefined);
});
