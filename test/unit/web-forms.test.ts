import { describe, expect, it } from 'vitest';
import { RegistrationBody } from '../../shared/domain/registration/registration.ts';
import { safeReturnTo } from '../../web/src/console/auth/return-to.ts';
import { sessionFromToken } from '../../web/src/console/auth/session.ts';
import { fieldId, fieldMessage, validate } from '../../web/src/forms/field-errors.ts';
import { localToOffsetIso } from '../../web/src/forms/local-date-time.ts';
import { emptyRegistration, roleErrors, toRegistrationBody, type RegistrationValues } from '../../web/src/forms/registration-form-model.ts';
import { translator } from '../../web/src/i18n/i18n.ts';

const filled: RegistrationValues = {
  ...emptyRegistration('es'),
  givenName: 'Ana',
  familyName: 'Pérez',
  email: 'ana@example.org',
  phone: '+58 212 555 0100',
  position: 'Directora de Política Migratoria',
  ministry: 'Foreign Affairs',
  delegation: 'AR',
  role: 'head_of_delegation',
  dataProcessing: true,
};

describe('the registration form', () => {
  it('sends a body the API schema accepts, with the chosen ministry as the institution', () => {
    const checked = validate(RegistrationBody, toRegistrationBody(filled, 'member_state'));
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.data.participant.institution).toBe('Foreign Affairs');
  });

  it('names every missing field with the path the API uses, so both put the error at the same control', () => {
    const checked = validate(RegistrationBody, toRegistrationBody(emptyRegistration('es'), undefined));
    expect(checked.ok).toBe(false);
    const paths = checked.ok ? [] : checked.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'participant.givenName',
        'participant.email',
        'participant.institution',
        'delegation',
        'role',
        'consent.dataProcessing',
      ]),
    );
    expect(fieldId('participant.email')).toBe('f-participant-email');
  });

  it('observers type their institution, and only the observer role fits them', () => {
    const observer = { ...filled, delegation: 'unhcr', ministry: '', institution: 'UNHCR', role: 'observer' };
    expect(toRegistrationBody(observer, 'observer').participant.institution).toBe('UNHCR');
    expect(roleErrors({ ...observer, role: 'delegate' }, 'observer').map((e) => e.path)).toEqual(['role']);
  });

  it("shows the API's English messages in the reader's language", () => {
    const es = translator('es');
    expect(fieldMessage({ path: 'participant.email', message: 'A valid email address is required' }, es)).toBe(es('validation.email'));
    expect(fieldMessage({ path: 'participant.position', message: 'At most 200 characters' }, es)).toBe('Use como máximo 200 caracteres');
    expect(fieldMessage({ path: 'consent.dataProcessing', message: 'Consent to data processing is required' }, es)).toBe(es('validation.consent'));
  });
});

describe('the press form deadline', () => {
  it('turns the wall-clock time of the input into an instant with an offset', () => {
    const iso = localToOffsetIso('2026-07-01T18:00');
    expect(iso).toMatch(/^2026-07-01T18:00:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso).getTime()).toBe(new Date(2026, 6, 1, 18, 0).getTime());
    expect(localToOffsetIso('tomorrow')).toBe('tomorrow');
  });
});

describe('the console sign-in', () => {
  it('returns only to console pages (no open redirect, no loop back to sign-in)', () => {
    expect(safeReturnTo('/console/events/sacm-7/registrations?status=pending_approval')).toBe(
      '/console/events/sacm-7/registrations?status=pending_approval',
    );
    expect(safeReturnTo('https://evil.example/console')).toBe('/console');
    expect(safeReturnTo('//evil.example/console')).toBe('/console');
    expect(safeReturnTo('/console/sign-in?returnTo=%2Fconsole')).toBe('/console');
    expect(safeReturnTo(null)).toBe('/console');
    // The venue's check-in app signs in through the console's sign-in and comes back to its door.
    expect(safeReturnTo('/checkin/sacm-7')).toBe('/checkin/sacm-7');
    expect(safeReturnTo('/checkinevil')).toBe('/console');
  });

  it('reads the groups and expiry from an ID token', () => {
    const payload = Buffer.from(JSON.stringify({ email: 'press.officer@example.org', 'cognito:groups': ['press'], exp: 2_000_000_000 })).toString(
      'base64url',
    );
    expect(sessionFromToken(`e30.${payload}.sig`)).toEqual({
      token: `e30.${payload}.sig`,
      email: 'press.officer@example.org',
      groups: ['press'],
      expiresAt: 2_000_000_000,
    });
    expect(sessionFromToken('not-a-token')).toBeUndefined();
  });
});
