/**
 * Media accreditation against the local platform: a press officer accredits (or declines) the journalist behind an
 * inquiry of topic `accreditation`; the journalist becomes a confirmed participant of category press, outside the
 * capacity and every quota, within registration.mediaCapacity, and is told by email in their language.
 */
import { describe, expect, inject, it } from 'vitest';
import fc from 'fast-check';
import { createLocalAuth } from '../../local/local-auth.ts';
import { api, tokenFor } from '../support/api.ts';
import { DELETE, applyMutation, field, nonString, notOneOf, tooLong, unknownKey, type Mutation } from '../support/bad-input.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { inquiryBody, pressGet, submit } from './press-helpers.ts';
import { register, registrationBody, registrationEvent, tableState, tokenOf, uniqueEmail } from './registration-helpers.ts';

const decide = async (
  eventId: string,
  id: string,
  body: unknown,
  { user = 'press' as 'press' | 'secretariat', key }: { user?: 'press' | 'secretariat'; key?: string } = {},
) =>
  api(`/admin/events/${eventId}/inquiries/${id}/accreditation`, {
    body,
    token: await tokenFor(user),
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });

/** An accreditation request from a journalist with their own address. */
const requestAccreditation = async (eventId: string, over: { name?: string; language?: string; email?: string; topic?: string } = {}) => {
  const email = over.email ?? uniqueEmail('journalist');
  const body = inquiryBody({
    topic: over.topic ?? 'accreditation',
    language: over.language ?? 'pt',
    subject: 'Accreditation for the opening session',
    journalist: { name: over.name ?? 'João Silva', email, phone: '+55 11 5555 0100', outlet: 'Folha de S.Paulo', country: 'BR' },
  });
  const accepted = await submit(eventId, body);
  expect(accepted.status).toBe(202);
  return { id: accepted.json.id as string, email };
};

/** An event whose delegate capacity is 1 (filled by one delegate) and whose media capacity is `mediaCapacity`. */
const fullEvent = async (prefix: string, mediaCapacity?: number) => {
  const { eventId } = await registrationEvent(
    prefix,
    { capacity: 1, approvalRequired: false, waitlist: true, ...(mediaCapacity !== undefined ? { mediaCapacity } : {}) },
    {
      press: { defaultContact: 'technical-secretariat', hourlyLimit: 50, rules: [] },
    },
  );
  const delegate = await register(eventId, registrationBody());
  expect(delegate.json.status).toBe('confirmed');
  return eventId;
};

