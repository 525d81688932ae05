import { http, ok } from '../../shared/http/http-handler.ts';
import { makeAdminRegistrations } from '../../shared/domain/registration/admin-registrations.ts';
import { registrationDependencies } from './dependencies.ts';
import { spec } from './admin-summary.route.ts';

const admin = makeAdminRegistrations(registrationDependencies());

export const handler = http(spec, async ({ params }) => ok(await admin.summary(params.eventId)));
