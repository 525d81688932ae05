/**
 * The focal points' deadline reminders, run by the sweep's use case over the real table and mailer with a chosen
 * clock: 3 days and 1 day before nominationsCloseAt, once each, only to delegations that have not submitted.
 */
import { describe, expect, it } from 'vitest';
import { workers } from '../../functions/workers.ts';
import { enforceDeclaredDynamoDbAccess, runAs } from '../../local/dynamodb-permissions.ts';
import { dynamoDossierStore } from '../../shared/adapters/dossiers-store.ts';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoFocalPointStore } from '../../shared/adapters/focal-points-store.ts';
import { makeSendDeadlineReminders } from '../../shared/domain/delegations/deadline-reminders.ts';
import { systemIds } from '../../shared/domain/ids.ts';
import { api, tokenFor } from '../support/api.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { registrationEvent, uniqueEmail } from './registration-helpers.ts';

const HOUR = 3600 * 1000;

const worker = workers.find((w) => w.name === 'delegations-reminder-sweep')!;
const refusals: string[] = [];
enforceDeclaredDynamoDbAccess((line) => refusals.push(line));

/** The sweep at `now`, under the worker's declared DynamoDB access (an undeclared call is refused, as IAM would). */
const sweepAt = (now: Date) =>
  runAs(worker, () =>
    makeSendDeadlineReminders({
      events: dynamoEventStore(),
      dossiers: dynamoDossierStore(),
      focalPoints: dynamoFocalPointStore(),
      clock: { now: () => now },
      ids: systemIds(),
    })(),
  );

const invite = async (eventId: string, code: string) => {
  const email = uniqueEmail(`focal-${code.toLowerCase()}`);
  const answer = await api(`/admin/events/${eventId}/delegations/${code}/focal-points`, {
    body: { name: `Focal ${code}`, email, language: 'es' },
    token: await tokenFor('secretariat'),
  });
  expect(answer.status).toBe(201);
  return email;
};

describe('deadline reminders', () => {
  it('reminds the focal points of a delegation that has not submitted, 3 days and 1 day before, once each', async () => {
    const closeAt = new Date(Date.now() + 10 * 24 * HOUR);
    const { eventId } = await registrationEvent('dossier-remind', { memberStates: 'focal_point', nominationsCloseAt: closeAt.toISOString() });
    const peru = await invite(eventId, 'PE');
    const dossiers = dynamoDossierStore();

    await sweepAt(new Date(closeAt.getTime() - 80 * HOUR));
    expect(await dossiers.get(eventId, 'PE')).toBeUndefined();

    await sweepAt(new Date(closeAt.getTime() - 71 * HOUR));
    await sweepAt(new Date(closeAt.getTime() - 70 * HOUR));
    expect((await dossiers.get(eventId, 'PE'))?.remindersSent).toEqual([3]);
    await sweepAt(new Date(closeAt.getTime() - 23 * HOUR));
    await sweepAt(new Date(closeAt.getTime() - 22 * HOUR));
    expect((await dossiers.get(eventId, 'PE'))?.remindersSent).toEqual([3, 1]);
    // Delegations nobody was invited for get nothing.
    expect(await dossiers.get(eventId, 'CL')).toBeUndefined();

    await drainStreams();
    const reminders = await waitForEmails(async () => (await emailsTo(peru)).filter((e) => /Qued/.test(e.subject)), { count: 2 });
    expect(reminders.map((e) => e.subject.replace(/^.* · /, ''))).toEqual(
      expect.arrayContaining(['Quedan 3 días para enviar la delegación de Perú', 'Queda un día para enviar la delegación de Perú']),
    );
    expect(reminders).toHaveLength(2);
    expect(reminders[0]!.body.text).toMatch(/#token=/);
    expect(refusals).toEqual([]);
  });

  it('does not remind a delegation whose list is submitted', async () => {
    const closeAt = new Date(Date.now() + 10 * 24 * HOUR);
    const { eventId } = await registrationEvent('dossier-remind-sub', { memberStates: 'focal_point', nominationsCloseAt: closeAt.toISOString() });
    await invite(eventId, 'PE');
    const dossiers = dynamoDossierStore();
    expect(await dossiers.save({ eventId, delegation: 'PE', status: 'submitted', issuedUploads: [], remindersSent: [], version: 1 })).toBe(true);
    await sweepAt(new Date(closeAt.getTime() - 70 * HOUR));
    expect((await dossiers.get(eventId, 'PE'))?.remindersSent).toEqual([]);
  });
});
