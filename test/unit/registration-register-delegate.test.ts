/** The register use case against a small fake store that refuses commits as told. */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/domain/clock.ts';
import type { EventConfig } from '../../shared/domain/event-config.ts';
import { inMemoryFullnessHints } from '../../shared/domain/registration/fullness-hints.ts';
import {
  AnsweredBefore,
  CommitRefused,
  type CommitPlan,
  type RefusalReason,
  type RegistrationStore,
} from '../../shared/domain/registration/ports.ts';
import { commitWrites } from '../../shared/domain/registration/commit-writes.ts';
import { makeRegisterDelegate } from '../../shared/domain/registration/register-delegate.ts';
import { RegistrationBody } from '../../shared/domain/registration/registration.ts';
import type { Counters } from '../../shared/domain/registration/seats.ts';
import { NOW, storedEvent } from './registration-fixtures.ts';

const body = RegistrationBody.parse({
  participant: { givenName: 'Ana', familyName: 'Pérez', email: 'ana@example.org', position: 'Director', institution: 'Ministry' },
  delegation: 'AR',
  role: 'head_of_delegation',
  language: 'es',
  consent: { dataProcessing: true, listInParticipants: true },
});

const fakeStore = (refusals: RefusalReason[][], counters: Counters = { seats: 0, quotas: {}, waitlistVersion: 0, waiting: 0 }) => {
  const commits: CommitPlan[] = [];
  const store = {
    nextReferenceNumber: async () => 42,
    counters: async () => counters,
    commit: async (plan: CommitPlan) => {
      commits.push(plan);
      const refusal = refusals.shift();
      if (refusal) throw new CommitRefused(refusal);
    },
  } as unknown as RegistrationStore;
  return { store, commits };
};

const setup = (event: EventConfig, store: RegistrationStore) => {
  let n = 0;
  return makeRegisterDelegate({
    events: { get: async (id) => (id === event.id ? event : undefined) },
    registrations: store,
    tokens: { tokenFor: async () => 'token' },
    clock: manualClock(NOW),
    ids: { id: () => `01J${String(++n).padStart(23, '0')}`, checkInCode: () => 'AAAA-BBBB' },
    retry: { attempts: 5, baseMs: 0, capMs: 0, sleep: async () => undefined },
    fullness: inMemoryFullnessHints(),
  });
};

/** A register use case over events read in turn from `reads` (the last one repeats), counting reads and forgets. */
const withReads = (reads: (EventConfig | undefined)[], store: RegistrationStore) => {
  const seen = { gets: 0, forgets: 0 };
  const register = makeRegisterDelegate({
    events: { get: async () => reads[Math.min(seen.gets++, reads.length - 1)], forget: () => void seen.forgets++ },
    registrations: store,
    tokens: { tokenFor: async () => 'token' },
    clock: manualClock(NOW),
    ids: { id: () => '01J00000000000000000000000', checkInCode: () => 'AAAA-BBBB' },
    retry: { attempts: 5, baseMs: 0, capMs: 0, sleep: async () => undefined },
    fullness: inMemoryFullnessHints(),
  });
  return { register, seen };
};

