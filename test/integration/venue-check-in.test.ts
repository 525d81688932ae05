/** The door's check-in: real badges check in once and count once, whatever arrives twice or at once. */
import { describe, expect, it } from 'vitest';
import { ulid } from 'ulidx';
import { api } from '../support/api.ts';
import { adminCancel, register, registrationBody, registrationEvent, secretariat } from './registration-helpers.ts';
import { badgeCode, checkIn, checkInState, confirmedParticipant, publishBadgeKey, roster, scan, summary } from './venue-helpers.ts';

const checkInEvent = async (prefix: string) => {
  const { eventId, event } = await registrationEvent(prefix);
  await publishBadgeKey(eventId);
  return { eventId, event };
};

/** The same code with one character of its signature changed (a character in the middle, so it still decodes). */
const forged = (code: string) => {
  const at = code.length - 20;
  return code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
};

describe('checking in with a badge', () => {
  it('a valid code checks in (firstScan true) and the summary counts it, by delegation and by category', async () => {
    const { eventId } = await checkInEvent('venue-first');
    const ana = await confirmedParticipant(eventId, { delegation: 'AR' });
    await confirmedParticipant(eventId, { delegation: 'AR' });
    await confirmedParticipant(eventId, { delegation: 'iom', role: 'observer' });
    const before = (await summary(eventId)).json.checkIn;
    expect(before).toMatchObject({ checkedIn: 0, expected: 3 });

    const body = scan({ code: await badgeCode(eventId, ana.id), device: 'Door A' });
    const answer = await checkIn(eventId, body);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.json).toEqual({
      participant: {
        registrationId: ana.id,
        reference: ana.reference,
        deskCode: ana.checkInCode,
        name: { title: 'Ms.', givenName: 'Ana', familyName: 'Pérez' },
        delegation: { code: 'AR', names: expect.objectContaining({ es: 'Argentina' }) },
        role: 'delegate',
        category: 'member_state',
        checkedIn: { at: new Date(body.scannedAt).toISOString(), device: 'Door A' },
      },
      firstScan: true,
      checkedInAt: new Date(body.scannedAt).toISOString(),
      device: 'Door A',
    });

    const { checkIn: counted } = (await summary(eventId)).json;
    expect(counted.checkedIn).toBe(1);
    expect(counted.expected).toBe(3);
    expect(counted.byDelegation).toContainEqual({ code: 'AR', checkedIn: 1, expected: 2 });
    expect(counted.byDelegation).toContainEqual({ code: 'iom', checkedIn: 0, expected: 1 });
    expect(counted.byCategory).toEqual([
      { category: 'member_state', checkedIn: 1, expected: 2 },
      { category: 'observer', checkedIn: 0, expected: 1 },
      { category: 'press', checkedIn: 0, expected: 0 },
    ]);

    // What is stored: ids, times and the device, never a name or an email.
    const { checkIns, counters } = await checkInState(eventId);
    expect(checkIns).toHaveLength(1);
    expect(Object.keys(checkIns[0]!).sort()).toEqual([
      'PK',
      'SK',
      'checkedInAt',
      'device',
      'method',
      'recordedAt',
      'registrationId',
      'scanId',
      'type',
    ]);
    expect(checkIns[0]).toMatchObject({ registrationId: ana.id, scanId: body.scanId, method: 'code', device: 'Door A' });
    expect(counters).toEqual({ 'DELEGATION#AR': 1, 'CATEGORY#member_state': 1 });
  });

  it('a replayed scanId answers as the first time and counts once; another scan answers firstScan false with the first time and device', async () => {
    const { eventId } = await checkInEvent('venue-replay');
    const ana = await confirmedParticipant(eventId);
    const code = await badgeCode(eventId, ana.id);
    const first = scan({ code, device: 'Door A', scannedAt: '2026-07-02T09:00:00-04:00' });
    const firstAnswer = await checkIn(eventId, first, { key: first.scanId });
    expect(firstAnswer.status).toBe(200);
    expect(firstAnswer.json).toMatchObject({ firstScan: true, checkedInAt: '2026-07-02T13:00:00.000Z', device: 'Door A' });

    // The same request again (an offline queue resending): the stored answer, replayed.
    const replayed = await checkIn(eventId, first, { key: first.scanId });
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.json).toEqual(firstAnswer.json);
    // The same scan without the key (or after the idempotency record is gone): the same answer from the check-in itself.
    const again = await checkIn(eventId, first);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(firstAnswer.json);

    const later = scan({ code, device: 'Door B' });
    const laterAnswer = await checkIn(eventId, later, { key: later.scanId });
    expect(laterAnswer.status).toBe(200);
    expect(laterAnswer.json).toMatchObject({
      firstScan: false,
      checkedInAt: '2026-07-02T13:00:00.000Z',
      device: 'Door A',
      participant: { registrationId: ana.id, checkedIn: { at: '2026-07-02T13:00:00.000Z', device: 'Door A' } },
    });

    const { checkIns, counters } = await checkInState(eventId);
    expect(checkIns).toHaveLength(1);
    expect(counters).toEqual({ 'DELEGATION#AR': 1, 'CATEGORY#member_state': 1 });
    expect((await summary(eventId)).json.checkIn.checkedIn).toBe(1);
  });

  it('a participant found by search (damaged badge) checks in by registration id, recorded as manual', async () => {
    const { eventId } = await checkInEvent('venue-manual');
    const ana = await confirmedParticipant(eventId, { delegation: 'iom', role: 'observer' });
    const answer = await checkIn(eventId, scan({ registrationId: ana.id }));
    expect(answer.status, answer.text).toBe(200);
    expect(answer.json).toMatchObject({ firstScan: true, participant: { category: 'observer', delegation: { code: 'iom' } } });
    const { checkIns, counters } = await checkInState(eventId);
    expect(checkIns[0]).toMatchObject({ method: 'manual' });
    expect(counters).toEqual({ 'DELEGATION#iom': 1, 'CATEGORY#observer': 1 });
  });

  it('refuses forged codes, codes of another event and garbage as 400 invalid-badge with their reason, writing nothing', async () => {
    const { eventId } = await checkInEvent('venue-forged');
    const { eventId: otherEventId } = await checkInEvent('venue-other');
    const ana = await confirmedParticipant(eventId);
    const code = await badgeCode(eventId, ana.id);
    const cases = [
      [forged(code), 'bad_signature'],
      [code.replace(ana.id, ulid()), 'bad_signature'],
      [await badgeCode(otherEventId, ana.id), 'other_event'],
      ['K7QM-4XPD', 'malformed'],
      ['PLN1.' + eventId, 'malformed'],
    ] as const;
    for (const [text, reason] of cases) {
      const answer = await checkIn(eventId, scan({ code: text }));
      expect(answer.status, text).toBe(400);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.json).toMatchObject({ type: '/problems/invalid-badge', reason });
    }
    expect(await checkInState(eventId)).toEqual({ checkIns: [], counters: {} });
  });

  it('with no badge key published yet every code is 400 invalid-badge', async () => {
    const { eventId } = await registrationEvent('venue-nokey');
    const ana = await confirmedParticipant(eventId);
    const answer = await checkIn(eventId, scan({ code: await badgeCode(eventId, ana.id) }));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ type: '/problems/invalid-badge', reason: 'bad_signature' });
    expect((await roster(eventId)).json.publicKey).toBeNull();
  });

  it("a cancelled participant's real badge, or an unknown registration, is 409 not-confirmed", async () => {
    const { eventId } = await checkInEvent('venue-cancelled');
    const ana = await confirmedParticipant(eventId);
    expect((await adminCancel(eventId, ana.id)).status).toBe(200);
    const byCode = await checkIn(eventId, scan({ code: await badgeCode(eventId, ana.id) }));
    expect(byCode.status).toBe(409);
    expect(byCode.json.type).toBe('/problems/not-confirmed');
    const unknown = await checkIn(eventId, scan({ code: await badgeCode(eventId, ulid()) }));
    expect(unknown.status).toBe(409);
    const byId = await checkIn(eventId, scan({ registrationId: ana.id }));
    expect(byId.status).toBe(409);
    expect(await checkInState(eventId)).toEqual({ checkIns: [], counters: {} });
  });

  it('20 concurrent different scans of one badge: exactly one is the first, and the counter says 1', async () => {
    const { eventId } = await checkInEvent('venue-race');
    const ana = await confirmedParticipant(eventId);
    const code = await badgeCode(eventId, ana.id);
    const scans = Array.from({ length: 20 }, (_, i) => scan({ code, device: `Door ${i}` }));
    const answers = await Promise.all(scans.map((s) => checkIn(eventId, s, { key: s.scanId })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const firsts = answers.filter((a) => a.json.firstScan);
    expect(firsts).toHaveLength(1);
    const winner = firsts[0]!.json;
    for (const a of answers) expect(a.json).toMatchObject({ checkedInAt: winner.checkedInAt, device: winner.device });
    const { checkIns, counters } = await checkInState(eventId);
    expect(checkIns).toHaveLength(1);
    expect(counters).toEqual({ 'DELEGATION#AR': 1, 'CATEGORY#member_state': 1 });
    expect((await summary(eventId)).json.checkIn).toMatchObject({ checkedIn: 1, expected: 1 });
  });

  it('concurrent check-ins of different badges of one delegation each count', async () => {
    const { eventId } = await checkInEvent('venue-many');
    const people = await Promise.all(Array.from({ length: 6 }, () => confirmedParticipant(eventId, { delegation: 'BR' })));
    const answers = await Promise.all(people.map(async (p) => checkIn(eventId, scan({ code: await badgeCode(eventId, p.id) }))));
    expect(answers.map((a) => [a.status, a.json.firstScan])).toEqual(Array(6).fill([200, true]));
    expect((await checkInState(eventId)).counters).toEqual({ 'DELEGATION#BR': 6, 'CATEGORY#member_state': 6 });
  });
});

