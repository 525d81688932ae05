import { dynamoReleaseStore } from '../../shared/adapters/suppression-release.ts';
import { dynamoSuppressionList } from '../../shared/adapters/suppression-list.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { systemIds } from '../../shared/domain/ids.ts';
import { toEmailView } from '../../shared/domain/notifications/outbox-admin.ts';
import { makeReleaseSuppressedEmail } from '../../shared/domain/notifications/suppression-release.ts';
import { ok } from '../../shared/http/http-handler.ts';
import { http } from '../idempotent-http.ts';
import { spec } from './release-suppressed-email.route.ts';

const release = makeReleaseSuppressedEmail({
  outbox: dynamoReleaseStore(),
  suppressions: dynamoSuppressionList(),
  clock: systemClock,
  ids: systemIds(),
});

export const handler = http(spec, async ({ params, body, principal, idempotent }) => {
  const actor = { name: principal.name, sub: principal.subject };
  return ok(await idempotent(async () => toEmailView(await release(params.eventId, params.id, { reason: body.reason, actor }))));
});
