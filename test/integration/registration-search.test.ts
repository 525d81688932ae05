/** The secretariat's registrations at scale: search, combined filters, sort, cursors bound to the search, bulk decisions. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { api } from '../support/api.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { decide, emailsOwed, register, registrationEvent, secretariat, withParticipant } from './registration-helpers.ts';

const list = async (eventId: string, query: string) => api(`/admin/events/${eventId}/registrations?${query}`, { token: await secretariat() });
const refs = (answer: { json: { items: { reference: string }[] } }) => answer.json.items.map((r) => r.reference);
const bulk = async (eventId: string, body: unknown, headers: Record<string, string> = {}) =>
  api(`/admin/events/${eventId}/registrations/decisions`, { body, headers, token: await secretariat() });

/** Four delegates whose names, delegations and roles the tests below tell apart. */
const people = async () => {
  const { eventId } = await registrationEvent('reg-search', { quotas: { member_state: 8, observer: 2 } });
  const one = async (given: string, family: string, delegation: string, role: string, email?: string) =>
    (await register(eventId, withParticipant({ givenName: given, familyName: family, ...(email ? { email } : {}) }, { delegation, role }))).json as {
      id: string;
      reference: string;
    };
  const peru = await one('José', 'Núñez Álvarez', 'PE', 'adviser', `jnunez-${Date.now().toString(36)}@cancilleria.example`);
  const ana = await one('Ana', 'Pérez', 'AR', 'head_of_delegation');
  const bruno = await one('Bruno', 'Zapata', 'AR', 'delegate');
  const ines = await one('Inés', 'Álvarez', 'iom', 'observer');
  return { eventId, peru, ana, bruno, ines };
};

