/**
 * The check-in app's offline logic without a browser: the verdict a door gives, the device's roster, the search for
 * a damaged badge, and the queue that sends scans in order and never loses one (IndexedDB replaced by plain arrays).
 */
import { describe, expect, it } from 'vitest';
import { deriveEventSeed, keyPairFromSeed, signCheckInCode, verifyCheckInCode } from '../../shared/domain/badges/check-in-code.ts';
import { ApiProblem } from '../../web/src/api/http-client.ts';
import { markCheckedIn, mergeRoster } from '../../web/src/checkin/local-roster.ts';
import { searchRoster } from '../../web/src/checkin/roster-search.ts';
import type { CheckInAnswer, CheckInBody, Roster, RosterEntry } from '../../web/src/checkin/roster-types.ts';
import { addScan, finishScan, KEEP_FINISHED, waitingScans, type QueuedScan } from '../../web/src/checkin/scan-queue.ts';
import { verdictForCode } from '../../web/src/checkin/scan-verdict.ts';
import { syncQueue, type SyncDependencies } from '../../web/src/checkin/sync-queue.ts';

const EVENT = 'sacm-7';
const ANA = '01JABCDEFGHJKMNPQRSTVWXYZ0';
const JOAO = '01JABCDEFGHJKMNPQRSTVWXYZ1';
const GONE = '01JABCDEFGHJKMNPQRSTVWXYZ2';

const entry = (registrationId: string, givenName: string, familyName: string, deskCode: string, reference: string): RosterEntry => ({
  registrationId,
  reference,
  deskCode,
  name: { givenName, familyName },
  delegation: { code: 'CL', names: { en: 'Chile', es: 'Chile' } },
  role: 'delegate',
  category: 'member_state',
  checkedIn: null,
});

const roster = (): Roster => ({
  eventId: EVENT,
  publicKey: 'unused-here',
  generatedAt: '2026-11-30T08:00:00.000Z',
  entries: [entry(ANA, 'Ana María', 'Peñalosa', 'K7QM-4XPD', 'SACM7-D-0042'), entry(JOAO, 'João', 'Silva', 'ZZ22-9ABC', 'SACM7-D-0043')],
});

const keys = async (eventId: string) => keyPairFromSeed(await deriveEventSeed(new Uint8Array(32).fill(3), eventId));

const scan = (scanId: string, registrationId: string, status: QueuedScan['status'] = 'waiting'): QueuedScan => ({
  scanId,
  eventId: EVENT,
  scannedAt: '2026-11-30T08:41:00.000Z',
  device: 'door 2',
  registrationId,
  label: registrationId,
  status,
});

describe("the door's verdict on a scanned code, without network", () => {
  it('admits a confirmed participant once, then says already checked in; refuses forged, other events, non-badges and the unconfirmed', async () => {
    const { privateKey, publicKey } = await keys(EVENT);
    const code = await signCheckInCode({ eventId: EVENT, registrationId: ANA }, privateKey);
    const local = roster();
    const first = await verdictForCode(code, local, publicKey, verifyCheckInCode);
    expect(first).toMatchObject({ kind: 'admit', entry: { registrationId: ANA } });

    const marked = markCheckedIn(local, ANA, { at: '2026-11-30T08:41:00.000Z', device: 'door 2' });
    expect(await verdictForCode(code, marked, publicKey, verifyCheckInCode)).toMatchObject({
      kind: 'already',
      checkedIn: { at: '2026-11-30T08:41:00.000Z', device: 'door 2' },
    });

    const forger = await keys('not-ours');
    const forged = await signCheckInCode({ eventId: EVENT, registrationId: ANA }, forger.privateKey);
    expect(await verdictForCode(forged, local, publicKey, verifyCheckInCode)).toEqual({ kind: 'refused', reason: 'forged' });
    const otherEvent = await signCheckInCode({ eventId: 'sacm-8', registrationId: ANA }, (await keys('sacm-8')).privateKey);
    expect(await verdictForCode(otherEvent, local, publicKey, verifyCheckInCode)).toEqual({ kind: 'refused', reason: 'other_event' });
    expect(await verdictForCode('https://example.org', local, publicKey, verifyCheckInCode)).toEqual({ kind: 'refused', reason: 'unknown' });
    const cancelled = await signCheckInCode({ eventId: EVENT, registrationId: GONE }, privateKey);
    expect(await verdictForCode(cancelled, local, publicKey, verifyCheckInCode)).toEqual({ kind: 'refused', reason: 'not_confirmed' });
    expect(await verdictForCode(code, local, undefined, verifyCheckInCode)).toEqual({ kind: 'refused', reason: 'no_key' });
  });

  it('keeps the first check-in when a second one is marked', () => {
    const once = markCheckedIn(roster(), ANA, { at: '2026-11-30T08:41:00.000Z', device: 'door 2' });
    const twice = markCheckedIn(once, ANA, { at: '2026-11-30T09:00:00.000Z', device: 'door 1' });
    expect(twice.entries[0]!.checkedIn).toEqual({ at: '2026-11-30T08:41:00.000Z', device: 'door 2' });
  });
});