describe('media accreditation', () => {
  it('accredits: a confirmed press participant outside the full capacity; the journalist gets their email in Portuguese with a working manage link', async () => {
    const eventId = await fullEvent('press-accredit');
    const { id, email } = await requestAccreditation(eventId, { name: 'João Pedro da Silva' });

    const answer = await decide(eventId, id, { decision: 'accredit' }, { key: `acc-${id}` });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.json).toMatchObject({
      status: 'answered',
      accreditation: { outcome: 'accredited', by: 'press.officer@example.org', reason: null, registration: { id: expect.any(String) } },
    });
    const registrationId = answer.json.accreditation.registration.id as string;

    const registration = await api(`/admin/events/${eventId}/registrations/${registrationId}`, { token: await tokenFor('secretariat') });
    expect(registration.json).toMatchObject({
      status: 'confirmed',
      delegation: 'PRESS',
      delegationKind: 'press',
      role: 'press',
      language: 'pt',
      reference: answer.json.accreditation.registration.reference,
      participant: { givenName: 'João', familyName: 'Pedro da Silva', email, institution: 'Folha de S.Paulo', position: 'Jornalista' },
      consent: { dataProcessing: true, listInParticipants: false },
    });
    expect(registration.json.checkInCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // Outside the delegates' capacity and every quota: the seats stay as the one delegate left them.
    const state = await tableState(eventId);
    expect(state.seats).toBe(1);
    expect(state.quotas).toEqual({ AR: 1, PRESS: 1 });
    expect(state.emailClaims.map((c) => c.SK)).toContain(`EMAIL#${email}`);
    const summary = await api(`/admin/events/${eventId}/summary`, { token: await tokenFor('secretariat') });
    expect(summary.json).toMatchObject({ active: 1, press: { accredited: 1, mediaCapacity: null, available: null } });

    // The inquiry keeps the decision, in its history too.
    const inquiry = await pressGet(eventId, id);
    expect(inquiry.json.history.at(-1)).toMatchObject({ action: 'accredited', by: 'press.officer@example.org', from: 'received', to: 'answered' });

    await drainStreams();
    const [mail] = await waitForEmails(async () =>
      (await emailsTo(email)).filter((m) => m.subject.includes('Credenciamento de imprensa confirmado')),
    );
    expect(mail).toBeDefined();
    expect(mail!.attachments.some((a) => a.filename?.endsWith('.ics'))).toBe(true);
    const manageUrl = /https?:\/\/\S+\/manage\/\S+#token=\S+/.exec(mail!.body.text ?? '')![0];
    const own = await api(`/events/${eventId}/registrations/${registrationId}`, { token: tokenOf(manageUrl) });
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ status: 'confirmed', delegation: 'PRESS', role: 'press', checkInCode: registration.json.checkInCode });

    // Listed apart: the `press` kind filter, and the participants CSV's own "Prensa" group (the event's language).
    const listed = await api(`/admin/events/${eventId}/registrations?kind=press`, { token: await tokenFor('secretariat') });
    expect(listed.json.items.map((r: { id: string }) => r.id)).toEqual([registrationId]);
    const csv = await api(`/admin/events/${eventId}/registrations.csv`, { token: await tokenFor('secretariat') });
    expect(csv.text.trim().split('\r\n').at(-1)).toMatch(/^[A-Z0-9]+-D-\d{4},Prensa,PRESS,press,press,/);

    // The same key replays; a second decision is refused; the email is claimed against registering as a delegate.
    const replay = await decide(eventId, id, { decision: 'accredit' }, { key: `acc-${id}` });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.json).toEqual(answer.json);
    const again = await decide(eventId, id, { decision: 'decline', reason: 'Changed our mind' });
    expect(again.status).toBe(409);
    expect(again.json.type).toBe('/problems/already-decided');
    const asDelegate = await register(eventId, { ...registrationBody(), participant: { ...registrationBody().participant, email } });
    expect(asDelegate.json.type).toBe('/problems/already-registered');
    const { id: second } = await requestAccreditation(eventId, { email });
    const twice = await decide(eventId, second, { decision: 'accredit' });
    expect(twice.status).toBe(409);
    expect(twice.json.type).toBe('/problems/already-registered');
    expect((await tableState(eventId)).quotas).toEqual({ AR: 1, PRESS: 1 });
  });

  it('mediaCapacity 2 and 6 accreditations at once: exactly 2 accredited, 4 refused with media-capacity-reached, the counter exact', async () => {
    const eventId = await fullEvent('press-capacity', 2);
    const requests = [];
    for (let i = 0; i < 6; i++) requests.push(await requestAccreditation(eventId, { name: `Reporter ${i}` }));
    const answers = await Promise.all(requests.map(({ id }) => decide(eventId, id, { decision: 'accredit' })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses, answers.map((a) => a.text).join('\n')).toEqual([200, 200, 409, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.status === 409)) expect(refused.json.type).toBe('/problems/media-capacity-reached');

    const state = await tableState(eventId);
    expect(state.quotas.PRESS).toBe(2);
    expect(state.seats).toBe(1);
    expect(state.registrations.filter((r) => r.delegation === 'PRESS')).toHaveLength(2);
    // The refused ones wrote nothing: their inquiries are still undecided.
    const undecided = await Promise.all(requests.map(async ({ id }) => (await pressGet(eventId, id)).json.accreditation));
    expect(undecided.filter((a) => a === null)).toHaveLength(4);
    const summary = await api(`/admin/events/${eventId}/summary`, { token: await tokenFor('secretariat') });
    expect(summary.json.press).toEqual({ accredited: 2, mediaCapacity: 2, available: 0 });

    // The media capacity cannot go below the journalists accredited; raising it lets the next one in.
    const token = await tokenFor('secretariat');
    const { json: stored } = await api(`/admin/events/${eventId}`, { token });
    const { id: _id, updatedAt: _updatedAt, promotionsDue: _due, ...config } = stored;
    const withMedia = (mediaCapacity: number) => ({ ...config, registration: { ...config.registration, mediaCapacity } });
    const lowered = await api(`/admin/events/${eventId}`, { method: 'PUT', body: withMedia(1), token });
    expect(lowered.status).toBe(409);
    expect(lowered.json.limits).toEqual([{ path: 'registration.mediaCapacity', limit: 1, inUse: 2 }]);
    expect((await api(`/admin/events/${eventId}`, { method: 'PUT', body: withMedia(3), token })).status).toBe(200);
    const refusedEarlier = requests.find((_request, i) => answers[i]!.status === 409)!;
    expect((await decide(eventId, refusedEarlier.id, { decision: 'accredit' })).status).toBe(200);
    expect((await tableState(eventId)).quotas.PRESS).toBe(3);
  });

  it('a journalist who cancels with their manage link frees a media place, never a seat: nobody waitlisted is promoted', async () => {
    const eventId = await fullEvent('press-cancel', 1);
    const waiting = await register(eventId, registrationBody());
    expect(waiting.json.status).toBe('waitlisted');
    const { id, email } = await requestAccreditation(eventId);
    const accredited = await decide(eventId, id, { decision: 'accredit' });
    expect(accredited.status).toBe(200);
    const registrationId = accredited.json.accreditation.registration.id as string;
    await drainStreams();
    const [mail] = await waitForEmails(async () => (await emailsTo(email)).filter((m) => m.attachments.length > 0));
    const token = tokenOf(/https?:\/\/\S+\/manage\/\S+#token=\S+/.exec(mail!.body.text ?? '')![0]);
    const cancelled = await api(`/events/${eventId}/registrations/${registrationId}/cancel`, { method: 'POST', token });
    expect(cancelled.status, cancelled.text).toBe(200);

    const state = await tableState(eventId);
    expect(state.quotas).toEqual({ AR: 1, PRESS: 0 });
    expect(state.seats).toBe(1);
    expect(state.waitlisted.map((r) => r.id)).toEqual([waiting.json.id]);
    // The freed media place takes the next journalist.
    const { id: next } = await requestAccreditation(eventId);
    expect((await decide(eventId, next, { decision: 'accredit' })).status).toBe(200);
  });

  it('two officers deciding the same request at once: one decision wins, the other is 409 already-decided', async () => {
    const eventId = await fullEvent('press-race');
    const { id } = await requestAccreditation(eventId);
    const answers = await Promise.all([
      decide(eventId, id, { decision: 'accredit' }),
      decide(eventId, id, { decision: 'accredit' }, { user: 'secretariat' }),
      decide(eventId, id, { decision: 'decline', reason: 'No places' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    for (const refused of answers.filter((a) => a.status === 409)) expect(refused.json.type).toBe('/problems/already-decided');
    const state = await tableState(eventId);
    expect(state.registrations.filter((r) => r.delegation === 'PRESS').length).toBe(state.quotas.PRESS ?? 0);
  });

  it('declines with the reason: the journalist is told in Spanish, no registration is made', async () => {
    const eventId = await fullEvent('press-decline');
    const { id, email } = await requestAccreditation(eventId, { language: 'es', name: 'Lucía Fernández' });
    const before = await tableState(eventId);
    const declined = await decide(
      eventId,
      id,
      { decision: 'decline', reason: 'Las acreditaciones se limitan a medios de la región.' },
      { user: 'secretariat' },
    );
    expect(declined.status, declined.text).toBe(200);
    expect(declined.json).toMatchObject({
      status: 'answered',
      accreditation: {
        outcome: 'declined',
        by: 'secretariat.officer@example.org',
        reason: 'Las acreditaciones se limitan a medios de la región.',
        registration: null,
      },
    });
    const after = await tableState(eventId);
    expect(after.registrations).toHaveLength(before.registrations.length);
    expect(after.quotas).toEqual(before.quotas);

    await drainStreams();
    const [mail] = await waitForEmails(async () => (await emailsTo(email)).filter((m) => m.subject.includes('Acreditación de prensa no concedida')));
    expect(mail).toBeDefined();
    expect(mail!.body.text).toContain('Las acreditaciones se limitan a medios de la región.');
    expect((await decide(eventId, id, { decision: 'accredit' })).json.type).toBe('/problems/already-decided');
  });

  it('refuses an inquiry of another topic (409), an unknown one (404), the checkin group (403) and no token (401)', async () => {
    const eventId = await fullEvent('press-topic');
    const { id } = await requestAccreditation(eventId, { topic: 'interview_request' });
    const other = await decide(eventId, id, { decision: 'accredit' });
    expect(other.status).toBe(409);
    expect(other.json.type).toBe('/problems/not-an-accreditation-request');
    expect((await decide(eventId, '01J00000000000000000000000', { decision: 'accredit' })).status).toBe(404);

    const auth = await createLocalAuth(inject('platform').authKeyFile);
    const checkin = await auth.sign({ sub: 'local-checkin', email: 'door@example.org', groups: ['checkin'] });
    const { id: accreditation } = await requestAccreditation(eventId);
    const path = `/admin/events/${eventId}/inquiries/${accreditation}/accreditation`;
    expect((await api(path, { body: { decision: 'accredit' }, token: checkin })).status).toBe(403);
    expect((await api(path, { body: { decision: 'accredit' } })).status).toBe(401);
    expect((await pressGet(eventId, accreditation)).json.accreditation).toBeNull();
  });

  it('bad bodies (fixed and 200 generated) are 400 naming the field, and write nothing', async () => {
    const eventId = await fullEvent('press-acc-bad');
    const { id } = await requestAccreditation(eventId);
    const before = await tableState(eventId);
    const fixed: [unknown, string][] = [
      [{ decision: 'decline' }, 'reason'],
      [{ decision: 'decline', reason: '   ' }, 'reason'],
      [{ decision: 'approve' }, 'decision'],
      [{}, 'decision'],
      [{ decision: 'accredit', extra: 1 }, 'extra'],
      [{ decision: 'accredit', name: { givenName: 'João' } }, 'name.familyName'],
      [{ decision: 'decline', reason: 'No', name: { givenName: 'João', familyName: 'Silva' } }, 'name'],
    ];
    for (const [body, path] of fixed) {
      const answer = await decide(eventId, id, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.errors.map((e: { path: string }) => e.path)).toContain(path);
    }

    const mutations: fc.Arbitrary<Mutation> = fc.oneof(
      field('decision', fc.oneof(notOneOf(['accredit', 'decline']), fc.constant(DELETE), nonString)),
      field('reason', fc.oneof(tooLong(1000), nonString)),
      field('name', fc.oneof(nonString.filter((v) => v !== undefined))),
      unknownKey(['decision', 'reason', 'name']).map((key) => ({ at: [key], path: key, value: 'surprise' })),
    );
    const seed = Date.now() % 2 ** 31;
    for (const mutation of fc.sample(mutations, { numRuns: 200, seed })) {
      const answer = await decide(eventId, id, applyMutation({ decision: 'decline', reason: 'Not covering the region' }, mutation));
      const context = `seed ${seed}: ${JSON.stringify(mutation)} -> ${answer.status} ${answer.text.slice(0, 300)}`;
      expect(answer.status, context).toBe(400);
      expect(
        answer.json.errors.some((e: { path: string }) => e.path === mutation.path || e.path.startsWith(`${mutation.path}.`)),
        context,
      ).toBe(true);
    }
    const after = await tableState(eventId);
    expect(after.items.length).toBe(before.items.length);
    expect((await pressGet(eventId, id)).json.accreditation).toBeNull();
  });
});
