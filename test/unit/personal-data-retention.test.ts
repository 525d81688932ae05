/**
 * The retention rules (shared/domain/personal-data/retention-rules.ts) and the job's loop (retention-job.ts) over
 * small fakes: when an event is due, what each kind of stored thing keeps, idempotence, the bound and the resume.
 */
import { describe, expect, it } from 'vitest';
import type {
  DocumentEraser,
  IdempotencyRecordRef,
  IdempotencyRecordSweep,
  RetentionStore,
  StoredThing,
} from '../../shared/domain/personal-data/retention-job.ts';
import { makeEnforceRetention } from '../../shared/domain/personal-data/retention-job.ts';
import {
  ERASED_MARK,
  addressesIn,
  erasureDateOf,
  idempotencyExpiryCutoff,
  isErasureDue,
  isIdempotencyRecordExpired,
  isSentBodyDue,
  scrub,
  withoutBody,
  type RetainedKind,
  type RetentionRecord,
} from '../../shared/domain/personal-data/retention-rules.ts';
import { aRegistration, storedEvent } from './registration-fixtures.ts';

const NOW = new Date('2027-01-01T10:00:00Z');
const PERSONAL = [
  'Ana',
  'Pérez',
  'example.org',
  '+58 212 555 0100',
  'Director',
  'Ministry of Foreign Affairs',
  'Gluten',
  'Wheelchair',
  'Focal Fiona',
  'Journo',
  'Daily Planet',
  'Secret scoop',
  'Please call me',
  'nv-fiona.pdf',
  'officer@un.example',
  'Desk of Fiona',
];

const replaced = (kind: RetainedKind, value: Record<string, unknown>) => {
  const action = scrub(kind, value, NOW);
  if (action.do !== 'replace') throw new Error(`expected a replacement, got ${action.do}`);
  return action.value;
};
const expectNoPersonalData = (value: unknown) => {
  const json = JSON.stringify(value);
  for (const s of PERSONAL) expect(json, s).not.toContain(s);
};

describe('when an event is due', () => {
  it('is its end date plus retention.personalDataDays (90 by default), from the start of that day (UTC)', () => {
    expect(erasureDateOf({ endDate: '2026-07-03' })).toBe('2026-10-01');
    expect(erasureDateOf({ endDate: '2026-07-03', retention: { personalDataDays: 30 } })).toBe('2026-08-02');
    expect(isErasureDue({ endDate: '2026-07-03' }, new Date('2026-09-30T23:59:59Z'))).toBe(false);
    expect(isErasureDue({ endDate: '2026-07-03' }, new Date('2026-10-01T00:00:00Z'))).toBe(true);
  });

  it('a sent email keeps its body 30 days after it was sent; an unsent one is not touched by this rule', () => {
    const sentAt = '2026-12-01T10:00:00.000Z';
    expect(isSentBodyDue({ status: 'sent', sentAt }, new Date('2026-12-31T09:59:59Z'))).toBe(false);
    expect(isSentBodyDue({ status: 'sent', sentAt }, new Date('2026-12-31T10:00:00Z'))).toBe(true);
    expect(isSentBodyDue({ status: 'failed', sentAt }, NOW)).toBe(false);
    expect(withoutBody({ id: 'x', data: { participantName: 'Ana' }, status: 'sent' }, NOW)).toEqual({
      id: 'x',
      data: {},
      status: 'sent',
      bodyDroppedAt: NOW.toISOString(),
    });
  });
});

