/**
 * A suppressed address, from the bounce to the redrive: SES reports a permanent bounce (through the same SNS-fed
 * feedback handler as in AWS), the next email to it is held back and the console says why, the secretariat releases
 * the address with a reason, and a redrive of that email lands it in the SES emulator's mailbox.
 */
import { describe, expect, inject, it } from 'vitest';
import { api, createEvent, tokenFor, uniqueEventId } from '../support/api.ts';
import { drainStreams, emailsTo } from '../support/mailbox.ts';

const local = (path: string, body?: unknown) =>
  fetch(`${inject('platform').baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

const register = async (eventId: string, email: string) => {
  const answer = await api(`/events/${eventId}/registrations`, {
    body: {
      participant: { givenName: 'Rosa', familyName: 'Quispe', email, position: 'Asesora', institution: 'Cancillería' },
      delegation: 'PE',
      role: 'adviser',
      language: 'es',
      consent: { dataProcessing: true, listInParticipants: true },
    },
  });
  expect(answer.status, answer.text).toBe(201);
  return answer.json as { id: string; reference: string };
};

interface EmailView {
  id: string;
  kind: string;
  status: string;
  to: string;
  suppression: { cause: string; bounceType: string | null; subType: string | null; reportedAt: string | null } | null;
  release: { at: string; by: string; reason: string } | null;
}

describe('a suppressed address', () => {
  it('is explained, released with a reason by the secretariat, and its email then redriven to the mailbox', async () => {
    const eventId = uniqueEventId('mail-release');
    await createEvent(eventId, { secretariatEmail: `secretariat-${eventId}@example.org` });
    const email = `rosa-${eventId}@example.org`;
    const { id } = await register(eventId, email);
    await drainStreams();
    expect(await emailsTo(email)).toHaveLength(1);

    const bouncedAt = Date.now();
    expect((await local('/local/ses/bounce', { email, type: 'Permanent' })).status).toBe(200);
    const secretariat = await tokenFor('secretariat');
    const decision = await api(`/admin/events/${eventId}/registrations/${id}/decision`, { body: { decision: 'approve' }, token: secretariat });
    expect(decision.status, decision.text).toBe(200);
    await drainStreams();
    expect(await emailsTo(email)).toHaveLength(1);

    const suppressed = await api(`/admin/events/${eventId}/emails?status=suppressed`, { token: secretariat });
    const [held, ...others] = (suppressed.json as { items: EmailView[] }).items;
    expect(others).toEqual([]);
    expect(held).toMatchObject({ kind: 'registration-confirmed', to: email, status: 'suppressed', release: null });
    expect(held!.suppression).toMatchObject({ cause: 'bounce', bounceType: 'Permanent', subType: 'General' });
    expect(Date.parse(held!.suppression!.reportedAt!)).toBeGreaterThanOrEqual(bouncedAt - 1000);

    const release = `/admin/events/${eventId}/emails/${held!.id}/release`;
    // A press officer may not release; a release without a reason names the field; neither changes anything.
    expect((await api(release, { body: { reason: 'x' }, token: await tokenFor('press') })).status).toBe(403);
    const noReason = await api(release, { body: { reason: ' ' }, token: secretariat });
    expect(noReason.status).toBe(400);
    expect(noReason.json.errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    // Still suppressed: a redrive leaves it alone.
    expect((await api(`/admin/events/${eventId}/emails/redrive`, { body: { ids: [held!.id] }, token: secretariat })).json).toEqual({
      requeued: 0,
      skipped: 1,
      outcomes: [{ id: held!.id, outcome: 'skipped' }],
    });

    const released = await api(release, {
      body: { reason: 'La delegada confirmó por teléfono que su buzón funciona' },
      token: secretariat,
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(released.status, released.text).toBe(200);
    expect(released.json).toMatchObject({
      id: held!.id,
      status: 'failed',
      suppression: { cause: 'bounce' },
      release: { by: expect.any(String), reason: 'La delegada confirmó por teléfono que su buzón funciona' },
    });
    // Released once: a second release (another key) finds nothing held back.
    const again = await api(release, { body: { reason: 'again' }, token: secretariat });
    expect(again.status).toBe(409);
    expect(again.json.type).toBe('/problems/not-suppressed');

    const redrive = await api(`/admin/events/${eventId}/emails/redrive`, { body: { ids: [held!.id] }, token: secretariat });
    expect(redrive.json).toEqual({ requeued: 1, skipped: 0, outcomes: [{ id: held!.id, outcome: 'requeued' }] });
    await drainStreams();

    const delivered = await emailsTo(email);
    expect(delivered).toHaveLength(2);
    expect(delivered.map((m) => m.subject).join('\n')).toMatch(/confirmada/i);
    const sent = (await api(`/admin/events/${eventId}/emails?status=sent`, { token: secretariat })).json as { items: EmailView[] };
    expect(sent.items.find((e) => e.id === held!.id)).toMatchObject({ status: 'sent', release: { reason: expect.any(String) } });
    const summary = await api(`/admin/events/${eventId}/summary`, { token: secretariat });
    expect(summary.json.emails).toEqual({ undelivered: 0, suppressed: 0 });
  });

  it('a release of an email that does not exist in this event is 404', async () => {
    const eventId = uniqueEventId('mail-release-404');
    await createEvent(eventId);
    const answer = await api(`/admin/events/${eventId}/emails/01J00000000000000000000000/release`, {
      body: { reason: 'Mailbox fixed' },
      token: await tokenFor('secretariat'),
    });
    expect(answer.status).toBe(404);
  });
});
