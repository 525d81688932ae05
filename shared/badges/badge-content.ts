/**
 * What one badge says, in the participant's language: the event's title, the name as written, the delegation (or,
 * for an accredited journalist, the outlet), the role, the category, and the check-in codes.
 */
import { categoryOf, PRESS_DELEGATION, type ParticipantCategory } from '../domain/badges/category.ts';
import type { EventConfig } from '../domain/event-config.ts';
import { pickLocalized } from '../domain/primitives.ts';
import type { Registration } from '../domain/registration/registration.ts';
import { isMessageKey, translator } from '../i18n/index.ts';
import { CATEGORY_WORDS, PRESS_ROLE_WORDS } from './badge-labels.ts';

export interface BadgeContent {
  eventName: string;
  name: { title?: string; givenName: string; familyName: string };
  /** The delegation's name in the participant's language; a journalist's outlet. */
  affiliation: string;
  role: string;
  category: ParticipantCategory;
  categoryWord: string;
  /** The signed check-in code the QR carries (shared/domain/badges/check-in-code.ts). */
  code: string;
  /** The registration's human code, for the desk when a QR will not scan (e.g. K7QM-4XPD). */
  deskCode: string;
  reference: string;
}

export const badgeContentFor = (event: EventConfig, registration: Registration, code: string): BadgeContent => {
  const language = registration.language;
  const delegation = event.delegations.find((d) => d.code === registration.delegation);
  const category = categoryOf(registration.delegation, event.delegations) ?? registration.delegationKind;
  const isPress = registration.delegation === PRESS_DELEGATION;
  const roleKey = `role.${registration.role}`;
  const { title, givenName, familyName } = registration.participant;
  return {
    eventName: pickLocalized(event.titles, language, event.defaultLanguage),
    name: { ...(title ? { title } : {}), givenName, familyName },
    affiliation: isPress
      ? registration.participant.institution
      : delegation
        ? pickLocalized(delegation.names, language, event.defaultLanguage)
        : registration.delegation,
    role: isPress ? PRESS_ROLE_WORDS[language] : isMessageKey(roleKey) ? translator(language)(roleKey) : registration.role,
    category,
    categoryWord: CATEGORY_WORDS[language][category],
    code,
    deskCode: registration.checkInCode ?? '',
    reference: registration.reference,
  };
};