describe('what each stored thing keeps', () => {
  it('a registration keeps reference, status, delegation, role, kind, language, consent and dates; nothing personal', () => {
    const registration = aRegistration({
      status: 'cancelled',
      needs: { accessibility: 'Wheelchair', dietary: 'Gluten' },
      reason: 'Ana asked',
      checkInCode: 'PLN1.x.y.z',
      nominatedBy: { focalPointId: 'F1', name: 'Focal Fiona' },
    });
    const value = replaced('registration', registration as unknown as Record<string, unknown>);
    expectNoPersonalData(value);
    expect(value).toMatchObject({
      id: registration.id,
      reference: registration.reference,
      status: 'cancelled',
      delegation: 'AR',
      delegationKind: 'member_state',
      role: 'delegate',
      language: 'es',
      consent: registration.consent,
      createdAt: registration.createdAt,
      nominatedBy: { focalPointId: 'F1', name: '' },
      [ERASED_MARK]: NOW.toISOString(),
    });
    expect(value).not.toHaveProperty('reason');
    expect(value).not.toHaveProperty('checkInCode');
  });

  it('histories keep the actor kind and ids, never names or free text', () => {
    const entry = {
      id: 'H',
      registrationId: 'R',
      at: 'x',
      action: 'cancelled',
      to: 'cancelled',
      reason: 'Ana asked',
      actor: { kind: 'focal_point', name: 'Focal Fiona', focalPointId: 'F1' },
    };
    expect(replaced('registration-history', entry)).toMatchObject({ actor: { kind: 'focal_point', focalPointId: 'F1' }, action: 'cancelled' });
    expectNoPersonalData(replaced('registration-history', entry));
    const delegation = {
      id: 'D',
      action: 'returned',
      reason: 'nv-fiona.pdf is unsigned',
      actor: { kind: 'secretariat', name: 'officer@un.example', sub: 's-1' },
    };
    expect(replaced('delegation-history', delegation)).toMatchObject({ actor: { kind: 'secretariat', sub: 's-1' }, action: 'returned' });
    expectNoPersonalData(replaced('delegation-history', delegation));
    const inquiry = { id: 'I', action: 'status_changed', by: 'officer@un.example', bySub: 's-1', note: 'Please call me' };
    expect(replaced('inquiry-history', inquiry)).toMatchObject({ by: '', bySub: 's-1' });
    expect(replaced('inquiry-history', { id: 'J', action: 'received', by: 'journalist' })).toMatchObject({ by: 'journalist' });
  });

  it('focal points, dossiers, inquiries and check-ins keep their facts', () => {
    const focal = {
      id: 'F1',
      delegation: 'PE',
      name: 'Focal Fiona',
      email: 'fiona@example.org',
      language: 'es',
      tokenHash: 'h',
      invitedAt: 'x',
      invitedBy: { kind: 'secretariat', name: 'officer@un.example', sub: 's' },
    };
    expect(replaced('focal-point', focal)).toMatchObject({
      id: 'F1',
      delegation: 'PE',
      invitedAt: 'x',
      invitedBy: { kind: 'secretariat', sub: 's' },
    });
    expectNoPersonalData(replaced('focal-point', focal));
    const dossier = {
      delegation: 'PE',
      status: 'returned',
      noteVerbale: { documentId: 'D1', fileName: 'nv-fiona.pdf', size: 10, attachedAt: 'x' },
      issuedUploads: [{ documentId: 'D2', fileName: 'nv-fiona.pdf', issuedAt: 'x' }],
      submittedBy: 'Focal Fiona',
      decidedBy: 'officer@un.example',
      returnReason: 'Ana missing',
      version: 3,
    };
    expect(replaced('delegation-dossier', dossier)).toMatchObject({ status: 'returned', noteVerbale: { documentId: 'D1', size: 10 }, version: 3 });
    expectNoPersonalData(replaced('delegation-dossier', dossier));
    const inquiry = {
      id: 'I',
      reference: 'R',
      status: 'answered',
      topic: 'other',
      journalist: { name: 'Journo', email: 'j@example.org', phone: '+58 212 555 0100', outlet: 'Daily Planet', country: 'VE' },
      subject: 'Secret scoop',
      message: 'Please call me',
    };
    expect(replaced('inquiry', inquiry)).toMatchObject({ reference: 'R', status: 'answered', topic: 'other', journalist: { country: 'VE' } });
    expectNoPersonalData(replaced('inquiry', inquiry));
    expect(replaced('check-in', { registrationId: 'R', checkedInAt: 'x', device: 'Desk of Fiona', method: 'scan' })).toMatchObject({
      registrationId: 'R',
      method: 'scan',
    });
  });

  it('an email keeps kind, status and dates; one still owed becomes failed (still counted undelivered), never sent to nobody', () => {
    const entry = {
      id: 'O',
      kind: 'registration-received',
      status: 'sent',
      to: { email: 'ana@example.org', name: 'Ana' },
      replyTo: { email: 'j@example.org' },
      data: { participantName: 'Ana' },
      sentAt: 'x',
    };
    expect(replaced('outbox', entry)).toMatchObject({ id: 'O', status: 'sent', sentAt: 'x', to: { email: '' }, data: {} });
    expectNoPersonalData(replaced('outbox', entry));
    expect(replaced('outbox', { ...entry, status: 'pending' })).toMatchObject({ status: 'failed', lastError: 'PersonalDataErased' });
    expect(addressesIn('outbox', entry)).toEqual(['ana@example.org', 'j@example.org']);
  });

  it('deletes email claims (the key is the address); a scrubbed value is kept as it is, so a second run changes nothing', () => {
    expect(scrub('email-claim', { registrationId: 'R' }, NOW)).toEqual({ do: 'delete' });
    const once = replaced('registration', aRegistration() as unknown as Record<string, unknown>);
    expect(scrub('registration', once, new Date(NOW.getTime() + 1000))).toEqual({ do: 'keep' });
  });
});

