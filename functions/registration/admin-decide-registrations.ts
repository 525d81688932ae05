import { ok } from '../../shared/http/http-handler.ts';
import { makeBulkDecide } from '../../shared/domain/registration/bulk-decisions.ts';
import { makeChangeStatus } from '../../shared/domain/registration/change-status.ts';
import { http } from '../idempotent-http.ts';
import { registrationDependencies } from './dependencies.ts';
import { spec } from './admin-decide-registrations.route.ts';

const dependencies = registrationDependencies();
const decideAll = makeBulkDecide({ events: dependencies.events, changeStatus: makeChangeStatus(dependencies) });

export const handler = http(spec, async ({ params, body, principal, idempotent }) => {
  const actor = { kind: 'secretariat' as const, name: principal.name, sub: principal.subject };
  return ok(await idempotent(() => decideAll(params.eventId, body, actor)));
});
