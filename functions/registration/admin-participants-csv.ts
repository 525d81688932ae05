import { http } from '../../shared/http/http-handler.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { makeAdminRegistrations } from '../../shared/domain/registration/admin-registrations.ts';
import { ParticipantsCsvQuery } from '../../shared/domain/registration/requests.ts';
import { registrationDependencies } from './dependencies.ts';

const admin = makeAdminRegistrations(registrationDependencies());

export const handler = http({ params: EventParams, query: ParticipantsCsvQuery, auth: ['secretariat'] }, async ({ params, query }) => ({
  status: 200,
  text: await admin.csv(params.eventId, query.audience),
  contentType: 'text/csv; charset=utf-8',
  headers: { 'Content-Disposition': `attachment; filename="${params.eventId}-participants-${query.audience}.csv"` },
}));
