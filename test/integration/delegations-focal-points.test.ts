/**
 * The secretariat invites focal points (one transaction: the focal point, its history, the invitation email in the
 * focal point's language), lists every delegation's state, and revokes a focal point at once. The token is derived
 * and stored only as a hash. Bad invitation bodies are each a 400 naming the field (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashDelegationToken } from '../../shared/domain/delegations/delegation-token.ts';
import { api, tokenFor } from '../support/api.ts';
import {
  DELETE,
  LINE_BREAKERS,
  applyMutation,
  badRequiredLine,
  field,
  injected,
  nonString,
  notOneOf,
  unknownKey,
  type Mutation,
} from '../support/bad-input.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { partition, registrationEvent, uniqueEmail } from './registration-helpers.ts';

const invite = async (eventId: string, code: string, body: unknown, headers: Record<string, string> = {}) =>
  api(`/admin/events/${eventId}/delegations/${code}/focal-points`, { body, token: await tokenFor('secretariat'), headers });

const revoke = async (eventId: string, code: string, id: string) =>
  api(`/admin/events/${eventId}/delegations/${code}/focal-points/${id}`, { method: 'DELETE', token: await tokenFor('secretariat') });

const delegations = async (eventId: string) => api(`/admin/events/${eventId}/delegations`, { token: await tokenFor('secretariat') });

const focalPointBody = (over: Record<string, unknown> = {}) => ({ name: 'Rosa Quispe', email: uniqueEmail('focal'), language: 'es', ...over });

/** The token in the delegation link of an email (its fragment). */
const linkToken = (text: string, eventId: string, code: string) => {
  const found = new RegExp(`/delegations/${eventId}/${code}#token=([A-Za-z0-9_%-]+)`).exec(text);
  return found ? decodeURIComponent(found[1]!) : undefined;
};

