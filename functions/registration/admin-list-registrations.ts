import { http, ok } from '../../shared/http/http-handler.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { makeAdminRegistrations } from '../../shared/domain/registration/admin-registrations.ts';
import { RegistrationListQuery } from '../../shared/domain/registration/requests.ts';
import { registrationDependencies } from './dependencies.ts';

const admin = makeAdminRegistrations(registrationDependencies());

export const handler = http(
  { params: EventParams, query: RegistrationListQuery, auth: ['secretariat'] },
  async ({ params, query: { limit, cursor, ...filter } }) => ok(await admin.list(params.eventId, filter, { limit, ...(cursor !== undefined ? { cursor } : {}) })),
);
