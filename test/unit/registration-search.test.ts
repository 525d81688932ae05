/** The search's pure rules: folding, matching every word, the sorts, keyset pages, and bulk decisions row by row. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Conflict } from '../../shared/domain/errors.ts';
import { BulkDecisionBody, makeBulkDecide } from '../../shared/domain/registration/bulk-decisions.ts';
import { REGISTRATION_SORTS, foldText, searchPage, type RegistrationSort } from '../../shared/domain/registration/registration-search.ts';
import type { Registration } from '../../shared/domain/registration/registration.ts';
import { aRegistration, storedEvent } from './registration-fixtures.ts';

const named = (givenName: string, familyName: string, over: Partial<Registration> = {}) => {
  const r = aRegistration(over);
  return { ...r, participant: { ...r.participant, givenName, familyName } };
};

describe('the search', () => {
  it('folds accents, case and spaces', () => {
    expect(foldText('  NÚÑEZ   Álvarez ')).toBe('nunez alvarez');
    expect(foldText('Łódź')).toBe('łodz');
  });

  it('matches every word in the name, email or reference, in any order', () => {
    const all = [named('José', 'Núñez'), named('Ana', 'Pérez')];
    const refs = (q: string) => searchPage(all, { q }, 'createdAt', 50, undefined).items.map((r) => r.participant.familyName);
    expect(refs('nunez jose')).toEqual(['Núñez']);
    expect(refs('PEREZ')).toEqual(['Pérez']);
    expect(refs(all[1]!.reference.toLowerCase())).toEqual(['Pérez']);
    expect(refs('nunez zapata')).toEqual([]);
  });

  it('pages through every sort, both ways, without losing or repeating anyone', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('Ana', 'Íñigo', 'bruno'), fc.constantFrom('Pérez', 'perez', 'Zapata', 'Álvarez'), fc.constantFrom('AR', 'BR')),
          {
            maxLength: 12,
          },
        ),
        fc.constantFrom(...REGISTRATION_SORTS),
        fc.integer({ min: 1, max: 5 }),
        (people, sort: RegistrationSort, limit) => {
          const all = people.map(([g, f, delegation]) => named(g, f, { delegation }));
          const seen: string[] = [];
          let after;
          for (;;) {
            const page = searchPage(all, {}, sort, limit, after);
            seen.push(...page.items.map((r) => r.id));
            if (!page.more) break;
            after = page.last;
          }
          expect([...seen].sort()).toEqual(all.map((r) => r.id).sort());
        },
      ),
    );
  });
});

describe('bulk decisions', () => {
  const actor = { kind: 'secretariat' as const, name: 'officer@example.org' };

  it('decides each row on its own and reports refusals with their problem, in the order sent', async () => {
    const decided: string[] = [];
    const decideAll = makeBulkDecide({
      events: { get: async () => storedEvent() },
      changeStatus: async (_eventId, id) => {
        if (id.endsWith('2')) throw new Conflict('invalid-transition', 'Not possible now');
        if (id.endsWith('3')) throw new Error('boom');
        decided.push(id);
        return aRegistration({ id });
      },
    });
    const ids = ['01J00000000000000000000001', '01J00000000000000000000002', '01J00000000000000000000003'];
    const { results } = await decideAll('sacm-7', { ids, decision: 'approve' }, actor);
    expect(results).toEqual([
      { id: ids[0], outcome: 'approved' },
      {
        id: ids[1],
        outcome: 'refused',
        problem: { type: '/problems/invalid-transition', title: 'Not possible now', status: 409, detail: 'Not possible now' },
      },
      { id: ids[2], outcome: 'refused', problem: { type: '/problems/internal', title: 'Internal error', status: 500 } },
    ]);
    expect(decided).toEqual([ids[0]]);
  });

  it('refuses repeated ids and a decline without a reason, naming the field', () => {
    const id = '01J00000000000000000000001';
    const twice = BulkDecisionBody.safeParse({ ids: [id, id], decision: 'approve' });
    expect(twice.error?.issues[0]?.path).toEqual(['ids']);
    expect(BulkDecisionBody.safeParse({ ids: [id], decision: 'decline' }).error?.issues[0]?.path).toEqual(['reason']);
    expect(BulkDecisionBody.parse({ ids: [id], decision: 'decline', reason: 'No' })).toEqual({ ids: [id], decision: 'decline', reason: 'No' });
  });
});
