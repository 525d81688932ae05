/**
 * Focal points nominate and withdraw: the registration's rules (quota, capacity, one head, unique email) in one
 * transaction, the nominee's email with their own manage link, the deadline, the waiting list moving on a withdrawal,
 * tokens, bad input, and the concurrency test (3 focal points, 30 nominations, a quota of 8).
 */
import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { partition, register, registrationBody, registrationEvent, tableState, tokenOf, uniqueEmail } from './registration-helpers.ts';

/** Invites a focal point and returns the token of the link in their email. */
const focalPoint = async (eventId: string, code: string, language = 'es') => {
  const email = uniqueEmail('focal');
  const invited = await api(`/admin/events/${eventId}/delegations/${code}/focal-points`, {
    body: { name: `Focal ${code}`, email, language },
    token: await tokenFor('secretariat'),
  });
  expect(invited.status).toBe(201);
  await drainStreams();
  const [invitation] = await waitForEmails(() => emailsTo(email));
  const found = /#token=([A-Za-z0-9_%-]+)/.exec(invitation?.body.text ?? '');
  return { id: invited.json.id as string, token: decodeURIComponent(found![1]!) };
};

const nominee = (over: Record<string, unknown> = {}) => {
  const { participant } = registrationBody();
  return { participant: { ...participant, email: uniqueEmail('nominee') }, role: 'delegate', language: 'es', ...over };
};

const nominate = (eventId: string, code: string, token: string, body: unknown, headers: Record<string, string> = {}) =>
  api(`/events/${eventId}/delegations/${code}/nominations`, { body, token, headers });
const withdraw = (eventId: string, code: string, token: string, id: string) =>
  api(`/events/${eventId}/delegations/${code}/nominations/${id}`, { method: 'DELETE', token });
const view = (eventId: string, code: string, token: string) => api(`/events/${eventId}/delegations/${code}`, { token });

/** What the table holds for the event, recounted from the registrations themselves. */
const recount = async (eventId: string) => {
  const state = await tableState(eventId);
  const holding = state.registrations.filter((r) => ['nominated', 'pending_approval', 'confirmed'].includes(String(r.status)));
  const byDelegation: Record<string, number> = {};
  for (const r of holding) byDelegation[String(r.delegation)] = (byDelegation[String(r.delegation)] ?? 0) + 1;
  return { ...state, holding, byDelegation };
};

