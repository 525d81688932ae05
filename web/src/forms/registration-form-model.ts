/**
 * The registration form's values and the API body they make. Pure, so a unit test can check that what the
 * form sends is what the API's schema accepts.
 */
import type { DelegationKind } from '../../../shared/domain/event-config.ts';
import type { Language } from '../../../shared/domain/primitives.ts';
import { ROLES_BY_KIND, type Role } from '../../../shared/domain/registration/registration.ts';
import type { FieldError } from '../api/responses.ts';

export interface RegistrationValues {
  title: string;
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  position: string;
  /** One of the event's ministries, or 'Other' (then `institution` says which). Member states only. */
  ministry: string;
  institution: string;
  delegation: string;
  role: string;
  language: Language;
  accessibility: string;
  dietary: string;
  dataProcessing: boolean;
  listInParticipants: boolean;
}

export const OTHER_MINISTRY = 'Other';

export const emptyRegistration = (language: Language): RegistrationValues => ({
  title: '',
  givenName: '',
  familyName: '',
  email: '',
  phone: '',
  position: '',
  ministry: '',
  institution: '',
  delegation: '',
  role: '',
  language,
  accessibility: '',
  dietary: '',
  dataProcessing: false,
  listInParticipants: false,
});

/** Member states pick a ministry from the event's list; observers (and "Other") type their institution. */
export const asksForInstitutionText = (kind: DelegationKind | undefined, ministry: string) => kind === 'observer' || ministry === OTHER_MINISTRY;

export const rolesFor = (kind: DelegationKind | undefined): readonly Role[] => (kind ? ROLES_BY_KIND[kind] : []);

export const toRegistrationBody = (v: RegistrationValues, kind: DelegationKind | undefined) => ({
  participant: {
    ...(v.title.trim() ? { title: v.title } : {}),
    givenName: v.givenName,
    familyName: v.familyName,
    email: v.email,
    ...(v.phone.trim() ? { phone: v.phone } : {}),
    position: v.position,
    institution: asksForInstitutionText(kind, v.ministry) ? v.institution : v.ministry,
  },
  delegation: v.delegation,
  role: v.role,
  language: v.language,
  needs: { accessibility: v.accessibility, dietary: v.dietary },
  consent: { dataProcessing: v.dataProcessing, listInParticipants: v.listInParticipants },
});

/** The one rule the schema cannot know without the event: the role must fit the delegation's kind. */
export const roleErrors = (v: RegistrationValues, kind: DelegationKind | undefined): FieldError[] =>
  v.role && kind && !rolesFor(kind).includes(v.role as Role) ? [{ path: 'role', message: 'Must be one of the roles of this delegation' }] : [];

/** A focal point's nomination: the same participant fields and role as a registration; needs and consent are the nominee's. */
export const toNominationBody = (v: RegistrationValues, kind: DelegationKind | undefined) => {
  const { participant, role, language } = toRegistrationBody(v, kind);
  return { participant, role, language };
};
