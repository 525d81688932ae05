import { http, ok } from '../../shared/http/http-handler.ts';
import { idempotentOperation } from '../../shared/adapters/idempotency.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { makeManageRegistration } from '../../shared/domain/registration/manage-registration.ts';
import { DelegateCancelBody } from '../../shared/domain/registration/requests.ts';
import { toDelegateView } from '../../shared/domain/registration/views.ts';
import { publicWriteGate, registrationDependencies } from './dependencies.ts';
import { ManageQuery, manageTokenOf } from './request-parts.ts';
import { idempotencyKeyOf } from '../../shared/http/idempotency-key.ts';

const dependencies = registrationDependencies({ cachedEvents: true });
const manage = makeManageRegistration(dependencies);
const limitPublicWrite = publicWriteGate(dependencies.events);
const idempotent = idempotentOperation<ReturnType<typeof toDelegateView>>('cancel-own-registration');

export const handler = http({ params: EventItemParams, query: ManageQuery, body: DelegateCancelBody }, async ({ params, headers, body, sourceIp, context }) => {
  const token = manageTokenOf(headers);
  // The token is checked before a stored answer may be replayed: a replay shows the registration too.
  await manage.get(params.eventId, params.id, token);
  const { value, replayed } = await idempotent(
    { key: idempotencyKeyOf(headers), scope: `${params.eventId}/${params.id}`, payload: body ?? {}, context },
    async () => {
      // Per client only: the body names no address, and a registration is cancelled once.
      await limitPublicWrite(params.eventId, { sourceAddress: sourceIp });
      return toDelegateView(await manage.cancel(params.eventId, params.id, token, body?.reason));
    },
  );
  return ok(value, replayed ? { 'Idempotent-Replayed': 'true' } : undefined);
});
