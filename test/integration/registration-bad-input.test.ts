/**
 * Bodies the registration schema must refuse: 1,000 generated ones and hand-picked classics. Each is a 400
 * naming the bad field, none a 5xx, and nothing reaches the table.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CONTROL_CHARS,
  DELETE,
  LINE_BREAKERS,
  applyMutation,
  badRequiredLine,
  field,
  injected,
  nonString,
  notOneOf,
  tooLong,
  unknownKey,
  type Mutation,
} from '../support/bad-input.ts';
import { partition, register, registrationBody, registrationEvent } from './registration-helpers.ts';

const TOP_KEYS = ['participant', 'delegation', 'role', 'language', 'needs', 'consent'];
const PARTICIPANT_KEYS = ['title', 'givenName', 'familyName', 'email', 'phone', 'position', 'institution'];
const EVENT_CODES = ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PY', 'PE', 'SR', 'UY', 'VE', 'iom', 'unhcr', 'ilo', 'red-migrantes'];

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  field('participant.givenName', badRequiredLine('Ana María', 100)),
  field('participant.familyName', badRequiredLine('Pérez Gómez', 100)),
  field('participant.position', badRequiredLine('Director of Migration Policy', 200)),
  field('participant.institution', badRequiredLine('Ministry of Foreign Affairs', 200)),
  field('participant.title', fc.oneof(tooLong(40), injected('Dr.', LINE_BREAKERS), nonString)),
  field(
    'participant.email',
    fc.oneof(
      fc.constantFrom('', 'ana', 'ana@', '@example.org', 'ana@example', 'an a@example.org', DELETE),
      injected('ana@example.org', LINE_BREAKERS),
      tooLong(254).map((s) => `${s}@example.org`),
      nonString,
    ),
  ),
  field(
    'participant.phone',
    fc.oneof(fc.constantFrom('', 'call me', '+58 212 555 0100 please', '1'.repeat(41)), injected('+58 212 555 0100', LINE_BREAKERS), nonString),
  ),
  field('delegation', fc.oneof(notOneOf(EVENT_CODES), fc.constant(DELETE), nonString)),
  field('role', fc.oneof(notOneOf(['head_of_delegation', 'delegate', 'adviser']), fc.constant(DELETE), nonString)),
  field('language', fc.oneof(notOneOf(['es', 'pt', 'en', 'nl']), fc.constant(DELETE), nonString)),
  field('needs.accessibility', fc.oneof(tooLong(1000), injected('Wheelchair access', CONTROL_CHARS), nonString)),
  field('needs.dietary', fc.oneof(tooLong(200), injected('vegetarian', LINE_BREAKERS), nonString)),
  field('consent.dataProcessing', fc.oneof(fc.constant(false), fc.constant(DELETE), fc.constantFrom('true', 1, null))),
  field('consent.listInParticipants', fc.oneof(fc.constant(DELETE), fc.constantFrom('yes', 1, null))),
  field('participant', fc.oneof(nonString, fc.constant(DELETE))),
  field('consent', fc.oneof(nonString, fc.constant(DELETE))),
  unknownKey(TOP_KEYS).map((key) => ({ at: [key], path: key, value: 'surprise' })),
  unknownKey(PARTICIPANT_KEYS).map((key) => ({ at: ['participant', key], path: `participant.${key}`, value: 'surprise' })),
  fc
    .constantFrom('status', 'id', 'reference', 'checkInCode', 'manageTokenHash', 'createdAt', 'version')
    .map((key) => ({ at: [key], path: key, value: 'confirmed' })),
);

/** Whether an error path names the mutated field (or, for a whole object replaced, the object). */
const names = (errors: { path: string }[], path: string) => errors.some((e) => e.path === path || e.path.startsWith(`${path}.`));

