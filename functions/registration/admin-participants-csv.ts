import { http } from '../../shared/http/http-handler.ts';
import { makeAdminRegistrations } from '../../shared/domain/registration/admin-registrations.ts';
import { adminReadDependencies } from './dependencies.ts';
import { spec } from './admin-participants-csv.route.ts';

const admin = makeAdminRegistrations(adminReadDependencies());

export const handler = http(spec, async ({ params, query }) => ({
  status: 200,
  text: await admin.csv(params.eventId, query.audience),
  contentType: 'text/csv; charset=utf-8',
  headers: { 'Content-Disposition': `attachment; filename="${params.eventId}-participants-${query.audience}.csv"` },
}));
