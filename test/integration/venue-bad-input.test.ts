/** Bad check-in bodies: each a 400 naming every bad field, none a 5xx, nothing written. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETE, LINE_BREAKERS, applyMutation, field, injected, nonString, tooLong, unknownKey, type Mutation } from '../support/bad-input.ts';
import { registrationEvent } from './registration-helpers.ts';
import { badgeCode, checkIn, checkInState, confirmedParticipant, publishBadgeKey, scan } from './venue-helpers.ts';

const VALID_ULID = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const badUlid = fc.oneof(
  fc.constantFrom('', 'not-a-ulid', '01jaaaaaaaaaaaaaaaaaaaaaaa', '01JAAAAAAAAAAAAAAAAAAAAAAAA', '01JAAAAAAAAAAAAAAAAAAAAAAI'),
  nonString,
);

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  field('scanId', fc.oneof(badUlid, fc.constant(DELETE))),
  field('scannedAt', fc.oneof(fc.constantFrom('', 'yesterday', '2026-07-02', '2026-07-02T09:00:00', '2026-13-02T09:00:00Z', DELETE), nonString)),
  field('device', fc.oneof(fc.constantFrom('', '   ', DELETE), tooLong(60), injected('Door A', LINE_BREAKERS), nonString)),
  field('code', fc.oneof(fc.constantFrom(''), tooLong(400), nonString)),
  unknownKey(['code', 'registrationId', 'scanId', 'scannedAt', 'device']).map((key) => ({ at: [key], path: key, value: 'x' })),
  field('(body)', fc.constantFrom([], 'text', 42, null, true)),
);

describe('bad check-in bodies', () => {
  it('named cases: a missing identity, both identities, a bad registrationId', async () => {
    const { eventId } = await registrationEvent('venue-bad-named');
    await publishBadgeKey(eventId);
    const ana = await confirmedParticipant(eventId);
    const code = await badgeCode(eventId, ana.id);
    const cases: [unknown, string[]][] = [
      [{ scanId: VALID_ULID, scannedAt: new Date().toISOString(), device: 'Door A' }, ['code']],
      [scan({ code, registrationId: ana.id }), ['registrationId']],
      [scan({ registrationId: 'nope' }), ['registrationId']],
      [
        { code, registrationId: 'nope', scanId: 'x', scannedAt: 'y', device: '', extra: 1 },
        ['extra', 'registrationId', 'scanId', 'scannedAt', 'device'],
      ],
      [{}, ['scanId', 'scannedAt', 'device']],
    ];
    for (const [body, paths] of cases) {
      const answer = await checkIn(eventId, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.type).toBe('/problems/validation-failed');
      expect(answer.json.errors.map((e: { path: string }) => e.path).sort(), JSON.stringify(body)).toEqual(expect.arrayContaining(paths.sort()));
    }
    expect(await checkInState(eventId)).toEqual({ checkIns: [], counters: {} });
  });

  it('300 generated invalid bodies are each a 400 naming the bad field; none is a 5xx; nothing is written', async () => {
    const { eventId } = await registrationEvent('venue-bad-generated');
    await publishBadgeKey(eventId);
    const ana = await confirmedParticipant(eventId);
    const base = scan({ code: await badgeCode(eventId, ana.id) });
    const seed = Date.now() % 2 ** 31;
    const samples = fc.sample(mutations, { numRuns: 300, seed });
    for (let i = 0; i < samples.length; i += 10) {
      await Promise.all(
        samples.slice(i, i + 10).map(async (mutation) => {
          const answer = await checkIn(eventId, applyMutation(base, mutation));
          const context = `seed ${seed}: ${JSON.stringify(mutation)} -> ${answer.status} ${answer.text.slice(0, 300)}`;
          expect(answer.status, context).toBe(400);
          const paths: string[] = answer.json.errors.map((e: { path: string }) => e.path);
          expect(
            paths.some((p) => p === mutation.path || p.startsWith(`${mutation.path}.`)),
            context,
          ).toBe(true);
        }),
      );
    }
    expect(await checkInState(eventId)).toEqual({ checkIns: [], counters: {} });
  });
});
