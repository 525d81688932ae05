/** The transaction a plan becomes: every claim conditioned, counters never a bare ADD, claims released with the seat. */
import { describe, expect, it } from 'vitest';
import { commitElements } from '../../shared/adapters/registrations-commit.ts';
import { commitWrites } from '../../shared/domain/registration/commit-writes.ts';
import type { CommitPlan } from '../../shared/domain/registration/ports.ts';
import type { Registration } from '../../shared/domain/registration/registration.ts';
import { aRegistration, NOW, storedEvent } from './registration-fixtures.ts';

const event = storedEvent({ capacity: 60, quotas: { member_state: 8, observer: 2 } });
const history = (r: Registration) => ({
  id: `H${r.id}`,
  registrationId: r.id,
  at: NOW.toISOString(),
  actor: { kind: 'system' as const },
  action: 'registered' as const,
  to: r.status,
});
const change = (after: Registration, before?: Registration) => ({ ...(before ? { before } : {}), after, history: history(after), outbox: [] });

type El = ReturnType<typeof commitElements>[number];
const keyOf = (e: El) => {
  const op = Object.values(e.element)[0] as { Key?: { SK: string }; Item?: { SK: string } };
  return (op.Key ?? op.Item)!.SK;
};
const find = (els: El[], sk: string) => els.filter((e) => keyOf(e) === sk);
const opOf = (e: El) => Object.keys(e.element)[0];
const expr = (e: El) => (Object.values(e.element)[0] as { ConditionExpression?: string }).ConditionExpression;

const elements = (plan: Partial<CommitPlan> & { changes: CommitPlan['changes'] }) => commitElements({ event, ...plan }, 'table');

describe('a new registration', () => {
  it('claims its email, its head-of-delegation place, a seat and a quota place, each conditioned', () => {
    const head = aRegistration({ role: 'head_of_delegation', participant: { ...aRegistration().participant, email: ' Ana@Example.org ' } });
    const els = elements({ changes: [change(head)] });
    expect(find(els, 'EMAIL#ana@example.org')[0]).toMatchObject({ label: 'email' });
    expect(expr(find(els, 'EMAIL#ana@example.org')[0]!)).toBe('attribute_not_exists(PK)');
    expect(find(els, 'HOD#AR')[0]).toMatchObject({ label: 'headOfDelegation' });
    const seats = find(els, 'COUNTER#SEATS')[0]!;
    expect(seats.label).toBe('seats');
    expect(expr(seats)).toBe('attribute_not_exists(active) OR active <= :max');
    expect((seats.element.Update as { ExpressionAttributeValues: Record<string, number> }).ExpressionAttributeValues[':max']).toBe(59);
    expect(find(els, 'COUNTER#QUOTA#AR')[0]).toMatchObject({ label: 'quota' });
    expect(find(els, 'CONFIG')[0]).toMatchObject({ label: 'config' });
  });

  it('never updates a counter without a condition', () => {
    const els = elements({ changes: [change(aRegistration())] });
    for (const e of els.filter((x) => keyOf(x).startsWith('COUNTER#'))) expect(expr(e)).toBeTruthy();
  });

  it('on the waiting list: no seat, an entry, a version bump, and a check that the limit is still full', () => {
    const waiting = aRegistration({ status: 'waitlisted' });
    const els = elements({ changes: [change(waiting)], stillFull: 'quota' });
    expect(find(els, 'COUNTER#SEATS').map(opOf)).toEqual([]);
    expect(find(els, `WAIT#${waiting.id}`)).toHaveLength(1);
    expect(find(els, 'COUNTER#WAITLIST')[0]).toMatchObject({ label: 'waitlist' });
    const still = find(els, 'COUNTER#QUOTA#AR')[0]!;
    expect([opOf(still), still.label, expr(still)]).toEqual(['ConditionCheck', 'stillFull', 'active >= :limit']);
    expect(find(els, `EMAIL#${waiting.participant.email}`)).toHaveLength(1);
  });
});

