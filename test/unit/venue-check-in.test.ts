/** The door's rules without storage: the check-in decision, the body, the roster entry, the summary, the use cases. */
import { describe, expect, it } from 'vitest';
import { deriveEventSeed, exportPublicKey, keyPairFromSeed, signCheckInCode } from '../../shared/domain/badges/check-in-code.ts';
import { manualClock } from '../../shared/domain/clock.ts';
import type { CheckInRecord } from '../../shared/domain/venue/check-in.ts';
import { CheckInBody, decideCheckIn } from '../../shared/domain/venue/check-in.ts';
import { checkInSummary } from '../../shared/domain/venue/check-in-summary.ts';
import type { CheckInStore, CheckInTally } from '../../shared/domain/venue/ports.ts';
import { InvalidBadge, NotConfirmedForCheckIn } from '../../shared/domain/venue/problems.ts';
import { toRosterEntry } from '../../shared/domain/venue/roster-entry.ts';
import { makeVenue } from '../../shared/domain/venue/venue-use-cases.ts';
import type { Registration } from '../../shared/domain/registration/registration.ts';
import { NOW, aRegistration, storedEvent } from './registration-fixtures.ts';

const SCAN = { scanId: '01JSCAN0000000000000000001', scannedAt: '2026-07-02T09:00:00-04:00', device: 'Door A' };
const record = (over: Partial<CheckInRecord> = {}): CheckInRecord => ({
  registrationId: '01J00000000000000000000001',
  checkedInAt: '2026-07-02T13:00:00.000Z',
  device: 'Door A',
  scanId: SCAN.scanId,
  method: 'code',
  recordedAt: NOW.toISOString(),
  ...over,
});

describe('decideCheckIn', () => {
  it('records the first check-in, its time in UTC', () => {
    expect(decideCheckIn(undefined, '01J00000000000000000000001', SCAN, 'code', NOW)).toEqual({ kind: 'record', record: record() });
  });

  it('answers the same scan as its first time, any other as not the first, with the first time and device', () => {
    const first = record();
    expect(decideCheckIn(first, first.registrationId, SCAN, 'code', NOW)).toEqual({ kind: 'answer', firstScan: true, record: first });
    const later = { ...SCAN, scanId: '01JSCAN0000000000000000002', device: 'Door B' };
    expect(decideCheckIn(first, first.registrationId, later, 'manual', NOW)).toEqual({ kind: 'answer', firstScan: false, record: first });
  });
});

describe('CheckInBody', () => {
  const paths = (body: unknown) => {
    const result = CheckInBody.safeParse(body);
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
  };

  it('takes a code or a registrationId with the scan', () => {
    expect(paths({ ...SCAN, code: 'PLN1.x.y.z' })).toEqual([]);
    expect(paths({ ...SCAN, registrationId: '01J00000000000000000000001' })).toEqual([]);
  });

  it('names the missing identity, a doubled one, and every bad field', () => {
    expect(paths(SCAN)).toEqual(['code']);
    expect(paths({ ...SCAN, code: 'x', registrationId: '01J00000000000000000000001' })).toEqual(['registrationId']);
    expect(paths({ code: 'x', scanId: 'nope', scannedAt: 'today', device: '', extra: 1 }).sort()).toEqual(['', 'device', 'scanId', 'scannedAt']);
    expect(paths({ ...SCAN, code: 'x', device: 'x'.repeat(61) })).toEqual(['device']);
  });
});

