import { http, ok } from '../../shared/http/http-handler.ts';
import { makeManageRegistration } from '../../shared/domain/registration/manage-registration.ts';
import { toDelegateView } from '../../shared/domain/registration/views.ts';
import { registrationDependencies } from './dependencies.ts';
import { spec } from './update-own-registration.route.ts';

const manage = makeManageRegistration(registrationDependencies({ cachedEvents: true }));

export const handler = http(spec, async ({ params, manageToken, body }) =>
  ok(toDelegateView(await manage.update(params.eventId, params.id, manageToken, body))),
);
