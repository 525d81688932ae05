import { describe, expect, it } from 'vitest';
import { applyPatch, emailChanged, RegistrationPatch } from '../../shared/domain/registration/patch.ts';
import { aRegistration } from './registration-fixtures.ts';

describe('what a delegate may correct', () => {
  it('refuses every field the secretariat owns (no mass assignment)', () => {
    for (const smuggled of [
      { status: 'confirmed' },
      { delegation: 'BR' },
      { role: 'head_of_delegation' },
      { id: 'x' },
      { reference: 'x' },
      { checkInCode: 'x' },
      { consent: { dataProcessing: true } },
      { participant: { givenName: 'Other' } },
    ]) {
      expect(RegistrationPatch.safeParse(smuggled).success, JSON.stringify(smuggled)).toBe(false);
    }
  });

  it('changes only what differs and names those fields', () => {
    const before = aRegistration();
    const { after, fields } = applyPatch(before, {
      participant: { phone: before.participant.phone!, email: 'NEW@example.org' },
      needs: { dietary: 'vegan' },
      language: 'en',
    });
    expect(fields).toEqual(['participant.email', 'needs.dietary', 'language']);
    expect(after).toMatchObject({
      status: before.status,
      delegation: before.delegation,
      role: before.role,
      language: 'en',
      needs: { dietary: 'vegan', accessibility: '' },
    });
    expect(emailChanged(before, after)).toBe(true);
    expect(emailChanged(before, { ...before, participant: { ...before.participant, email: before.participant.email.toUpperCase() } })).toBe(false);
  });
});