describe('finding a damaged badge in the roster', () => {
  it('finds by name without accents or case, by reference, and by desk code with or without its dash', () => {
    const entries = roster().entries;
    const ids = (q: string) => searchRoster(entries, q).map((e) => e.registrationId);
    expect(ids('penalosa')).toEqual([ANA]);
    expect(ids('ana PEÑA')).toEqual([ANA]);
    expect(ids('SACM7-D-0043')).toEqual([JOAO]);
    expect(ids('k7qm4xpd')).toEqual([ANA]);
    expect(ids('K7QM-4XPD')).toEqual([ANA]);
    expect(ids('x')).toEqual([]);
    expect(ids('nobody')).toEqual([]);
  });
});

describe("the device's roster refreshed from the API", () => {
  it("keeps this device's unsent check-ins and drops whoever the API no longer lists (cancelled)", () => {
    const fresh: Roster = { ...roster(), entries: [roster().entries[0]!] };
    const merged = mergeRoster(fresh, [scan('01J0000000000000000000000A', ANA), scan('01J0000000000000000000000B', JOAO)], (s) => s.registrationId);
    expect(merged.entries).toHaveLength(1);
    expect(merged.entries[0]!.checkedIn).toEqual({ at: '2026-11-30T08:41:00.000Z', device: 'door 2' });
  });

  it("prefers the API's own record, and a refused scan marks nobody", () => {
    const fresh = markCheckedIn(roster(), ANA, { at: '2026-11-30T08:30:00.000Z', device: 'door 1' });
    const merged = mergeRoster(
      fresh,
      [scan('01J0000000000000000000000A', ANA), scan('01J0000000000000000000000B', JOAO, 'refused')],
      (s) => s.registrationId,
    );
    expect(merged.entries.map((e) => e.checkedIn)).toEqual([{ at: '2026-11-30T08:30:00.000Z', device: 'door 1' }, null]);
  });
});

describe('the queue of scans', () => {
  it('keeps scans in scan order, once each, and forgets only the oldest finished ones', () => {
    let queue = addScan([], scan('01J0000000000000000000000B', JOAO));
    queue = addScan(queue, scan('01J0000000000000000000000A', ANA));
    queue = addScan(queue, scan('01J0000000000000000000000A', ANA));
    expect(queue.map((s) => s.scanId)).toEqual(['01J0000000000000000000000A', '01J0000000000000000000000B']);
    for (let i = 0; i < KEEP_FINISHED + 5; i++) queue = addScan(queue, scan(`01J1${String(i).padStart(22, '0')}`, ANA, 'done'));
    queue = finishScan(queue, '01J0000000000000000000000A', { status: 'refused', problem: 'not-confirmed' });
    expect(queue.filter((s) => s.status !== 'waiting')).toHaveLength(KEEP_FINISHED);
    expect(waitingScans(queue).map((s) => s.scanId)).toEqual(['01J0000000000000000000000B']);
  });
});