describe('focal points', () => {
  it('an invitation stores the focal point with only a hash of its token and emails the private link in its language', async () => {
    const { eventId } = await registrationEvent('fp-invite', { memberStates: 'focal_point', nominationsCloseAt: '2099-03-01T18:00:00-04:00' });
    const body = focalPointBody({ language: 'pt', name: 'João Costa' });
    const answer = await invite(eventId, 'BR', body);
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ id: expect.stringMatching(/^[0-9A-Z]{26}$/) });

    await drainStreams();
    const [email] = await waitForEmails(() => emailsTo(body.email));
    expect(email).toBeDefined();
    expect(email!.subject).toContain('Indique a delegação de Brasil');
    const token = linkToken(email!.body.text ?? '', eventId, 'BR');
    expect(token).toBeTruthy();

    const items = await partition(eventId);
    const stored = items.find((i) => String(i.SK).startsWith('FOCAL#BR#'));
    expect(stored).toMatchObject({ id: answer.json.id, email: body.email, language: 'pt', tokenHash: hashDelegationToken(token!) });
    // The raw token is nowhere in the table.
    expect(JSON.stringify(items)).not.toContain(token);
    const history = items.filter((i) => String(i.SK).startsWith('DELEG#BR#HIST#'));
    expect(history).toEqual([
      expect.objectContaining({
        action: 'focal-point-invited',
        focalPointId: answer.json.id,
        actor: expect.objectContaining({ kind: 'secretariat' }),
      }),
    ]);
  });

  it.each([
    ['es', 'Nomine a la delegación de Perú'],
    ['en', 'Nominate the delegation of Peru'],
    ['nl', 'Draag de delegatie van Peru voor'],
  ])('the invitation in %s', async (language, subject) => {
    const { eventId } = await registrationEvent(`fp-lang-${language}`);
    const body = focalPointBody({ language });
    expect((await invite(eventId, 'PE', body)).status).toBe(201);
    await drainStreams();
    const [email] = await waitForEmails(() => emailsTo(body.email));
    expect(email?.subject).toContain(subject);
  });

  it('lists each delegation with its status, quota, use, head and focal points (never a token); a revocation shows at once', async () => {
    const { eventId } = await registrationEvent('fp-list', { memberStates: 'focal_point' });
    const first = await invite(eventId, 'PE', focalPointBody());
    const second = await invite(eventId, 'PE', focalPointBody({ name: 'Luis Paredes' }));
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);

    const listed = await delegations(eventId);
    expect(listed.status).toBe(200);
    const pe = listed.json.items.find((d: { code: string }) => d.code === 'PE');
    expect(pe).toMatchObject({ kind: 'member_state', registration: 'focal_point', status: 'invited', quota: 8, used: 0, headNamed: false });
    expect(pe.focalPoints.map((f: { id: string }) => f.id).sort()).toEqual([first.json.id, second.json.id].sort());
    expect(JSON.stringify(listed.json)).not.toMatch(/token/i);
    expect(listed.json.items.find((d: { code: string }) => d.code === 'AR')).toMatchObject({ status: 'not_invited', focalPoints: [] });

    const revoked = await revoke(eventId, 'PE', first.json.id);
    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({ id: first.json.id, revokedAt: expect.any(String), revokedBy: expect.any(String) });
    // Again: the same answer, nothing new in the history.
    expect((await revoke(eventId, 'PE', first.json.id)).json.revokedAt).toBe(revoked.json.revokedAt);
    const history = (await partition(eventId)).filter((i) => String(i.SK).startsWith('DELEG#PE#HIST#'));
    expect(history.map((h) => h.action).sort()).toEqual(['focal-point-invited', 'focal-point-invited', 'focal-point-revoked']);

    expect((await revoke(eventId, 'PE', second.json.id)).status).toBe(200);
    const after = (await delegations(eventId)).json.items.find((d: { code: string }) => d.code === 'PE');
    expect(after.status).toBe('not_invited');
  });

  it('404 for an unknown delegation or focal point, or a focal point of another delegation; 403 for the press', async () => {
    const { eventId } = await registrationEvent('fp-404');
    expect((await invite(eventId, 'XX', focalPointBody())).status).toBe(404);
    const { json } = await invite(eventId, 'PE', focalPointBody());
    expect((await revoke(eventId, 'AR', json.id)).status).toBe(404);
    expect((await revoke(eventId, 'PE', '01JZ0000000000000000000000')).status).toBe(404);
    const press = await api(`/admin/events/${eventId}/delegations`, { token: await tokenFor('press') });
    expect(press.status).toBe(403);
    expect((await api(`/admin/events/${eventId}/delegations`)).status).toBe(401);
  });

  it('an Idempotency-Key replays the first invitation (one focal point, one email)', async () => {
    const { eventId } = await registrationEvent('fp-idem');
    const body = focalPointBody();
    const key = crypto.randomUUID();
    const first = await invite(eventId, 'PE', body, { 'idempotency-key': key });
    const again = await invite(eventId, 'PE', body, { 'idempotency-key': key });
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await partition(eventId)).filter((i) => String(i.SK).startsWith('FOCAL#'))).toHaveLength(1);
  });

  it("the focal point's link reads the delegation; another delegation's token, a wrong one or a revoked one is a 404 at once; never ?token=", async () => {
    const { eventId } = await registrationEvent('fp-token', { memberStates: 'focal_point', nominationsCloseAt: '2099-03-01T18:00:00-04:00' });
    const peru = focalPointBody({ language: 'es' });
    const chile = focalPointBody({ language: 'es', name: 'Camila Rojas' });
    const peruId = (await invite(eventId, 'PE', peru)).json.id;
    expect((await invite(eventId, 'CL', chile)).status).toBe(201);
    await drainStreams();
    const [peruEmail] = await waitForEmails(() => emailsTo(peru.email));
    const [chileEmail] = await waitForEmails(() => emailsTo(chile.email));
    const peruToken = linkToken(peruEmail!.body.text ?? '', eventId, 'PE')!;
    const chileToken = linkToken(chileEmail!.body.text ?? '', eventId, 'CL')!;

    const read = (code: string, token?: string) => api(`/events/${eventId}/delegations/${code}`, token ? { token } : {});
    const mine = await read('PE', peruToken);
    expect(mine.status).toBe(200);
    expect(mine.json).toMatchObject({
      eventId,
      code: 'PE',
      kind: 'member_state',
      status: 'invited',
      quota: 8,
      used: 0,
      headNamed: false,
      nominationsCloseAt: '2099-03-01T18:00:00-04:00',
      nominationsOpen: true,
      focalPoint: { id: peruId, name: peru.name, language: 'es' },
    });

    const notFound = (answer: { status: number; json: { type?: string } }) => {
      expect(answer.status).toBe(404);
      expect(answer.json.type).toBe('/problems/not-found');
    };
    notFound(await read('PE', chileToken)); // another delegation's token
    notFound(await read('CL', peruToken));
    notFound(await read('PE', `${peruToken.slice(0, -2)}xx`)); // a wrong token
    notFound(await read('PE')); // none
    notFound(await api(`/events/${eventId}-other/delegations/PE`, { token: peruToken })); // another event
    const inQuery = await api(`/events/${eventId}/delegations/PE?token=${encodeURIComponent(peruToken)}`);
    expect(inQuery.status).toBe(400);
    expect(inQuery.json.errors).toEqual([expect.objectContaining({ path: 'query.token' })]);

    // Revoked: refused by the very next request.
    expect((await revoke(eventId, 'PE', peruId)).status).toBe(200);
    notFound(await read('PE', peruToken));
    expect((await read('CL', chileToken)).status).toBe(200);
  });

  it('refuses 300 generated bad invitation bodies, each a 400 naming the field, nothing written', async () => {
    const { eventId } = await registrationEvent('fp-fuzz');
    const mutations: fc.Arbitrary<Mutation> = fc.oneof(
      field('name', badRequiredLine('Rosa Quispe', 200)),
      field('email', fc.oneof(fc.constantFrom('', 'rosa', 'rosa@', '@example.org', DELETE), injected('rosa@example.org', LINE_BREAKERS), nonString)),
      field('language', fc.oneof(notOneOf(['es', 'pt', 'en', 'nl']), fc.constant(DELETE), nonString)),
      unknownKey(['name', 'email', 'language']).map((key) => ({ at: [key], path: key, value: 'surprise' })),
      fc.constantFrom('id', 'tokenHash', 'revokedAt').map((key) => ({ at: [key], path: key, value: 'x' })),
    );
    const names = (errors: { path: string }[], path: string) => errors.some((e) => e.path === path || e.path.startsWith(`${path}.`));
    const samples = fc.sample(fc.array(mutations, { minLength: 1, maxLength: 3 }), { numRuns: 300, seed: 20261130 });
    const failures: string[] = [];
    for (let i = 0; i < samples.length; i += 25) {
      await Promise.all(
        samples.slice(i, i + 25).map(async (batch) => {
          const body = batch.reduce<Record<string, unknown>>((b, m) => applyMutation(b, m) as Record<string, unknown>, focalPointBody());
          const answer = await invite(eventId, 'PE', body);
          const errors = (answer.json?.errors ?? []) as { path: string }[];
          const ok = answer.status === 400 && batch.some((m) => names(errors, m.path));
          if (!ok) failures.push(`${answer.status} ${JSON.stringify(errors)} for ${batch.map((m) => m.path).join(', ')}`);
        }),
      );
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect((await partition(eventId)).map((item) => item.SK)).toEqual(['CONFIG']);
  });
});