/** An in-memory store: things by id, the RETENTION record, suppression records by address. */
const fakeStore = (things: StoredThing[]) => {
  const live = new Map(things.map((t, i) => [i, t]));
  let record: RetentionRecord | undefined;
  const suppressed = new Set(['ana@example.org']);
  const writes: string[] = [];
  const store: RetentionStore = {
    record: async () => record,
    begin: async (eventId, at) => {
      record = { eventId, startedAt: record?.startedAt ?? at.toISOString(), counts: record?.counts ?? {}, runs: (record?.runs ?? 0) + 1 };
    },
    count: async (_e, counts) => {
      for (const [k, n] of Object.entries(counts)) record!.counts[k as RetainedKind] = (record!.counts[k as RetainedKind] ?? 0) + (n ?? 0);
    },
    finish: async (_e, at) => {
      record!.finishedAt = at.toISOString();
    },
    things: async function* () {
      for (const t of [...live.values()]) yield t;
    },
    sentWithBody: async function* () {
      for (const t of [...live.values()]) if (t.kind === 'outbox' && t.value.status === 'sent' && !t.value.bodyDroppedAt) yield t;
    },
    replace: async (thing, value) => {
      writes.push(`replace ${thing.kind}`);
      thing.value = value;
    },
    remove: async (thing) => {
      writes.push(`delete ${thing.kind}`);
      for (const [k, t] of live) if (t === thing) live.delete(k);
    },
    forgetAddress: async (email) => suppressed.delete(email),
  };
  return { store, writes, record: () => record, live, suppressed };
};

const fakeDocuments = (count: number): DocumentEraser & { left: () => number } => {
  let left = count;
  return {
    eraseEventDocuments: async (_e, max) => {
      const n = Math.min(left, max);
      left -= n;
      return { deleted: n, complete: left === 0 };
    },
    left: () => left,
  };
};

const seeded = (): StoredThing[] => [
  { kind: 'registration', value: aRegistration() as unknown as Record<string, unknown>, ref: 1 },
  { kind: 'registration', value: aRegistration({ status: 'waitlisted' }) as unknown as Record<string, unknown>, ref: 2 },
  { kind: 'email-claim', value: { registrationId: 'R' }, ref: 3 },
  {
    kind: 'outbox',
    value: { id: 'O', status: 'sent', to: { email: 'ana@example.org' }, data: { participantName: 'Ana' }, sentAt: '2026-05-01T00:00:00Z' },
    ref: 4,
  },
];