describe('nominations', () => {
  it('a nomination holds a place at once; the nominee gets their own manage link in their language; the focal point sees them', async () => {
    const { eventId } = await registrationEvent('nom-one', { memberStates: 'focal_point' });
    const { token } = await focalPoint(eventId, 'PE');
    const body = nominee({ role: 'head_of_delegation', language: 'nl' });
    const answer = await nominate(eventId, 'PE', token, body);
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ id: expect.any(String), reference: expect.stringMatching(/^SACM7-D-\d{4}$/), status: 'nominated' });

    const state = await recount(eventId);
    expect(state.quotas).toEqual({ PE: 1 });
    expect(state.seats).toBe(1);
    expect(state.headClaims).toHaveLength(1);
    expect(state.history.find((h) => h.registrationId === answer.json.id)).toMatchObject({ action: 'nominated', actor: { kind: 'focal_point' } });

    await drainStreams();
    const [email] = await waitForEmails(() => emailsTo(body.participant.email));
    expect(email?.subject).toContain('Voorgedragen voor de delegatie van Peru');
    const manageUrl = /https?:\/\/\S+\/manage\/\S+#token=\S+/.exec(email!.body.text ?? '')![0];
    const own = await api(`/events/${eventId}/registrations/${answer.json.id}`, { token: tokenOf(manageUrl) });
    expect(own.status).toBe(200);
    expect(own.json).toMatchObject({ status: 'nominated', consent: { dataProcessing: false } });

    const seen = await view(eventId, 'PE', token);
    expect(seen.json).toMatchObject({ status: 'nominating', used: 1, headNamed: true });
    expect(seen.json.members).toEqual([
      expect.objectContaining({ id: answer.json.id, status: 'nominated', role: 'head_of_delegation', consentGiven: false }),
    ]);
  });

  it('enforces the quota, one head of delegation and unique emails, writing nothing for a refusal', async () => {
    const { eventId } = await registrationEvent('nom-rules', { memberStates: 'focal_point', quotas: { member_state: 2, observer: 2 } });
    const { token } = await focalPoint(eventId, 'PE');
    const head = nominee({ role: 'head_of_delegation' });
    expect((await nominate(eventId, 'PE', token, head)).status).toBe(201);
    const secondHead = await nominate(eventId, 'PE', token, nominee({ role: 'head_of_delegation' }));
    expect(secondHead.status).toBe(409);
    expect(secondHead.json.type).toBe('/problems/head-of-delegation-taken');
    const sameEmail = await nominate(
      eventId,
      'PE',
      token,
      nominee({ participant: { ...head.participant, email: head.participant.email.toUpperCase() } }),
    );
    expect(sameEmail.json.type).toBe('/problems/already-registered');
    // An observer who registered themselves holds their email too.
    const observer = registrationBody({ delegation: 'iom', role: 'observer' });
    expect((await register(eventId, observer)).status).toBe(201);
    expect((await nominate(eventId, 'PE', token, nominee({ participant: observer.participant }))).json.type).toBe('/problems/already-registered');

    expect((await nominate(eventId, 'PE', token, nominee())).status).toBe(201);
    const full = await nominate(eventId, 'PE', token, nominee());
    expect(full.status).toBe(409);
    expect(full.json.type).toBe('/problems/delegation-full');
    const state = await recount(eventId);
    expect(state.quotas.PE).toBe(2);
    expect(state.registrations.filter((r) => r.delegation === 'PE')).toHaveLength(2);
  });

  it('a withdrawal frees the place, which goes to the oldest on the waiting list who fits, as for a cancellation', async () => {
    // Self-registration for member states here, so a delegate of Peru can wait on the list.
    const { eventId } = await registrationEvent('nom-withdraw', { quotas: { member_state: 1, observer: 2 }, approvalRequired: true });
    const { token } = await focalPoint(eventId, 'PE');
    const first = await nominate(eventId, 'PE', token, nominee());
    expect(first.status).toBe(201);
    const waiting = await register(eventId, registrationBody({ delegation: 'PE' }));
    expect(waiting.json.status).toBe('waitlisted');

    const withdrawn = await withdraw(eventId, 'PE', token, first.json.id);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.json).toMatchObject({ id: first.json.id, status: 'cancelled' });
    const state = await recount(eventId);
    expect(state.registrations.find((r) => r.id === waiting.json.id)?.status).toBe('pending_approval');
    expect(state.quotas.PE).toBe(1);
    expect(state.history.find((h) => h.registrationId === first.json.id && h.action === 'cancelled')).toMatchObject({
      actor: { kind: 'focal_point' },
    });
    // Twice: no longer nominated.
    expect((await withdraw(eventId, 'PE', token, first.json.id)).status).toBe(409);
    expect((await view(eventId, 'PE', token)).json.members).toEqual([expect.objectContaining({ id: first.json.id, status: 'cancelled' })]);
  });

  it("another delegation's focal point, a wrong or revoked token, or someone nobody nominated: 404", async () => {
    const { eventId } = await registrationEvent('nom-tokens', { memberStates: 'focal_point', observers: 'self' });
    const peru = await focalPoint(eventId, 'PE');
    const chile = await focalPoint(eventId, 'CL');
    const nominated = await nominate(eventId, 'PE', peru.token, nominee());
    expect((await nominate(eventId, 'PE', chile.token, nominee())).status).toBe(404);
    expect((await nominate(eventId, 'PE', 'not-a-token', nominee())).status).toBe(404);
    expect((await withdraw(eventId, 'CL', chile.token, nominated.json.id)).status).toBe(404);
    const selfRegistered = await register(eventId, registrationBody({ delegation: 'iom', role: 'observer' }));
    const iom = await focalPoint(eventId, 'iom');
    expect((await withdraw(eventId, 'iom', iom.token, selfRegistered.json.id)).status).toBe(404);

    await api(`/admin/events/${eventId}/delegations/PE/focal-points/${peru.id}`, { method: 'DELETE', token: await tokenFor('secretariat') });
    expect((await nominate(eventId, 'PE', peru.token, nominee())).status).toBe(404);
    expect((await withdraw(eventId, 'PE', peru.token, nominated.json.id)).status).toBe(404);
  });

  it('refused from the deadline on (409 nominations-closed), nothing written', async () => {
    const { eventId } = await registrationEvent('nom-closed', { memberStates: 'focal_point', nominationsCloseAt: '2020-01-01T00:00:00Z' });
    const { token } = await focalPoint(eventId, 'PE');
    expect((await view(eventId, 'PE', token)).json.nominationsOpen).toBe(false);
    const answer = await nominate(eventId, 'PE', token, nominee());
    expect(answer.status).toBe(409);
    expect(answer.json.type).toBe('/problems/nominations-closed');
    expect((await partition(eventId)).filter((i) => i.type === 'registration')).toHaveLength(0);
  });

  it('bad bodies are a 400 naming each field; an Idempotency-Key replays the first nomination', async () => {
    const { eventId } = await registrationEvent('nom-input', { memberStates: 'focal_point' });
    const { token } = await focalPoint(eventId, 'PE');
    const bad = await nominate(eventId, 'PE', token, {
      participant: { givenName: '', familyName: 'Pérez', email: 'nope', position: 'x', institution: 'y', smuggled: 1 },
      role: 'observer',
      language: 'fr',
      consent: { dataProcessing: true },
    });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.json.errors.map((e: { path: string }) => e.path))].sort()).toEqual(
      ['consent', 'language', 'participant.email', 'participant.givenName', 'participant.smuggled'].sort(),
    );
    // A role the delegation's kind does not take is named too.
    const role = await nominate(eventId, 'PE', token, nominee({ role: 'observer' }));
    expect(role.status).toBe(400);
    expect(role.json.errors).toEqual([expect.objectContaining({ path: 'role' })]);

    const body = nominee();
    const key = crypto.randomUUID();
    const first = await nominate(eventId, 'PE', token, body, { 'idempotency-key': key });
    const again = await nominate(eventId, 'PE', token, body, { 'idempotency-key': key });
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('3 focal points of one delegation nominating 30 people at once into a quota of 8: never more than the quota, never two heads, counters equal a recount', async () => {
    const { eventId } = await registrationEvent('nom-race', {
      memberStates: 'focal_point',
      quotas: { member_state: 8, observer: 2 },
      clientLimitPerHour: 10_000,
    });
    const tokens = await Promise.all([focalPoint(eventId, 'PE'), focalPoint(eventId, 'PE'), focalPoint(eventId, 'PE')]);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        nominate(eventId, 'PE', tokens[i % 3]!.token, nominee({ role: i % 5 === 0 ? 'head_of_delegation' : 'delegate' })),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(
      statuses.every((s) => s === 201 || s === 409),
      JSON.stringify(answers.filter((a) => a.status !== 201 && a.status !== 409).map((a) => a.json)),
    ).toBe(true);
    expect(statuses.filter((s) => s === 201)).toHaveLength(8);

    const state = await recount(eventId);
    expect(state.holding).toHaveLength(8);
    expect(state.holding.filter((r) => r.role === 'head_of_delegation')).toHaveLength(1);
    expect(state.headClaims).toHaveLength(1);
    expect(state.quotas).toEqual(state.byDelegation);
    expect(state.seats).toBe(state.holding.length);
    expect(state.emailClaims).toHaveLength(8);
  });
});

