/** Which limits a new configuration sets below use, and which counters its write must check (limits-in-use.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_CEILINGS, ceilingsFor, limitsBelowUse } from '../../shared/domain/registration/limits-in-use.ts';
import type { Counters, Limits } from '../../shared/domain/registration/seats.ts';

const limits = (capacity: number, member: number, delegations: Limits['delegations']): Limits => ({
  registration: { capacity, quotas: { member_state: member, observer: 1 } } as Limits['registration'],
  delegations,
});
const member = (code: string, quota?: number) => ({
  code,
  kind: 'member_state' as const,
  names: { es: code },
  ...(quota === undefined ? {} : { quota }),
});
const counters = (seats: number, quotas: Record<string, number>): Counters => ({ seats, quotas, waitlistVersion: 0, waiting: 0 });

describe('limits below use', () => {
  it('names nothing when every limit holds what is taken, exactly full included', () => {
    expect(limitsBelowUse(limits(3, 2, [member('AR'), member('BR', 1)]), counters(3, { AR: 2, BR: 1 }))).toEqual([]);
  });

  it("names a kind's quota once, with the delegation holding the most under it", () => {
    const found = limitsBelowUse(limits(10, 1, [member('AR'), member('BR'), member('CL', 5)]), counters(6, { AR: 2, BR: 3, CL: 1 }));
    expect(found).toEqual([{ path: 'registration.quotas.member_state', limit: 1, inUse: 3, delegation: 'BR' }]);
  });

  it('ignores a removed delegation that holds nothing', () => {
    expect(limitsBelowUse(limits(10, 2, [member('AR')]), counters(0, { PE: 0 }))).toEqual([]);
  });
});

describe('the counters a save must check', () => {
  it('are only those whose limit goes down (or whose delegation goes), tightest first', () => {
    const before = limits(10, 5, [member('AR'), member('BR'), member('CL')]);
    const after = limits(8, 5, [member('AR', 2), member('BR', 6)]);
    expect(ceilingsFor(before, after, counters(4, { AR: 2, CL: 0 }))).toEqual([
      { counter: { kind: 'quota', delegation: 'AR' }, atMost: 2 },
      { counter: { kind: 'quota', delegation: 'CL' }, atMost: 0 },
      { counter: { kind: 'seats' }, atMost: 8 },
    ]);
    expect(ceilingsFor(undefined, after, counters(0, {}))).toEqual([]);
  });

  it(`keep at most ${MAX_CEILINGS}, one transaction's worth`, () => {
    const codes = Array.from({ length: 150 }, (_, i) => `d${i}`).map((c) => ({ code: c, kind: 'observer' as const, names: { es: c } }));
    const before = { ...limits(10, 5, codes), registration: { ...limits(10, 5, codes).registration, quotas: { member_state: 5, observer: 4 } } };
    expect(ceilingsFor(before, limits(10, 5, codes), counters(0, {}))).toHaveLength(MAX_CEILINGS);
  });
});