describe('the retention job', () => {
  const event = { ...storedEvent(), endDate: '2026-07-03' };

  it('before the erasure day only drops the bodies of emails sent 30 days ago', async () => {
    const { store, writes, record } = fakeStore(seeded());
    const run = makeEnforceRetention({
      events: { listAll: async () => [event] },
      store,
      documents: fakeDocuments(1),
      clock: { now: () => new Date('2026-07-10T00:00:00Z') },
    });
    expect(await run()).toEqual({ bodiesDropped: 1, finished: [], unfinished: [], idempotencyRecordsDeleted: 0 });
    expect(writes).toEqual(['replace outbox']);
    expect(record()).toBeUndefined();
  });

  it('erases everything within its bound; a run stopped by the bound is finished by the next; a finished event is skipped', async () => {
    const { store, writes, record, live, suppressed } = fakeStore(seeded());
    const documents = fakeDocuments(2);
    const run = makeEnforceRetention({ events: { listAll: async () => [event] }, store, documents, clock: { now: () => NOW }, limit: 3 });

    expect(await run()).toEqual({ bodiesDropped: 0, finished: [], unfinished: [event.id], idempotencyRecordsDeleted: 0 });
    expect(writes).toHaveLength(3);
    expect(record()).toMatchObject({ runs: 1, counts: { registration: 2, 'email-claim': 1 } });
    expect(suppressed.size).toBe(1);
    expect(record()?.finishedAt).toBeUndefined();

    expect(await run()).toEqual({ bodiesDropped: 0, finished: [event.id], unfinished: [], idempotencyRecordsDeleted: 0 });
    expect(writes).toHaveLength(4);
    expect(documents.left()).toBe(0);
    expect(record()).toMatchObject({
      runs: 2,
      finishedAt: NOW.toISOString(),
      counts: { registration: 2, 'email-claim': 1, outbox: 1, documents: 2, suppressions: 1 },
    });
    expect(suppressed.size).toBe(0);
    expectNoPersonalData([...live.values()].map((t) => t.value));

    expect(await run()).toEqual({ bodiesDropped: 0, finished: [], unfinished: [], idempotencyRecordsDeleted: 0 });
    expect(writes).toHaveLength(4);
  });

  it('a run that dies halfway is finished by the next: the scrubbed items are left alone', async () => {
    const { store, writes, record } = fakeStore(seeded());
    let calls = 0;
    const failing: RetentionStore = {
      ...store,
      replace: async (thing, value) => {
        if (++calls === 2) throw new Error('Lambda timed out');
        return store.replace(thing, value);
      },
    };
    const deps = { events: { listAll: async () => [event] }, documents: fakeDocuments(0), clock: { now: () => NOW } };
    await expect(makeEnforceRetention({ ...deps, store: failing })()).rejects.toThrow('Lambda timed out');
    expect(record()).toMatchObject({ counts: { registration: 1 } });
    expect(await makeEnforceRetention({ ...deps, store })()).toEqual({
      bodiesDropped: 0,
      finished: [event.id],
      unfinished: [],
      idempotencyRecordsDeleted: 0,
    });
    expect(writes.filter((w) => w === 'replace registration')).toHaveLength(2);
    expect(record()).toMatchObject({ runs: 2, counts: { registration: 2, 'email-claim': 1, outbox: 1 } });
  });
});