describe('a cancellation', () => {
  it('releases the seat and the claims, conditioned on the waiting list it looked at', () => {
    const before = aRegistration({ role: 'head_of_delegation' });
    const els = elements({ changes: [change({ ...before, status: 'cancelled', version: 2 }, before)], seenWaitlistVersion: 3 });
    expect(find(els, 'COUNTER#SEATS')[0]!.element.Update).toMatchObject({ UpdateExpression: 'SET active = active - :released' });
    expect(find(els, `EMAIL#${before.participant.email}`).map(opOf)).toEqual(['Delete']);
    expect(find(els, 'HOD#AR').map(opOf)).toEqual(['Delete']);
    const waitlist = find(els, 'COUNTER#WAITLIST')[0]!;
    expect([opOf(waitlist), expr(waitlist)]).toEqual(['ConditionCheck', 'version = :seen']);
    expect(expr(find(els, `REG#${before.id}`)[0]!)).toBe('#version = :version AND #status = :status');
  });

  it('with a promotion in the same delegation: the seat changes hands, the counters only checked', () => {
    const before = aRegistration();
    const candidate = aRegistration({ status: 'waitlisted' });
    const els = elements({
      changes: [
        change({ ...before, status: 'cancelled', version: 2 }, before),
        change({ ...candidate, status: 'pending_approval', version: 2 }, candidate),
      ],
      seenWaitlistVersion: 7,
    });
    expect(find(els, 'COUNTER#SEATS').map(opOf)).toEqual(['ConditionCheck']);
    expect(find(els, 'COUNTER#QUOTA#AR').map(opOf)).toEqual(['ConditionCheck']);
    expect(find(els, `WAIT#${candidate.id}`).map(opOf)).toEqual(['Delete']);
    const waitlist = find(els, 'COUNTER#WAITLIST')[0]!;
    expect([opOf(waitlist), expr(waitlist)]).toEqual(['Update', 'version = :seen']);
    expect(new Set(els.map(keyOf)).size).toBe(els.length);
  });

  it('with a promotion from another delegation: one quota released, the other claimed under its limit', () => {
    const before = aRegistration({ delegation: 'AR' });
    const candidate = aRegistration({ status: 'waitlisted', delegation: 'BR' });
    const els = elements({
      changes: [change({ ...before, status: 'cancelled', version: 2 }, before), change({ ...candidate, status: 'confirmed', version: 2 }, candidate)],
      seenWaitlistVersion: 1,
    });
    expect(find(els, 'COUNTER#QUOTA#AR')[0]!.element.Update).toMatchObject({ UpdateExpression: 'SET active = active - :released' });
    const brazil = find(els, 'COUNTER#QUOTA#BR')[0]!;
    expect([opOf(brazil), brazil.label]).toEqual(['Update', 'quota']);
  });
});

describe('the writes a plan implies (the domain rules, before any DynamoDB)', () => {
  it('a head of delegation joining the waiting list behind owed promotions: claims, an entry, and the mark still owed', () => {
    const head = aRegistration({ role: 'head_of_delegation', status: 'waitlisted' });
    const writes = commitWrites({ event, changes: [change(head)], behindPromotions: '2026-01-01T00:00:00.000Z' });
    expect(writes.map((w) => w.write)).toEqual(['registration', 'claim', 'claim', 'joinWaitlist', 'history', 'waitlistVersion', 'config']);
    expect(writes.filter((w) => w.write === 'claim').map((w) => w.reason)).toEqual(['email', 'headOfDelegation']);
    expect(writes.at(-1)).toMatchObject({ write: 'config', promotions: { stillOwed: '2026-01-01T00:00:00.000Z' } });
  });

  it('a decline releases both claims and the seat, labelled as a broken registration, never as a full event', () => {
    const before = aRegistration({ role: 'head_of_delegation' });
    const writes = commitWrites({ event, changes: [change({ ...before, status: 'declined', version: 2 }, before)], seenWaitlistVersion: 0 });
    expect(writes.filter((w) => w.write === 'release').map((w) => (w.write === 'release' ? w.claim.kind : ''))).toEqual([
      'email',
      'headOfDelegation',
    ]);
    expect(writes.filter((w) => w.write === 'counter').map((w) => [w.reason, w.write === 'counter' && w.releases])).toEqual([
      ['registration', 1],
      ['registration', 1],
    ]);
  });
});
