import { http, ok } from '../../shared/http/http-handler.ts';
import { makeAdminRegistrations } from '../../shared/domain/registration/admin-registrations.ts';
import { adminReadDependencies, summaryExtras } from './dependencies.ts';
import { spec } from './admin-summary.route.ts';

const admin = makeAdminRegistrations({ ...adminReadDependencies(), extras: summaryExtras });

export const handler = http(spec, async ({ params }) => ok(await admin.summary(params.eventId)));
