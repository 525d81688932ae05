import { ok } from '../../shared/http/http-handler.ts';
import { makeEraseRegistration, toErasedView } from '../../shared/domain/personal-data/registration-erasure.ts';
import { makeManageRegistration } from '../../shared/domain/registration/manage-registration.ts';
import { http } from '../idempotent-http.ts';
import { personalDataDependencies, publicWriteGate } from './dependencies.ts';
import { spec } from './erase-own-registration.route.ts';

const dependencies = personalDataDependencies({ cachedEvents: true });
const manage = makeManageRegistration(dependencies);
const erase = makeEraseRegistration(dependencies);
const limitPublicWrite = publicWriteGate(dependencies.events);

export const handler = http(spec, async ({ params, manageToken, sourceIp, idempotent }) => {
  // The token is checked before a stored answer may be replayed; once erased, the token answers 404, a replay too.
  await manage.get(params.eventId, params.id, manageToken);
  return ok(
    await idempotent(async () => {
      // Per client only: the body names no address.
      await limitPublicWrite(params.eventId, { sourceAddress: sourceIp });
      return toErasedView(await erase(params.eventId, params.id, { by: 'delegate', authorize: manage.authorize(manageToken) }));
    }),
  );
});
