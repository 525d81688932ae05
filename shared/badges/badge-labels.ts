/**
 * The words a badge prints in the participant's language: the category on its coloured band (never colour alone)
 * and the role of a journalist (the delegates' roles come from shared/i18n, as in their emails).
 */
import type { ParticipantCategory } from '../domain/badges/category.ts';
import type { Language } from '../domain/primitives.ts';

export const CATEGORY_WORDS: Record<Language, Record<ParticipantCategory, string>> = {
  es: { member_state: 'Estado miembro', observer: 'Observador', press: 'Prensa' },
  pt: { member_state: 'Estado-membro', observer: 'Observador', press: 'Imprensa' },
  en: { member_state: 'Member state', observer: 'Observer', press: 'Press' },
  nl: { member_state: 'Lidstaat', observer: 'Waarnemer', press: 'Pers' },
};

export const PRESS_ROLE_WORDS: Record<Language, string> = { es: 'Periodista', pt: 'Jornalista', en: 'Journalist', nl: 'Journalist' };