describe('toRosterEntry', () => {
  const event = storedEvent();

  it("shows a delegate's delegation with its names, and no contact details", () => {
    const r = aRegistration({ status: 'confirmed', checkInCode: 'K7QM-4XPD', delegation: 'AR' });
    const entry = toRosterEntry(r, event, undefined);
    expect(entry).toMatchObject({ registrationId: r.id, deskCode: 'K7QM-4XPD', category: 'member_state', checkedIn: null });
    expect(entry.delegation).toMatchObject({ code: 'AR', names: { es: 'Argentina' } });
    expect(entry).not.toHaveProperty('organisation');
    expect(JSON.stringify(entry)).not.toContain('@example.org');
  });

  it('shows a journalist with no delegation, their outlet as organisation, in the press category', () => {
    const r = aRegistration({
      status: 'confirmed',
      delegation: 'PRESS',
      participant: { ...aRegistration().participant, institution: 'El Diario', title: undefined },
    });
    const entry = toRosterEntry(r, event, record({ registrationId: r.id }));
    expect(entry).toMatchObject({
      delegation: null,
      organisation: 'El Diario',
      category: 'press',
      checkedIn: { at: '2026-07-02T13:00:00.000Z', device: 'Door A' },
    });
    expect(entry.name).toEqual({ givenName: 'Ana', familyName: 'Pérez' });
  });
});

describe('checkInSummary', () => {
  it('breaks checked in against confirmed down by delegation and category, press as a row once there are journalists', () => {
    const event = storedEvent();
    const summary = checkInSummary(event, {
      checkedIn: { byDelegation: { AR: 1, PRESS: 1 }, byCategory: { member_state: 1, press: 1 } },
      confirmedByDelegation: { AR: 2, iom: 1, PRESS: 1 },
    });
    expect(summary.checkedIn).toBe(2);
    expect(summary.expected).toBe(4);
    expect(summary.byDelegation).toContainEqual({ code: 'AR', checkedIn: 1, expected: 2 });
    expect(summary.byDelegation).toContainEqual({ code: 'BO', checkedIn: 0, expected: 0 });
    expect(summary.byDelegation.at(-1)).toEqual({ code: 'PRESS', checkedIn: 1, expected: 1 });
    expect(summary.byCategory).toEqual([
      { category: 'member_state', checkedIn: 1, expected: 2 },
      { category: 'observer', checkedIn: 0, expected: 1 },
      { category: 'press', checkedIn: 1, expected: 1 },
    ]);
    expect(
      checkInSummary(event, { checkedIn: { byDelegation: {}, byCategory: {} }, confirmedByDelegation: {} }).byDelegation.map((d) => d.code),
    ).not.toContain('PRESS');
  });
});

