import { http, ok } from '../../shared/http/http-handler.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { makeAdminRegistrations } from '../../shared/domain/registration/admin-registrations.ts';
import { registrationDependencies } from './dependencies.ts';

const admin = makeAdminRegistrations(registrationDependencies());

export const handler = http({ params: EventItemParams, auth: ['secretariat'] }, async ({ params }) => ok(await admin.get(params.eventId, params.id)));
