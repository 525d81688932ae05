import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../../shared/domain/errors.ts';
import {
  applyPatch,
  assertPatchAllowed,
  emailChanged,
  NomineePatch,
  patchSchemaFor,
  RegistrationPatch,
} from '../../shared/domain/registration/patch.ts';
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

  // Whoever registered gave consent on the form; withdrawing it is erasure. Only a nominee, who agreed to nothing, gives it here.
  describe("a nominee's consent", () => {
    it('the nominee gives it (data processing only as true) beside needs and language', () => {
      const consent = { dataProcessing: true as const, listInParticipants: false };
      expect(NomineePatch.safeParse({ consent, needs: { dietary: 'vegan' }, language: 'pt' }).success).toBe(true);
      expect(patchSchemaFor('nominated')).toBe(NomineePatch);
      for (const bad of [
        { consent: { dataProcessing: false, listInParticipants: true } },
        { consent: { dataProcessing: true } },
        { consent: { dataProcessing: true, listInParticipants: true, status: 'confirmed' } },
        { consent, status: 'confirmed' },
      ]) {
        expect(NomineePatch.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      }
      const before = aRegistration({ status: 'nominated', consent: { dataProcessing: false, listInParticipants: false } });
      expect(() => assertPatchAllowed('nominated', { consent })).not.toThrow();
      const { after, fields } = applyPatch(before, { consent: { dataProcessing: true, listInParticipants: true } });
      expect(fields).toEqual(['consent.dataProcessing', 'consent.listInParticipants']);
      expect(after.consent).toEqual({ dataProcessing: true, listInParticipants: true });
      expect(after.status).toBe('nominated');
    });

    it('is refused for every other status, naming the field', () => {
      for (const status of ['pending_approval', 'confirmed', 'waitlisted', 'declined', 'cancelled'] as const) {
        expect(patchSchemaFor(status)).toBe(RegistrationPatch);
        const refused = (() => {
          try {
            assertPatchAllowed(status, { consent: { dataProcessing: true, listInParticipants: false } });
          } catch (error) {
            return error;
          }
        })();
        expect(refused, status).toBeInstanceOf(ValidationFailed);
        expect((refused as ValidationFailed).errors).toEqual([{ path: 'consent', message: expect.any(String) }]);
        expect(() => assertPatchAllowed(status, { language: 'en' })).not.toThrow();
      }
    });
  });
});