describe('makeVenue', () => {
  const secret = new Uint8Array(32).fill(7);
  const keysOf = async (eventId: string) => keyPairFromSeed(await deriveEventSeed(secret, eventId));

  /** A store that can be told another scan won the race between the read and the write. */
  const fakeStore = () => {
    const stored = new Map<string, CheckInRecord>();
    const tallies: CheckInTally[] = [];
    let rival: CheckInRecord | undefined;
    const store: CheckInStore = {
      get: async (_eventId, id) => stored.get(id),
      recordFirst: async (_eventId, r, tally) => {
        if (rival) {
          stored.set(r.registrationId, rival);
          rival = undefined;
        }
        if (stored.has(r.registrationId)) return false;
        stored.set(r.registrationId, r);
        tallies.push(tally);
        return true;
      },
      ofRegistrations: async (_eventId, ids) => new Map(ids.flatMap((id) => (stored.has(id) ? [[id, stored.get(id)!] as const] : []))),
    };
    return { store, tallies, loseNextRaceTo: (r: CheckInRecord) => (rival = r) };
  };

  const setUp = async ({ published = true } = {}) => {
    const event = storedEvent();
    const confirmed = aRegistration({ status: 'confirmed', checkInCode: 'K7QM-4XPD' });
    const cancelled = aRegistration({ status: 'cancelled' });
    const registrations = new Map<string, Registration>([confirmed, cancelled].map((r) => [r.id, r]));
    const { privateKey, publicKey } = await keysOf('sacm-7');
    const encoded = await exportPublicKey(publicKey);
    const { store, tallies, loseNextRaceTo } = fakeStore();
    const venue = makeVenue({
      events: { get: async (id) => (id === 'sacm-7' ? event : undefined) },
      registrations: { get: async (_eventId, id) => registrations.get(id) },
      checkIns: store,
      roster: { confirmed: async () => ({ items: [confirmed], nextCursor: null }) },
      keys: { publicKeyOf: async () => (published ? encoded : undefined) },
      clock: manualClock(NOW),
      retryPolicy: { attempts: 3, baseMs: 0, capMs: 0, sleep: async () => undefined },
    });
    const codeFor = (registrationId: string, key = privateKey, eventId = 'sacm-7') => signCheckInCode({ eventId, registrationId }, key);
    return { venue, confirmed, cancelled, codeFor, tallies, loseNextRaceTo, encoded };
  };

  it('checks a real badge in once, counting it for its delegation and category', async () => {
    const { venue, confirmed, codeFor, tallies } = await setUp();
    const answer = await venue.checkIn('sacm-7', { ...SCAN, code: await codeFor(confirmed.id) });
    expect(answer).toMatchObject({ firstScan: true, checkedInAt: '2026-07-02T13:00:00.000Z', device: 'Door A' });
    expect(await venue.checkIn('sacm-7', { ...SCAN, code: await codeFor(confirmed.id) })).toEqual(answer);
    expect(tallies).toEqual([{ delegation: 'AR', category: 'member_state' }]);
  });

  it('after losing the race to another scan, answers with the one that won', async () => {
    const { venue, confirmed, loseNextRaceTo, tallies } = await setUp();
    loseNextRaceTo(record({ registrationId: confirmed.id, scanId: '01JSCAN0000000000000000009', device: 'Door Z' }));
    const answer = await venue.checkIn('sacm-7', { ...SCAN, registrationId: confirmed.id });
    expect(answer).toMatchObject({ firstScan: false, device: 'Door Z' });
    expect(tallies).toEqual([]);
  });

  it('refuses forged codes, other events, garbage, and any code before a key is published', async () => {
    const { venue, confirmed, codeFor } = await setUp();
    const other = await keysOf('sacm-8');
    const reasonOf = (code: string, v = venue) =>
      v.checkIn('sacm-7', { ...SCAN, code }).then(
        () => 'accepted',
        (e: unknown) => (e instanceof InvalidBadge ? (e.extensions as { reason: string }).reason : String(e)),
      );
    expect(await reasonOf(await codeFor(confirmed.id, other.privateKey))).toBe('bad_signature');
    expect(await reasonOf(await codeFor(confirmed.id, other.privateKey, 'sacm-8'))).toBe('other_event');
    expect(await reasonOf('K7QM-4XPD')).toBe('malformed');
    const { venue: keyless } = await setUp({ published: false });
    expect(await reasonOf(await codeFor(confirmed.id), keyless)).toBe('bad_signature');
    expect(await reasonOf(await codeFor(confirmed.id, other.privateKey, 'sacm-8'), keyless)).toBe('other_event');
    expect(await reasonOf('nonsense', keyless)).toBe('malformed');
  });

  it('refuses a registration that is not confirmed, or unknown, as not-confirmed', async () => {
    const { venue, cancelled, codeFor } = await setUp();
    await expect(venue.checkIn('sacm-7', { ...SCAN, code: await codeFor(cancelled.id) })).rejects.toBeInstanceOf(NotConfirmedForCheckIn);
    await expect(venue.checkIn('sacm-7', { ...SCAN, registrationId: '01J0000000000000000000ZZZZ' })).rejects.toBeInstanceOf(NotConfirmedForCheckIn);
  });

  it('gives the roster with the public key and each entry checked in or not', async () => {
    const { venue, confirmed, encoded } = await setUp();
    expect((await venue.roster('sacm-7', { limit: 500 })).items[0]!.checkedIn).toBeNull();
    await venue.checkIn('sacm-7', { ...SCAN, registrationId: confirmed.id });
    const roster = await venue.roster('sacm-7', { limit: 500 });
    expect(roster).toMatchObject({ eventId: 'sacm-7', publicKey: encoded, generatedAt: NOW.toISOString(), nextCursor: null });
    expect(roster.items[0]!.checkedIn).toEqual({ at: '2026-07-02T13:00:00.000Z', device: 'Door A' });
    await expect(venue.roster('nope', { limit: 1 })).rejects.toThrow('No such event');
  });
});
