import { http, ok } from '../../shared/http/http-handler.ts';
import { makeAdminRegistrations } from '../../shared/domain/registration/admin-registrations.ts';
import { adminReadDependencies } from './dependencies.ts';
import { spec } from './admin-list-registrations.route.ts';

const admin = makeAdminRegistrations(adminReadDependencies());

export const handler = http(spec, async ({ params, query: { limit, cursor, ...filter } }) =>
  ok(await admin.list(params.eventId, filter, { limit, ...(cursor !== undefined ? { cursor } : {}) })),
);