describe('registering (use case)', () => {
  it('commits one registration with its reference, history and owed emails', async () => {
    const { store, commits } = fakeStore([]);
    const result = await setup(storedEvent(), store)('sacm-7', body);
    expect(result).toMatchObject({ reference: 'SACM7-D-0042', status: 'pending_approval' });
    expect(commits).toHaveLength(1);
    const [registered] = commits[0]!.changes;
    expect(registered!.after).toMatchObject({ participant: { email: 'ana@example.org' }, manageTokenHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(registered!.history.emails).toEqual(registered!.outbox.map((e) => e.id));
    expect(registered!.outbox.map((e) => e.kind)).toEqual(['registration-received', 'registration-received-secretariat']);
  });

  it('keeps the answer in the receipt slot it is given, in the same commit as the registration', async () => {
    const { store, commits } = fakeStore([]);
    const slot = { operation: 'register-delegate', id: 'register-delegate#abc', validation: 'v' };
    const result = await setup(storedEvent(), store)('sacm-7', body, { receipt: slot });
    expect(commits).toHaveLength(1);
    expect(commits[0]!.receipt).toEqual({ slot, answer: { id: result.id, reference: result.reference, status: result.status } });
    expect(commitWrites(commits[0]!).at(-1)).toEqual({ write: 'receipt', reason: 'answered', receipt: commits[0]!.receipt });
  });

  it('stops with AnsweredBefore when another run of the same request committed first, even if its email claim failed too', async () => {
    const slot = { operation: 'register-delegate', id: 'register-delegate#abc', validation: 'v' };
    const { store, commits } = fakeStore([['email', 'answered']]);
    await expect(setup(storedEvent(), store)('sacm-7', body, { receipt: slot })).rejects.toBeInstanceOf(AnsweredBefore);
    expect(commits).toHaveLength(1);
  });

  it("maps refused claims to the contract's problems, email first", async () => {
    await expect(setup(storedEvent(), fakeStore([['email', 'headOfDelegation', 'seats']]).store)('sacm-7', body)).rejects.toMatchObject({
      type: '/problems/already-registered',
    });
    await expect(setup(storedEvent(), fakeStore([['headOfDelegation', 'seats']]).store)('sacm-7', body)).rejects.toMatchObject({
      type: '/problems/head-of-delegation-taken',
    });
    await expect(setup(storedEvent({ waitlist: false }), fakeStore([['seats']]).store)('sacm-7', body)).rejects.toMatchObject({
      type: '/problems/event-full',
    });
  });

  it('goes to the waiting list when the seat it tried for is gone, checking the limit is still full', async () => {
    const { store, commits } = fakeStore([['quota']]);
    const result = await setup(storedEvent(), store)('sacm-7', body);
    expect(result.status).toBe('waitlisted');
    expect(commits.map((c) => [c.changes[0]!.after.status, c.stillFull])).toEqual([
      ['pending_approval', undefined],
      ['waitlisted', 'quota'],
    ]);
  });

  it('retries with a fresh configuration when it changed under the commit, then answers from it', async () => {
    const { store } = fakeStore([['config']]);
    let calls = 0;
    const event = storedEvent();
    const register = makeRegisterDelegate({
      events: { get: async () => (++calls === 1 ? event : { ...event, published: false }), forget: () => undefined },
      registrations: store,
      tokens: { tokenFor: async () => 'token' },
      clock: manualClock(NOW),
      ids: { id: () => '01J00000000000000000000000', checkInCode: () => 'AAAA-BBBB' },
      retry: { attempts: 5, baseMs: 0, capMs: 0, sleep: async () => undefined },
      fullness: inMemoryFullnessHints(),
    });
    await expect(register('sacm-7', body)).rejects.toMatchObject({ status: 404 });
  });

  it('answers 404 for an unknown or unpublished event and 409 outside the window, committing nothing', async () => {
    const { store, commits } = fakeStore([]);
    await expect(setup(storedEvent(), store)('nope', body)).rejects.toMatchObject({ status: 404 });
    await expect(setup({ ...storedEvent(), published: false }, store)('sacm-7', body)).rejects.toMatchObject({ status: 404 });
    await expect(
      setup(storedEvent({ opensAt: '2030-01-01T00:00:00Z', closesAt: '2030-02-01T00:00:00Z' }), store)('sacm-7', body),
    ).rejects.toMatchObject({ type: '/problems/registration-closed' });
    expect(commits).toHaveLength(0);
  });

  it('checks a configuration read after a refusal as fully as the first: a delegation removed meanwhile is a 400, not a place on the waiting list', async () => {
    const { store, commits } = fakeStore([['config']]);
    const event = storedEvent();
    const withoutAR = { ...event, updatedAt: 'later', delegations: event.delegations.filter((d) => d.code !== 'AR') };
    const { register } = withReads([event, withoutAR], store);
    await expect(register('sacm-7', body)).rejects.toMatchObject({ status: 400, errors: [{ path: 'delegation' }] });
    expect(commits).toHaveLength(1);
  });

  it('never refuses on a cached configuration: an event just published is read again before answering 404', async () => {
    const { store, commits } = fakeStore([]);
    const event = storedEvent();
    const { register, seen } = withReads([{ ...event, published: false }, event], store);
    await expect(register('sacm-7', body)).resolves.toMatchObject({ status: 'pending_approval' });
    expect(seen.forgets).toBe(1);
    expect(commits).toHaveLength(1);
  });

  it('queues behind promotions owed after a change of limits, conditioned on them still being owed, even with seats free', async () => {
    const { store, commits } = fakeStore([]);
    const event = { ...storedEvent(), promotionsDue: '2026-05-01T11:59:00.000Z' };
    const { register } = withReads([event], store);
    await expect(register('sacm-7', body)).resolves.toMatchObject({ status: 'waitlisted' });
    expect(commits.map((c) => [c.changes[0]!.after.status, c.behindPromotions, c.stillFull])).toEqual([
      ['waitlisted', event.promotionsDue, undefined],
    ]);
  });

  it('decides again on a fresh configuration when the promotions were done before its commit', async () => {
    const { store, commits } = fakeStore([['config']]);
    const event = storedEvent();
    const { register, seen } = withReads([{ ...event, promotionsDue: event.updatedAt }, event], store);
    await expect(register('sacm-7', body)).resolves.toMatchObject({ status: 'pending_approval' });
    expect(seen.forgets).toBe(1);
    expect(commits.map((c) => c.changes[0]!.after.status)).toEqual(['waitlisted', 'pending_approval']);
  });
});

describe('registering behind its gate (the public write limits)', () => {
  /** A store that records the order of its calls, so the test can see what the gate held back. */
  const orderedStore = () => {
    const calls: string[] = [];
    const { store, commits } = fakeStore([]);
    const s = store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const name of ['nextReferenceNumber', 'counters', 'commit']) {
      const inner = s[name]!;
      s[name] = async (...args) => {
        calls.push(name);
        return inner(...args);
      };
    }
    return { store, commits, calls };
  };

  it('reads the counters while the gate counts, and takes a reference and commits only once it passed', async () => {
    const { store, calls } = orderedStore();
    let release!: () => void;
    const gate = () => new Promise<void>((resolve) => (release = resolve));
    const registering = setup(storedEvent(), store)('sacm-7', body, { gate });
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The gate is still counting: the read went out beside it, nothing was written.
    expect(calls).toEqual(['counters']);
    release();
    await expect(registering).resolves.toMatchObject({ reference: 'SACM7-D-0042' });
    expect(calls).toEqual(['counters', 'nextReferenceNumber', 'commit']);
  });

  it("a refusing gate writes nothing, and its refusal comes before the event's own (a closed event still counts)", async () => {
    const { store, calls } = orderedStore();
    const refused = Object.assign(new Error('rate limited'), { status: 429 });
    const gate = async () => {
      throw refused;
    };
    await expect(setup(storedEvent(), store)('sacm-7', body, { gate })).rejects.toBe(refused);
    const closed = storedEvent({ opensAt: '2030-01-01T00:00:00Z', closesAt: '2030-02-01T00:00:00Z' });
    await expect(setup(closed, store)('sacm-7', body, { gate })).rejects.toBe(refused);
    await expect(setup(storedEvent(), store)('nope', body, { gate })).rejects.toBe(refused);
    expect(calls.filter((c) => c !== 'counters')).toEqual([]);
  });
});