/** The queue and roster in memory; `answers` says how the fake API answers each registration. */
const fakeDevice = (queue: QueuedScan[], answers: Record<string, () => CheckInAnswer>, token: () => string | undefined = () => 'token') => {
  const state = { queue, sent: [] as CheckInBody[], entries: [] as RosterEntry[] };
  const deps: SyncDependencies = {
    loadQueue: async () => state.queue,
    updateQueue: async (_id, change) => (state.queue = change(state.queue)),
    saveEntry: async (_id, e) => void state.entries.push(e),
    post: async (_eventId, _token, body) => {
      state.sent.push(body);
      return answers[body.registrationId!]!();
    },
    token,
  };
  return { state, deps };
};

const answer = (registrationId: string, firstScan = true): CheckInAnswer => ({
  participant: {
    ...roster().entries.find((e) => e.registrationId === registrationId)!,
    checkedIn: { at: '2026-11-30T08:41:00.000Z', device: 'door 1' },
  },
  firstScan,
  checkedInAt: '2026-11-30T08:41:00.000Z',
  device: 'door 1',
});

describe('sending the queue', () => {
  it("sends in order; records the API's answer; a 4xx is recorded against its scan and never sent again", async () => {
    const { state, deps } = fakeDevice([scan('01J0000000000000000000000A', ANA), scan('01J0000000000000000000000B', JOAO)], {
      [ANA]: () => answer(ANA, false),
      [JOAO]: () => {
        throw new ApiProblem(409, 'not-confirmed');
      },
    });
    expect(await syncQueue(EVENT, deps)).toBe('synced');
    expect(state.sent.map((b) => b.scanId)).toEqual(['01J0000000000000000000000A', '01J0000000000000000000000B']);
    expect(state.sent[0]).toEqual({
      scanId: '01J0000000000000000000000A',
      scannedAt: '2026-11-30T08:41:00.000Z',
      device: 'door 2',
      registrationId: ANA,
    });
    expect(state.queue.map((s) => [s.status, s.outcome?.firstScan ?? s.problem])).toEqual([
      ['done', false],
      ['refused', 'not-confirmed'],
    ]);
    expect(state.entries.map((e) => e.checkedIn?.device)).toEqual(['door 1']);
    expect(await syncQueue(EVENT, deps)).toBe('synced');
    expect(state.sent).toHaveLength(2);
  });

  it('keeps everything queued when the network fails, the API is busy, or the sign-in has expired', async () => {
    const failing = (error: unknown) => () => {
      throw error;
    };
    for (const [error, stop] of [
      [new ApiProblem(0, 'network'), 'offline'],
      [new ApiProblem(503, 'busy'), 'busy'],
      [new ApiProblem(409, 'idempotency-key-in-flight'), 'busy'],
      [new ApiProblem(401, '401'), 'sign-in'],
    ] as const) {
      const { state, deps } = fakeDevice([scan('01J0000000000000000000000A', ANA), scan('01J0000000000000000000000B', JOAO)], {
        [ANA]: failing(error),
        [JOAO]: () => answer(JOAO),
      });
      expect(await syncQueue(EVENT, deps)).toBe(stop);
      expect(waitingScans(state.queue)).toHaveLength(2);
      expect(state.sent).toHaveLength(1);
    }
    const { state, deps } = fakeDevice([scan('01J0000000000000000000000A', ANA)], { [ANA]: () => answer(ANA) }, () => undefined);
    expect(await syncQueue(EVENT, deps)).toBe('sign-in');
    expect(state.sent).toEqual([]);
    expect(waitingScans(state.queue)).toHaveLength(1);
  });
});
