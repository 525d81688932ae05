/** How the check-in app names a participant's role, delegation and category in the reader's language. */
import { pickLocalized } from '../../../shared/domain/primitives.ts';
import type { Language } from '../../../shared/domain/primitives.ts';
import { en } from '../i18n/en.ts';
import type { Translate } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { RosterEntry } from './roster-types.ts';

export const roleWord = (role: string, t: Translate): string => {
  const key = `role.${role}`;
  if (key in en) return t(key as MessageKey);
  return role === 'press' ? t('checkin.role.press') : role;
};

export const categoryWord = (category: RosterEntry['category'], t: Translate): string => t(`checkin.category.${category}`);

/** The delegation's name in the reader's language, or the press outlet for a journalist. */
export const delegationName = (entry: RosterEntry, language: Language, t: Translate): string =>
  entry.delegation
    ? pickLocalized(entry.delegation.names as Parameters<typeof pickLocalized>[0], language, 'en') || entry.delegation.code
    : entry.organisation
      ? t('checkin.pressOf', { outlet: entry.organisation })
      : t('checkin.category.press');
