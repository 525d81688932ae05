/**
 * The data subject's rights (docs/privacy.md, "Your rights: seeing and erasing your data"): a delegate downloads
 * everything held about them and erases themselves; the secretariat erases on a request received another way;
 * a press officer erases an inquiry's personal data.
 */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createLocalAuth } from '../../local/local-auth.ts';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { env } from '../../shared/adapters/env.ts';
import { api, tokenFor } from '../support/api.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { inquiryBody, pressEvent, pressGet, submit } from './press-helpers.ts';
import { adminGet, register, registrationEvent, secretariat, tableState, tokenOf, uniqueEmail, withParticipant } from './registration-helpers.ts';

/** Every item of the local table, as text (the whole table: an erased person must be nowhere, not only in their event). */
const wholeTable = async (): Promise<string> => {
  const items: unknown[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient().send(new ScanCommand({ TableName: env.tableName, ConsistentRead: true, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return JSON.stringify(items);
};

/** A person no other test uses: their name, address and phone can be searched for in the whole table. */
const uniquePerson = () => {
  const tag = randomUUID().slice(0, 8);
  return {
    givenName: `Erasa${tag}`,
    familyName: `Olvida${tag}`,
    email: uniqueEmail(`erase-${tag}`),
    phone: `+58 212 ${String(Math.floor(1000 + Math.random() * 8999))} ${String(Math.floor(1000 + Math.random() * 8999))}`,
  };
};

const checkinToken = async () =>
  (await createLocalAuth(inject('platform').authKeyFile)).sign({ sub: 'local-checkin', email: 'checkin.staff@example.org', groups: ['checkin'] });

const ownData = (eventId: string, id: string, token: string) => api(`/events/${eventId}/registrations/${id}/data`, { token });
const selfErase = (eventId: string, id: string, token: string, headers: Record<string, string> = {}) =>
  api(`/events/${eventId}/registrations/${id}/erase`, { method: 'POST', token, headers });
const adminErase = async (eventId: string, id: string, body: unknown, headers: Record<string, string> = {}) =>
  api(`/admin/events/${eventId}/registrations/${id}/erase`, { body, token: await secretariat(), headers });

describe("a delegate's own data", () => {
  it('the export holds every field the admin view shows, the history, and the emails written to or about them', async () => {
    const { eventId } = await registrationEvent('data-export');
    const made = await register(eventId, withParticipant(uniquePerson()));
    expect(made.status).toBe(201);
    await drainStreams();

    const exported = await ownData(eventId, made.json.id, tokenOf(made.json.manageUrl));
    expect(exported.status).toBe(200);
    const { json: admin } = await adminGet(eventId, made.json.id);
    const { history, ...adminRegistration } = admin;
    expect(exported.json.registration).toEqual(adminRegistration);
    expect(exported.json.history).toEqual(history);
    expect(exported.json.emails.map((e: { kind: string }) => e.kind).sort()).toEqual(['registration-received', 'registration-received-secretariat']);
    expect(exported.json.emails.find((e: { kind: string }) => e.kind === 'registration-received')).toMatchObject({ recipient: 'you' });

    // Another registration's token, or none, reads nothing.
    expect((await ownData(eventId, made.json.id, 'not-the-token')).status).toBe(404);
    expect((await api(`/events/${eventId}/registrations/${made.json.id}/data`)).status).toBe(404);
  });
});

describe('self-erasure', () => {
  it('on a full event: the first waitlisted is promoted and told, the secretariat is told, the email registers again, the token is 404 everywhere, and the person is nowhere in the table', async () => {
    const { eventId } = await registrationEvent('erase-self', { capacity: 1, approvalRequired: false });
    const person = uniquePerson();
    const seated = await register(eventId, withParticipant(person));
    expect(seated.json.status).toBe('confirmed');
    const waitingEmail = uniqueEmail('waiting');
    const waiting = await register(eventId, withParticipant({ email: waitingEmail }));
    expect(waiting.json.status).toBe('waitlisted');
    const token = tokenOf(seated.json.manageUrl);
    await drainStreams();

    const erased = await selfErase(eventId, seated.json.id, token, { 'Idempotency-Key': randomUUID() });
    expect(erased.status).toBe(200);
    expect(erased.json).toEqual({ id: seated.json.id, reference: seated.json.reference, status: 'cancelled', erasedAt: expect.any(String) });

    // The waiting list moved exactly as on a cancellation.
    const state = await tableState(eventId);
    expect(state.waitlisted).toHaveLength(0);
    expect(state.active.map((r) => r.id)).toEqual([waiting.json.id]);
    expect(state.seats).toBe(1);
    await drainStreams();
    const promoted = await waitForEmails(() => emailsTo(waitingEmail), { count: 3 });
    expect(promoted.length).toBeGreaterThanOrEqual(3); // received, promoted, confirmed

    // The secretariat is told, without a name.
    const notices = await waitForEmails(async () =>
      (await emailsTo('registrations@example.org')).filter(
        // References repeat across the suite's events (all copy the sample's code); the console link names this registration.
        (m) =>
          m.subject.startsWith(`${seated.json.reference} · `) && /erased|borrados/i.test(m.subject) && (m.body.text ?? '').includes(seated.json.id),
      ),
    );
    expect(notices).toHaveLength(1);
    expect(`${notices[0]!.subject}${notices[0]!.body.text}`).not.toContain(person.familyName);

    // The link stops working on every manage route.
    const routes = [
      api(`/events/${eventId}/registrations/${seated.json.id}`, { token }),
      api(`/events/${eventId}/registrations/${seated.json.id}`, { method: 'PATCH', token, body: { needs: { dietary: 'none' } } }),
      api(`/events/${eventId}/registrations/${seated.json.id}/cancel`, { method: 'POST', token }),
      ownData(eventId, seated.json.id, token),
      api(`/events/${eventId}/registrations/${seated.json.id}/calendar.ics`, { token }),
      selfErase(eventId, seated.json.id, token),
    ];
    for (const answer of await Promise.all(routes)) expect(answer.status).toBe(404);

    // The same email registers again for the event.
    const again = await register(eventId, withParticipant({ email: person.email }));
    expect(again.status).toBe(201);
    expect(again.json.id).not.toBe(seated.json.id);
    await api(`/admin/events/${eventId}/registrations/${again.json.id}/erase`, { body: { reason: 'Test clean-up' }, token: await secretariat() });
    await drainStreams();

    // What the secretariat still sees: the statistics, no person.
    const { json: admin } = await adminGet(eventId, seated.json.id);
    expect(admin).toMatchObject({ status: 'cancelled', delegation: 'AR', role: 'delegate', erasedAt: expect.any(String), reason: null });
    expect(admin.participant).toEqual({ givenName: '', familyName: '', email: '', position: '', institution: '' });
    expect(admin.history.map((h: { action: string }) => h.action)).toEqual(['registered', 'cancelled', 'erased']);

    const table = await wholeTable();
    for (const trace of [person.givenName, person.familyName, person.email, person.phone]) expect(table).not.toContain(trace);
  });

  it('of a waitlisted delegate leaves the waiting list, and a replayed key after the erasure is 404 (the link no longer works)', async () => {
    const { eventId } = await registrationEvent('erase-waiting', { capacity: 1 });
    await register(eventId, withParticipant(uniquePerson()));
    const waiting = await register(eventId, withParticipant(uniquePerson()));
    expect(waiting.json.status).toBe('waitlisted');
    const key = randomUUID();
    const token = tokenOf(waiting.json.manageUrl);
    expect((await selfErase(eventId, waiting.json.id, token, { 'Idempotency-Key': key })).status).toBe(200);
    expect((await selfErase(eventId, waiting.json.id, token, { 'Idempotency-Key': key })).status).toBe(404);
    const state = await tableState(eventId);
    expect(state.waitlistEntries).toHaveLength(0);
    expect(state.waiting).toBe(0);
    expect(state.emailClaims).toHaveLength(1);
  });

  it('refuses a body with fields (400 naming them) and writes nothing', async () => {
    const { eventId } = await registrationEvent('erase-self-bad');
    const made = await register(eventId, withParticipant(uniquePerson()));
    const before = await tableState(eventId);
    const refused = await api(`/events/${eventId}/registrations/${made.json.id}/erase`, {
      body: { confirm: true },
      token: tokenOf(made.json.manageUrl),
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json.errors)).toContain('confirm');
    expect((await tableState(eventId)).items).toEqual(before.items);
  });
});

describe("the secretariat's erasure", () => {
  it('records the reason in the history, readable by the secretariat, without personal data; a replayed key answers the same', async () => {
    const { eventId } = await registrationEvent('erase-admin');
    const person = uniquePerson();
    const made = await register(eventId, withParticipant(person));
    await drainStreams();
    const key = randomUUID();
    const body = { reason: 'Request received by letter on 3 June (ref. DP-12)' };
    const first = await adminErase(eventId, made.json.id, body, { 'Idempotency-Key': key });
    expect(first.status).toBe(200);
    const replay = await adminErase(eventId, made.json.id, body, { 'Idempotency-Key': key });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.json).toEqual(first.json);

    const { json: admin } = await adminGet(eventId, made.json.id);
    const last = admin.history.at(-1);
    expect(last).toMatchObject({ action: 'erased', reason: body.reason, by: { kind: 'secretariat', name: 'secretariat.officer@example.org' } });
    const text = JSON.stringify(admin);
    for (const trace of [person.givenName, person.familyName, person.email, person.phone]) expect(text).not.toContain(trace);
    // Once erased, again is a conflict (with a new key).
    expect((await adminErase(eventId, made.json.id, body)).status).toBe(409);
    // The delegate's link no longer works.
    expect((await ownData(eventId, made.json.id, tokenOf(made.json.manageUrl))).status).toBe(404);
  });

  it('refuses a missing or empty reason (400 naming it) and writes nothing; the checkin group gets 403', async () => {
    const { eventId } = await registrationEvent('erase-admin-bad');
    const made = await register(eventId, withParticipant(uniquePerson()));
    const before = await tableState(eventId);
    for (const body of [{}, { reason: '' }, { reason: 'x', extra: 1 }]) {
      const refused = await adminErase(eventId, made.json.id, body);
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.json.errors)).toMatch(/reason|extra/);
    }
    const checkin = await api(`/admin/events/${eventId}/registrations/${made.json.id}/erase`, { body: { reason: 'x' }, token: await checkinToken() });
    expect(checkin.status).toBe(403);
    expect((await tableState(eventId)).items).toEqual(before.items);
  });
});

describe("an inquiry's erasure", () => {
  it("erases the journalist's details, message and notes, keeps topic, dates, status and routing, and records the reason", async () => {
    const { eventId } = await pressEvent('erase-inquiry');
    const tag = randomUUID().slice(0, 8);
    const journalist = {
      name: `Jornalista${tag}`,
      email: `journalist-${tag}@example.com`,
      phone: '+55 11 5555 0199',
      outlet: `Outlet${tag}`,
      country: 'BR',
    };
    const sent = await submit(eventId, inquiryBody({ journalist, message: `Message ${tag}` }));
    expect(sent.status).toBe(202);
    const press = await tokenFor('press');
    await api(`/admin/events/${eventId}/inquiries/${sent.json.id}/status`, {
      body: { status: 'acknowledged', note: `Called ${journalist.name}` },
      token: press,
    });
    await drainStreams();
    const before = (await pressGet(eventId, sent.json.id)).json;

    const key = randomUUID();
    const erase = () =>
      api(`/admin/events/${eventId}/inquiries/${sent.json.id}/erase`, {
        body: { reason: 'Asked by email' },
        token: press,
        headers: { 'Idempotency-Key': key },
      });
    const erased = await erase();
    expect(erased.status).toBe(200);
    expect(erased.json).toMatchObject({
      journalist: { name: '', email: '', outlet: '' },
      subject: '',
      message: '',
      topic: before.topic,
      status: 'acknowledged',
      reference: before.reference,
      contactId: before.contactId,
      receivedAt: before.receivedAt,
      nextReminderAt: null,
      erasedAt: expect.any(String),
    });
    const replay = await erase();
    expect(replay.headers.get('idempotent-replayed')).toBe('true');

    const after = (await pressGet(eventId, sent.json.id)).json;
    expect(after.history.at(-1)).toMatchObject({ action: 'erased', by: 'press.officer@example.org', note: 'Asked by email' });
    expect(after.history.filter((h: { note?: string }) => h.note !== undefined)).toHaveLength(1);
    await drainStreams();
    const table = await wholeTable();
    for (const trace of [journalist.name, journalist.email, journalist.outlet, `Message ${tag}`]) expect(table).not.toContain(trace);
  });

  it('refuses a bad body (400 naming reason) and the checkin group (403), writing nothing', async () => {
    const { eventId } = await pressEvent('erase-inquiry-bad');
    const sent = await submit(eventId, inquiryBody());
    const before = (await pressGet(eventId, sent.json.id)).json;
    const refused = await api(`/admin/events/${eventId}/inquiries/${sent.json.id}/erase`, { body: {}, token: await tokenFor('press') });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json.errors)).toContain('reason');
    const checkin = await api(`/admin/events/${eventId}/inquiries/${sent.json.id}/erase`, { body: { reason: 'x' }, token: await checkinToken() });
    expect(checkin.status).toBe(403);
    expect((await pressGet(eventId, sent.json.id)).json).toEqual(before);
  });
});