describe('expired idempotency records', () => {
  const seconds = (iso: string) => Date.parse(iso) / 1000;

  it('are those whose expiresAt (epoch seconds) is before now; a record without a number expiry is never one', () => {
    expect(idempotencyExpiryCutoff(new Date('2027-01-01T10:00:00.900Z'))).toBe(seconds('2027-01-01T10:00:00Z'));
    expect(isIdempotencyRecordExpired(seconds('2027-01-01T09:59:59Z'), NOW)).toBe(true);
    expect(isIdempotencyRecordExpired(seconds('2027-01-01T10:00:00Z'), NOW)).toBe(false);
    expect(isIdempotencyRecordExpired(seconds('2027-01-02T10:00:00Z'), NOW)).toBe(false);
    expect(isIdempotencyRecordExpired(undefined, NOW)).toBe(false);
    expect(isIdempotencyRecordExpired('1', NOW)).toBe(false);
  });

  /** Records by operation, each with its expiry; the fake's `expired` filters loosely, as a stale page could. */
  const fakeRecords = (records: Record<string, number[]>) => {
    const live = new Map<string, number>(Object.entries(records).flatMap(([op, expiries]) => expiries.map((e, i) => [`${op}/${i}`, e] as const)));
    const sweep: IdempotencyRecordSweep = {
      expired: async function* (operation) {
        for (const [key, expiresAt] of [...live]) if (key.startsWith(`${operation}/`)) yield { expiresAt, ref: key };
      },
      remove: async (record: IdempotencyRecordRef) => live.delete(record.ref as string),
    };
    return { sweep, live };
  };

  const run = (records: IdempotencyRecordSweep, operations: string[], limit?: number, events: ReturnType<typeof storedEvent>[] = []) =>
    makeEnforceRetention({
      events: { listAll: async () => events },
      store: fakeStore([]).store,
      documents: fakeDocuments(0),
      clock: { now: () => NOW },
      idempotency: { operations, records },
      ...(limit ? { limit } : {}),
    })();

  it('the job deletes the expired records of every operation it is given, keeps the others, and counts them', async () => {
    const past = seconds('2026-12-31T10:00:00Z');
    const future = seconds('2027-01-01T12:00:00Z');
    const { sweep, live } = fakeRecords({ 'register-delegate': [past, future, past], nominate: [past], 'not-listed': [past] });
    expect(await run(sweep, ['register-delegate', 'nominate'])).toEqual({
      bodiesDropped: 0,
      finished: [],
      unfinished: [],
      idempotencyRecordsDeleted: 3,
    });
    expect([...live.keys()].sort()).toEqual(['not-listed/0', 'register-delegate/1']);
    expect(await run(sweep, ['register-delegate', 'nominate'])).toMatchObject({ idempotencyRecordsDeleted: 0 });
  });

  it('deletes at most `limit` per operation per run; the next runs finish the backlog', async () => {
    const past = seconds('2026-12-01T00:00:00Z');
    const { sweep, live } = fakeRecords({ a: [past, past, past, past, past], b: [past] });
    expect(await run(sweep, ['a', 'b'], 2)).toMatchObject({ idempotencyRecordsDeleted: 3 });
    expect(await run(sweep, ['a', 'b'], 2)).toMatchObject({ idempotencyRecordsDeleted: 2 });
    expect(await run(sweep, ['a', 'b'], 2)).toMatchObject({ idempotencyRecordsDeleted: 1 });
    expect(live.size).toBe(0);
  });

  it('a record taken again meanwhile (the store refuses the delete) is not counted', async () => {
    const sweep: IdempotencyRecordSweep = {
      expired: async function* () {
        yield { expiresAt: seconds('2026-12-01T00:00:00Z'), ref: 'x' };
      },
      remove: async () => false,
    };
    expect(await run(sweep, ['a'])).toMatchObject({ idempotencyRecordsDeleted: 0 });
  });

  it('runs after the events, also on a day an event is erased', async () => {
    const { sweep, live } = fakeRecords({ a: [seconds('2026-12-01T00:00:00Z')] });
    const event = { ...storedEvent(), endDate: '2026-07-03' };
    expect(await run(sweep, ['a'], undefined, [event])).toEqual({
      bodiesDropped: 0,
      finished: [event.id],
      unfinished: [],
      idempotencyRecordsDeleted: 1,
    });
    expect(live.size).toBe(0);
  });
});
