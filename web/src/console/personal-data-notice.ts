/** The dashboard's line on personal data: the day it will be erased, or the day it was (from the summary). */
import { html } from 'htm/preact';
import { formatDay } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language-context.ts';

export const PersonalDataNotice = ({ personalData }: { personalData: { erasesOn: string; erasedAt: string | null } }) => {
  const { t, language } = useLanguage();
  const text = personalData.erasedAt
    ? t('dashboard.personalDataErasedOn', { date: formatDay(personalData.erasedAt.slice(0, 10), language) })
    : t('dashboard.personalDataErasesOn', { date: formatDay(personalData.erasesOn, language) });
  return html`<p class="muted" data-testid="personal-data">${text}</p>`;
};