describe('searching registrations', () => {
  it('finds by part of the name, with or without accents and in any case, by email and by reference', async () => {
    const { eventId, peru, ana, ines } = await people();
    for (const q of ['nunez', 'NÚÑEZ', 'Núñez', 'ñez álv', 'jose'])
      expect(refs(await list(eventId, `q=${encodeURIComponent(q)}`)), q).toEqual([peru.reference]);
    expect(refs(await list(eventId, 'q=alvarez'))).toEqual([peru.reference, ines.reference]);
    expect(refs(await list(eventId, 'q=perez'))).toEqual([ana.reference]);
    expect(refs(await list(eventId, `q=${encodeURIComponent('@cancilleria.example')}`))).toEqual([peru.reference]);
    expect(refs(await list(eventId, `q=${encodeURIComponent(ana.reference.toLowerCase())}`))).toEqual([ana.reference]);
    expect(refs(await list(eventId, `q=${ana.reference.slice(-4)}`))).toEqual([ana.reference]);
    expect((await list(eventId, 'q=nobody')).json).toEqual({ items: [], nextCursor: null });
  });

  it('combines filters (status, delegation, role, kind) with a search', async () => {
    const { eventId, peru, ana, bruno, ines } = await people();
    await decide(eventId, bruno.id, { decision: 'approve' });
    expect(refs(await list(eventId, 'delegation=AR&role=delegate'))).toEqual([bruno.reference]);
    expect(refs(await list(eventId, 'delegation=AR&status=pending_approval'))).toEqual([ana.reference]);
    expect(refs(await list(eventId, 'kind=observer'))).toEqual([ines.reference]);
    expect(refs(await list(eventId, 'kind=member_state&status=pending_approval'))).toEqual([peru.reference, ana.reference]);
    expect(refs(await list(eventId, 'kind=member_state&status=pending_approval&q=perez'))).toEqual([ana.reference]);
    expect(refs(await list(eventId, 'status=confirmed&q=perez'))).toEqual([]);
  });

  it('sorts by name, delegation, status and date, both ways', async () => {
    const { eventId, peru, ana, bruno, ines } = await people();
    await decide(eventId, bruno.id, { decision: 'approve' });
    // Family names, accents folded: Álvarez, Núñez Álvarez, Pérez, Zapata.
    expect(refs(await list(eventId, 'sort=name'))).toEqual([ines, peru, ana, bruno].map((r) => r.reference));
    expect(refs(await list(eventId, 'sort=-name'))).toEqual([bruno, ana, peru, ines].map((r) => r.reference));
    expect(refs(await list(eventId, 'sort=delegation'))).toEqual([ana, bruno, peru, ines].map((r) => r.reference));
    // Pending first (in arrival order), then confirmed.
    expect(refs(await list(eventId, 'sort=status'))).toEqual([peru, ana, ines, bruno].map((r) => r.reference));
    expect(refs(await list(eventId, 'sort=-createdAt'))).toEqual([ines, bruno, ana, peru].map((r) => r.reference));
    expect(refs(await list(eventId, 'sort=createdAt'))).toEqual([peru, ana, bruno, ines].map((r) => r.reference));
  });

  it('pages a search to the end with cursors bound to that search; a cursor from another search is refused', async () => {
    const { eventId, peru, ana, bruno, ines } = await people();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof list>> = await list(eventId, `sort=-name&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...refs(page));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual([bruno, ana, peru, ines].map((r) => r.reference));

    const first = await list(eventId, 'q=alvarez&limit=1');
    expect(first.json.nextCursor).toEqual(expect.any(String));
    expect(refs(await list(eventId, `q=ALVAREZ&limit=1&cursor=${first.json.nextCursor}`))).toEqual([ines.reference]);
    for (const other of ['q=perez', 'q=alvarez&sort=name', 'q=alvarez&role=adviser', 'q=alvarez&kind=observer', '']) {
      const crossed = await list(eventId, `${other}&limit=1&cursor=${first.json.nextCursor}`);
      expect(crossed.status, other).toBe(400);
      expect(crossed.json.type).toBe('/problems/invalid-cursor');
    }
  });

  it('answers bad query parameters with a 400 naming the field', async () => {
    const { eventId } = await registrationEvent('reg-search-bad');
    const token = await secretariat();
    const bad = fc.oneof(
      fc.record({ field: fc.constant('sort'), value: fc.string({ maxLength: 12 }).filter((s) => !/^-?(createdAt|name|delegation|status)$/.test(s)) }),
      fc.record({
        field: fc.constant('role'),
        value: fc.string({ maxLength: 12 }).filter((s) => !['head_of_delegation', 'delegate', 'adviser', 'observer'].includes(s)),
      }),
      fc.record({ field: fc.constant('kind'), value: fc.string({ maxLength: 12 }).filter((s) => !['member_state', 'observer'].includes(s)) }),
      fc.record({
        field: fc.constant('status'),
        value: fc.string({ maxLength: 12 }).filter((s) => !['pending_approval', 'confirmed', 'waitlisted', 'declined', 'cancelled'].includes(s)),
      }),
      fc.record({
        field: fc.constant('q'),
        value: fc.oneof(
          fc.constantFrom('', '   ', 'a\u0000b', 'x\u001by'),
          fc.integer({ min: 101, max: 300 }).map((n) => 'y'.repeat(n)),
        ),
      }),
    );
    const samples = fc.sample(bad, { numRuns: 40, seed: 20261130 });
    for (const { field, value } of samples) {
      const answer = await api(`/admin/events/${eventId}/registrations?${new URLSearchParams({ [field]: value })}`, { token });
      expect(answer.status, `${field}=${JSON.stringify(value)}`).toBe(400);
      expect(answer.json.type).toBe('/problems/validation-failed');
      expect(answer.json.errors.map((e: { path: string }) => e.path)).toContain(`query.${field}`);
    }
  });
});

describe('bulk decisions', () => {
  it('approves many, each with its own transaction and email, and reports the one that cannot be approved', async () => {
    const { eventId } = await registrationEvent('reg-bulk');
    const emails: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const email = `bulk-${i}-${Date.now().toString(36)}@example.org`;
      emails.push(email);
      ids.push((await register(eventId, withParticipant({ email }, { delegation: i < 3 ? 'AR' : 'BR' }))).json.id);
    }
    await decide(eventId, ids[4]!, { decision: 'decline', reason: 'Not accredited' });

    const key = `bulk-${eventId}`;
    const answer = await bulk(eventId, { ids, decision: 'approve' }, { 'Idempotency-Key': key });
    expect(answer.status).toBe(200);
    expect(answer.json.results.slice(0, 4)).toEqual(ids.slice(0, 4).map((id) => ({ id, outcome: 'approved' })));
    expect(answer.json.results[4]).toMatchObject({
      id: ids[4],
      outcome: 'refused',
      problem: { type: '/problems/invalid-transition', status: 409, title: expect.any(String) },
    });
    expect(refs(await list(eventId, 'status=confirmed'))).toHaveLength(4);

    // The same key replays the same per-row answer; nothing is decided twice.
    const replay = await bulk(eventId, { ids, decision: 'approve' }, { 'Idempotency-Key': key });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.json).toEqual(answer.json);

    await drainStreams();
    for (const [i, email] of emails.slice(0, 4).entries()) {
      expect((await emailsOwed(eventId, ids[i]!)).map((e) => e.kind)).toContain('registration-confirmed');
      // The registration's acknowledgement, then the approval's confirmation: one email of its own per row.
      const mail = await waitForEmails(() => emailsTo(email), { count: 2 });
      expect(mail.length, email).toBe(2);
    }
    expect((await emailsOwed(eventId, ids[4]!)).map((e) => e.kind)).not.toContain('registration-confirmed');
  });

  it('declines many with the reason; refuses a decline without one and more than 100 ids, naming the field', async () => {
    const { eventId } = await registrationEvent('reg-bulk-decline');
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) ids.push((await register(eventId, withParticipant({}, { delegation: 'CL' }))).json.id);
    const answer = await bulk(eventId, { ids, decision: 'decline', reason: 'Quota reached for this ministry' });
    expect(answer.json.results.map((r: { outcome: string }) => r.outcome)).toEqual(['declined', 'declined']);
    expect(refs(await list(eventId, 'status=declined'))).toHaveLength(2);

    const noReason = await bulk(eventId, { ids, decision: 'decline' });
    expect(noReason.status).toBe(400);
    expect(noReason.json.errors).toEqual([{ path: 'reason', message: 'Required to decline' }]);
    const tooMany = await bulk(eventId, { ids: Array.from({ length: 101 }, () => ids[0]), decision: 'approve' });
    expect(tooMany.json.errors.map((e: { path: string }) => e.path)).toContain('ids');
    const unknown = await bulk(eventId, { ids: ['01J00000000000000000000000'], decision: 'approve' });
    expect(unknown.json.results[0]).toMatchObject({ outcome: 'refused', problem: { type: '/problems/not-found' } });
  });
});
