import { http, ok } from '../../shared/http/http-handler.ts';
import { makeAdminRegistrations } from '../../shared/domain/registration/admin-registrations.ts';
import { adminReadDependencies } from './dependencies.ts';
import { spec } from './admin-get-registration.route.ts';

const admin = makeAdminRegistrations(adminReadDependencies());

export const handler = http(spec, async ({ params }) => ok(await admin.get(params.eventId, params.id)));