describe('bad registration bodies', () => {
  it('refuses 1,000 generated bad bodies, each a 400 naming the field, none a 5xx, nothing written', async () => {
    const { eventId } = await registrationEvent('reg-fuzz');
    const samples = fc.sample(fc.array(mutations, { minLength: 1, maxLength: 3 }), { numRuns: 1000, seed: 20260703 });
    const failures: string[] = [];
    for (let i = 0; i < samples.length; i += 25) {
      await Promise.all(
        samples.slice(i, i + 25).map(async (batch) => {
          const body = batch.reduce<Record<string, unknown>>((b, m) => applyMutation(b, m) as Record<string, unknown>, registrationBody());
          const answer = await register(eventId, body);
          const errors = (answer.json?.errors ?? []) as { path: string }[];
          const ok = answer.status === 400 && answer.json?.type === '/problems/validation-failed' && batch.some((m) => names(errors, m.path));
          if (!ok) failures.push(`${answer.status} ${JSON.stringify(errors)} for ${batch.map((m) => m.path).join(', ')}`);
        }),
      );
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect((await partition(eventId)).map((item) => item.SK)).toEqual(['CONFIG']);
  });

  it('names every bad field of one body at once', async () => {
    const { eventId } = await registrationEvent('reg-many');
    const answer = await register(eventId, {
      participant: {
        givenName: '',
        familyName: 42,
        email: 'ana@example.org\r\nBcc: x@example.net',
        position: 'x'.repeat(201),
        institution: 'Ministry',
        smuggled: 1,
      },
      delegation: 'AR',
      role: 'chair',
      language: 'fr',
      consent: { dataProcessing: false, listInParticipants: true },
      status: 'confirmed',
    });
    expect(answer.status).toBe(400);
    expect([...new Set(answer.json.errors.map((e: { path: string }) => e.path))].sort()).toEqual(
      [
        'consent.dataProcessing',
        'language',
        'participant.email',
        'participant.familyName',
        'participant.givenName',
        'participant.position',
        'participant.smuggled',
        'role',
        'status',
      ].sort(),
    );
  });

  it.each([
    ['a 10 kB name', { participant: { ...registrationBody().participant, givenName: 'A'.repeat(10_240) } }, 'participant.givenName'],
    ['a name with a NUL', { participant: { ...registrationBody().participant, familyName: 'Pé\u0000rez' } }, 'participant.familyName'],
    [
      'an email with CR/LF',
      { participant: { ...registrationBody().participant, email: 'ana@example.org\r\nBcc: all@example.net' } },
      'participant.email',
    ],
    ['an empty position', { participant: { ...registrationBody().participant, position: '   ' } }, 'participant.position'],
    ['a number as the delegation', { delegation: 7 }, 'delegation'],
    ['a smuggled status', { status: 'confirmed' }, 'status'],
    ['a smuggled id', { id: '01JZZZZZZZZZZZZZZZZZZZZZZZ' }, 'id'],
    ['a smuggled check-in code', { checkInCode: 'AAAA-BBBB' }, 'checkInCode'],
    ['consent refused', { consent: { dataProcessing: false, listInParticipants: true } }, 'consent.dataProcessing'],
    ['needs as a string', { needs: 'none' }, 'needs'],
  ])('refuses %s', async (_name, over, path) => {
    const { eventId } = await registrationEvent('reg-hand');
    const answer = await register(eventId, { ...registrationBody(), ...over });
    expect(answer.status).toBe(400);
    expect(answer.json.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await partition(eventId)).map((item) => item.SK)).toEqual(['CONFIG']);
  });

  it('refuses a body that is not JSON (400), not sent as JSON (415) or over 64 KiB (413)', async () => {
    const { eventId } = await registrationEvent('reg-raw');
    const { api } = await import('../support/api.ts');
    const path = `/events/${eventId}/registrations`;
    expect((await api(path, { method: 'POST', rawBody: '{"participant":', headers: { 'content-type': 'application/json' } })).json.type).toBe(
      '/problems/malformed-body',
    );
    expect((await api(path, { method: 'POST', rawBody: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
    expect(
      (await api(path, { method: 'POST', rawBody: JSON.stringify({ pad: 'x'.repeat(70_000) }), headers: { 'content-type': 'application/json' } }))
        .status,
    ).toBe(413);
    expect((await partition(eventId)).map((item) => item.SK)).toEqual(['CONFIG']);
  });
});
