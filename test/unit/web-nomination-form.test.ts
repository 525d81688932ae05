/** The focal point's nomination form sends what the API's NominationBody accepts, and names problems as the API does. */
import { describe, expect, it } from 'vitest';
import { NominationBody } from '../../shared/domain/delegations/nomination-body.ts';
import { validate } from '../../web/src/forms/field-errors.ts';
import { emptyRegistration, roleErrors, toNominationBody, type RegistrationValues } from '../../web/src/forms/registration-form-model.ts';

const filled: RegistrationValues = {
  ...emptyRegistration('pt'),
  givenName: 'Carmen',
  familyName: 'Rojas',
  email: 'carmen@example.org',
  position: 'Vice-ministra',
  ministry: 'Foreign Affairs',
  delegation: 'PE',
  role: 'head_of_delegation',
};

describe('the nomination form', () => {
  it('sends the participant, role and language only (needs and consent are the nominee’s), and the schema accepts it', () => {
    const body = toNominationBody(filled, 'member_state');
    expect(Object.keys(body).sort()).toEqual(['language', 'participant', 'role']);
    const checked = validate(NominationBody, body);
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.data.participant.institution).toBe('Foreign Affairs');
  });

  it('names each missing field with the path the API uses', () => {
    const checked = validate(NominationBody, toNominationBody({ ...emptyRegistration('pt'), delegation: 'PE' }, 'member_state'));
    expect(checked.ok).toBe(false);
    const paths = checked.ok ? [] : checked.errors.map((e) => e.path);
    for (const path of [
      'role',
      'participant.givenName',
      'participant.familyName',
      'participant.email',
      'participant.position',
      'participant.institution',
    ])
      expect(paths).toContain(path);
  });

  it('an observer role does not fit a member state', () => {
    expect(roleErrors({ ...filled, role: 'observer' }, 'member_state').map((e) => e.path)).toEqual(['role']);
  });
});
