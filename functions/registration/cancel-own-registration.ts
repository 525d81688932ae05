import { ok } from '../../shared/http/http-handler.ts';
import { makeManageRegistration } from '../../shared/domain/registration/manage-registration.ts';
import { toDelegateView } from '../../shared/domain/registration/views.ts';
import { http } from '../idempotent-http.ts';
import { publicWriteGate, registrationDependencies } from './dependencies.ts';
import { spec } from './cancel-own-registration.route.ts';

const dependencies = registrationDependencies({ cachedEvents: true });
const manage = makeManageRegistration(dependencies);
const limitPublicWrite = publicWriteGate(dependencies.events);

export const handler = http(spec, async ({ params, body, manageToken, sourceIp, idempotent }) => {
  // The token is checked before a stored answer may be replayed: a replay shows the registration too.
  await manage.get(params.eventId, params.id, manageToken);
  return ok(
    await idempotent(async () => {
      // Per client only: the body names no address, and a registration is cancelled once.
      await limitPublicWrite(params.eventId, { sourceAddress: sourceIp });
      return toDelegateView(await manage.cancel(params.eventId, params.id, manageToken, body?.reason));
    }),
  );
});
