import { http, ok } from '../../shared/http/http-handler.ts';
import { makeRegistrationData } from '../../shared/domain/personal-data/registration-data.ts';
import { makeManageRegistration } from '../../shared/domain/registration/manage-registration.ts';
import { personalDataDependencies } from './dependencies.ts';
import { spec } from './get-own-data.route.ts';

const dependencies = personalDataDependencies({ cachedEvents: true });
const manage = makeManageRegistration(dependencies);
const dataOf = makeRegistrationData(dependencies);

export const handler = http(spec, async ({ params, manageToken }) => ok(await dataOf(await manage.get(params.eventId, params.id, manageToken))));