describe('the roster', () => {
  it('lists confirmed participants only, with checkedIn after a check-in, and the public key', async () => {
    const { eventId } = await checkInEvent('venue-roster');
    const ana = await confirmedParticipant(eventId, { delegation: 'AR' });
    const bo = await confirmedParticipant(eventId, { delegation: 'iom', role: 'observer' });
    const cancelled = await confirmedParticipant(eventId, { delegation: 'CL' });
    await adminCancel(eventId, cancelled.id);
    // Pending approval: not on the roster.
    await register(eventId, registrationBody({ delegation: 'PE' }));
    await checkIn(eventId, scan({ code: await badgeCode(eventId, bo.id), device: 'Door C' }));

    const answer = await roster(eventId);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.json).toMatchObject({ eventId, publicKey: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), nextCursor: null });
    expect(Date.parse(answer.json.generatedAt)).not.toBeNaN();
    const byId = new Map(answer.json.items.map((e: { registrationId: string }) => [e.registrationId, e]));
    expect([...byId.keys()].sort()).toEqual([ana.id, bo.id].sort());
    expect(byId.get(ana.id)).toMatchObject({ checkedIn: null, deskCode: ana.checkInCode, category: 'member_state' });
    expect(byId.get(bo.id)).toMatchObject({ checkedIn: { device: 'Door C' }, category: 'observer', role: 'observer' });
    // Nothing personal beyond what the door shows.
    expect(JSON.stringify(answer.json)).not.toContain('@example.org');
  });

  it('paginates with the cursor, and refuses a cursor from another list or event', async () => {
    const { eventId } = await checkInEvent('venue-pages');
    const { eventId: otherEventId } = await checkInEvent('venue-pages-other');
    const people = [];
    for (const delegation of ['AR', 'BO', 'BR', 'CL', 'CO']) people.push(await confirmedParticipant(eventId, { delegation }));
    await confirmedParticipant(otherEventId);
    await confirmedParticipant(otherEventId);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof roster>> = await roster(eventId, `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.status, page.text).toBe(200);
      expect(page.json.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.json.items.map((e: { registrationId: string }) => e.registrationId));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(people.map((p) => p.id).sort());

    const otherCursor = (await roster(otherEventId, '?limit=1')).json.nextCursor as string;
    expect(otherCursor).toEqual(expect.any(String));
    const listCursor = (await api(`/admin/events/${eventId}/registrations?status=confirmed&limit=1`, { token: await secretariat() })).json.nextCursor;
    for (const foreign of [otherCursor, listCursor, 'garbage', '']) {
      const answer = await roster(eventId, `?cursor=${encodeURIComponent(foreign)}`);
      expect(answer.status, foreign).toBe(400);
      expect(answer.json.type).toBe('/problems/invalid-cursor');
    }
    for (const limit of ['0', '1001', 'ten', '-1']) {
      const answer = await roster(eventId, `?limit=${limit}`);
      expect(answer.status, limit).toBe(400);
      expect(answer.json.errors).toEqual([{ path: 'query.limit', message: expect.any(String) }]);
    }
    expect((await roster(eventId, '?limit=1000')).status).toBe(200);
  });
});
