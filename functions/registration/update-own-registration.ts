import { http, ok } from '../../shared/http/http-handler.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { makeManageRegistration } from '../../shared/domain/registration/manage-registration.ts';
import { RegistrationPatch } from '../../shared/domain/registration/patch.ts';
import { toDelegateView } from '../../shared/domain/registration/views.ts';
import { registrationDependencies } from './dependencies.ts';
import { ManageQuery, manageTokenOf } from './request-parts.ts';

const manage = makeManageRegistration(registrationDependencies({ cachedEvents: true }));

export const handler = http({ params: EventItemParams, query: ManageQuery, body: RegistrationPatch }, async ({ params, headers, body }) =>
  ok(toDelegateView(await manage.update(params.eventId, params.id, manageTokenOf(headers), body))),
);