describe('nominations racing a withdrawal', () => {
  it('30 nominations into a quota of 8 while a nominee is withdrawn: the freed place is taken at most once, counters equal a recount', async () => {
    const { eventId } = await registrationEvent('nom-race-withdraw', {
      memberStates: 'focal_point',
      quotas: { member_state: 8, observer: 2 },
      clientLimitPerHour: 10_000,
    });
    const focalPoints = await Promise.all([focalPoint(eventId, 'PE'), focalPoint(eventId, 'PE'), focalPoint(eventId, 'PE')]);
    const early = await nominate(eventId, 'PE', focalPoints[0]!.token, nominee());
    expect(early.status).toBe(201);
    const [withdrawal, ...answers] = await Promise.all([
      withdraw(eventId, 'PE', focalPoints[1]!.token, early.json.id),
      ...Array.from({ length: 30 }, (_, i) => nominate(eventId, 'PE', focalPoints[i % 3]!.token, nominee())),
    ]);
    expect(withdrawal!.status).toBe(200);
    const created = answers.filter((a) => a.status === 201).length;
    expect(answers.every((a) => a.status === 201 || a.status === 409)).toBe(true);
    // 7 places were free at the start; the withdrawn one is taken again only if it was freed before the last attempt.
    expect(created).toBeGreaterThanOrEqual(7);
    expect(created).toBeLessThanOrEqual(8);

    const state = await recount(eventId);
    expect(state.holding).toHaveLength(created);
    expect(state.holding.length).toBeLessThanOrEqual(8);
    expect(state.registrations.find((r) => r.id === early.json.id)?.status).toBe('cancelled');
    expect(state.quotas).toEqual(state.byDelegation);
    expect(state.seats).toBe(state.holding.length);
    expect(state.emailClaims).toHaveLength(state.holding.length);
  });
});
