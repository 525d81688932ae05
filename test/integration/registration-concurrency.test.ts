/**
 * Hundreds of registrations at once, then dozens of cancellations at once: quotas, capacity, heads of
 * delegation and the waiting list hold, and the stored counters equal a recount of the items.
 */
import { describe, expect, it } from 'vitest';
import { MEMBER_STATES, register, registrationEvent, selfCancel, tableState, tokenOf, uniqueEmail, withParticipant } from './registration-helpers.ts';

const CAPACITY = 60;
const QUOTA = 8;
const REQUESTS = 300;
const HEADS_PER_DELEGATION = 3;
const DUPLICATES = 20;

type State = Awaited<ReturnType<typeof tableState>>;

/** The counters the transactions keep, against a recount of the items themselves. */
const expectCountersMatchItems = (state: State) => {
  expect(state.seats).toBe(state.active.length);
  const activeBy: Record<string, number> = {};
  for (const r of state.active) activeBy[String(r.delegation)] = (activeBy[String(r.delegation)] ?? 0) + 1;
  for (const code of MEMBER_STATES) expect(state.quotas[code] ?? 0).toBe(activeBy[code] ?? 0);
  expect(state.waiting).toBe(state.waitlisted.length);
  expect(state.waitlistEntries.map((e) => e.registrationId).sort()).toEqual(state.waitlisted.map((r) => r.id).sort());
  expect(state.emailClaims).toHaveLength(state.active.length + state.waitlisted.length);
  const heads = [...state.active, ...state.waitlisted].filter((r) => r.role === 'head_of_delegation');
  expect(state.headClaims.map((c) => c.registrationId).sort()).toEqual(heads.map((r) => r.id).sort());
  return activeBy;
};

describe('registration under concurrency', () => {
  it(`keeps quotas, capacity, heads and the waiting list exact with ${REQUESTS} registrations at once, then gives each seat freed by 50 concurrent cancellations to exactly one waitlisted delegate`, async () => {
    // One test client sends everything: lift the per-client limit so only the commit is under test.
    const { eventId } = await registrationEvent('reg-burst', {
      capacity: CAPACITY,
      quotas: { member_state: QUOTA, observer: 2 },
      waitlist: true,
      clientLimitPerHour: 10_000,
    });

    // 36 would-be heads (3 per delegation), 20 addresses sent twice, everyone else a delegate.
    const emails = Array.from({ length: REQUESTS }, (_, i) => uniqueEmail(`burst${i}`));
    for (let i = REQUESTS - DUPLICATES; i < REQUESTS; i++) emails[i] = emails[i - 140]!.toUpperCase();
    const bodies = emails.map((email, i) =>
      withParticipant(
        { email },
        {
          delegation: MEMBER_STATES[i % MEMBER_STATES.length],
          role: i < HEADS_PER_DELEGATION * MEMBER_STATES.length ? 'head_of_delegation' : 'delegate',
        },
      ),
    );
    const started = Date.now();
    const answers = await Promise.all(bodies.map((body) => register(eventId, body)));
    const burstMs = Date.now() - started;

    const outcome = (a: (typeof answers)[number]) => (a.status === 201 ? String(a.json.status) : `${a.status} ${a.json?.type}`);
    const tally: Record<string, number> = {};
    for (const a of answers) tally[outcome(a)] = (tally[outcome(a)] ?? 0) + 1;
    expect(Object.keys(tally).sort()).toEqual([
      '409 /problems/already-registered',
      '409 /problems/head-of-delegation-taken',
      'pending_approval',
      'waitlisted',
    ]);
    expect(tally['409 /problems/already-registered']).toBe(DUPLICATES);
    expect(tally['409 /problems/head-of-delegation-taken']).toBe((HEADS_PER_DELEGATION - 1) * MEMBER_STATES.length);

    const state = await tableState(eventId);
    const activeBy = expectCountersMatchItems(state);
    // Demand per delegation is capped by its quota; the total by the capacity.
    const accepted = answers.filter((a) => a.status === 201).length;
    expect(accepted).toBe(REQUESTS - DUPLICATES - (HEADS_PER_DELEGATION - 1) * MEMBER_STATES.length);
    expect(state.active).toHaveLength(Math.min(CAPACITY, MEMBER_STATES.length * QUOTA));
    expect(tally.pending_approval).toBe(state.active.length);
    expect(tally.waitlisted).toBe(accepted - state.active.length);
    for (const code of MEMBER_STATES) expect(activeBy[code] ?? 0).toBeLessThanOrEqual(QUOTA);
    for (const code of MEMBER_STATES) {
      expect([...state.active, ...state.waitlisted].filter((r) => r.delegation === code && r.role === 'head_of_delegation')).toHaveLength(1);
    }
    expect(new Set(answers.filter((a) => a.status === 201).map((a) => a.json.reference)).size).toBe(accepted);

    // 50 delegates with seats cancel at once, each with their own manage token.
    const seated = answers.filter((a) => a.status === 201 && a.json.status === 'pending_approval').slice(0, 50);
    const waitingBefore = new Set(state.waitlisted.map((r) => String(r.id)));
    const cancelStarted = Date.now();
    const cancels = await Promise.all(seated.map((a) => selfCancel(eventId, a.json.id, tokenOf(a.json.manageUrl))));
    const cancelMs = Date.now() - cancelStarted;
    expect(cancels.map((c) => c.status)).toEqual(seated.map(() => 200));

    const after = await tableState(eventId);
    expectCountersMatchItems(after);
    expect(after.active).toHaveLength(CAPACITY);
    const promotions = after.history.filter((h) => h.action === 'promoted');
    expect(promotions).toHaveLength(50);
    expect(new Set(promotions.map((h) => h.registrationId)).size).toBe(50);
    for (const h of promotions) expect(waitingBefore.has(String(h.registrationId))).toBe(true);
    expect(after.waitlisted).toHaveLength(state.waitlisted.length - 50);
    console.log(`[registration-concurrency] ${REQUESTS} registrations in ${burstMs} ms; 50 cancellations in ${cancelMs} ms`);
  });
});
