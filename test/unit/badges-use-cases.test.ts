import { describe, expect, it } from 'vitest';
import { makeBadges, printOrder } from '../../shared/badges/badge-use-cases.ts';
import { MAX_BADGES_PER_DOCUMENT, TooManyBadges } from '../../shared/domain/badges/badge-requests.ts';
import { keyPairFromSeed } from '../../shared/domain/badges/check-in-code.ts';
import { PRESS_DELEGATION } from '../../shared/domain/badges/category.ts';
import type { Registration } from '../../shared/domain/registration/registration.ts';
import { aRegistration, storedEvent } from './registration-fixtures.ts';

const event = storedEvent();
const named = (familyName: string, over: Partial<Registration>) =>
  aRegistration({ status: 'confirmed', ...over, participant: { ...aRegistration().participant, familyName } });

const badgesWith = (confirmed: Registration[], published: string[] = []) =>
  makeBadges({
    events: { get: async () => event },
    registrations: { get: async (_e, id) => confirmed.find((r) => r.id === id), all: async () => confirmed },
    keys: async () => keyPairFromSeed(new Uint8Array(32).fill(9)),
    publishKey: async (eventId) => void published.push(eventId),
  });

describe('making badges', () => {
  it('prints member states, then observers, head of delegation first, then the press by name', () => {
    const regs = [
      named('Zeta', { delegation: PRESS_DELEGATION, delegationKind: 'observer', role: 'observer' }),
      named('Obs', { delegation: 'iom', delegationKind: 'observer', role: 'observer' }),
      named('Adams', { delegation: 'AR', role: 'delegate' }),
      named('Young', { delegation: 'AR', role: 'head_of_delegation' }),
      named('Alpha', { delegation: PRESS_DELEGATION, delegationKind: 'observer', role: 'observer' }),
    ];
    expect(printOrder(event, regs).map((r) => r.participant.familyName)).toEqual(['Young', 'Adams', 'Obs', 'Alpha', 'Zeta']);
  });

  it(`refuses more than ${MAX_BADGES_PER_DOCUMENT} badges in one document with 422, naming the filters`, async () => {
    const many = Array.from({ length: MAX_BADGES_PER_DOCUMENT + 1 }, (_, i) => named(`N${i}`, { delegation: 'AR' }));
    const error = await badgesWith(many)
      .batch(event.id, { size: 'a6' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyBadges);
    expect((error as TooManyBadges).status).toBe(422);
    expect((error as TooManyBadges).errors?.map((e) => e.path)).toEqual(['query.delegation', 'query.category']);
  });

  it('publishes the event key whenever it signs, and names the file in ASCII', async () => {
    const published: string[] = [];
    const head = named('Conceição', { delegation: 'AR', role: 'head_of_delegation', reference: 'SACM7-D-0001' });
    const file = await badgesWith([head], published).one(event.id, head.id, 'cr80');
    expect(published).toEqual([event.id]);
    expect(file.filename).toBe('badge-SACM7-D-0001-cr80.pdf');
  });
});
