/** The visible label of every field path, in the order of the form, so the error summary reads like the form. */
import { LANGUAGE_NAMES, type Translate } from '../../i18n/i18n.ts';
import type { Draft } from './draft.ts';

export const editorLabels = (draft: Draft, t: Translate, isNew: boolean): Record<string, string> => {
  const labels: Record<string, string> = {};
  const add = (path: string, label: string) => (labels[path] = label);
  const perLanguage = (prefix: string, key: 'editor.titleIn' | 'editor.descriptionIn' | 'editor.nameIn' | 'editor.roleIn', before = '') => {
    for (const lang of draft.languages) add(`${prefix}.${lang}`, `${before}${t(key, { language: LANGUAGE_NAMES[lang] })}`);
  };
  if (isNew) add('eventId', t('editor.eventId'));
  add('code', t('editor.code'));
  add('languages', t('editor.languages'));
  add('defaultLanguage', t('editor.defaultLanguage'));
  perLanguage('titles', 'editor.titleIn');
  perLanguage('description', 'editor.descriptionIn');
  for (const [path, key] of [
    ['startDate', 'editor.startDate'],
    ['endDate', 'editor.endDate'],
    ['dailyStart', 'editor.dailyStart'],
    ['dailyEnd', 'editor.dailyEnd'],
    ['timeZone', 'editor.timeZone'],
    ['venue.name', 'editor.venueName'],
    ['venue.address', 'editor.venueAddress'],
    ['venue.city', 'editor.venueCity'],
    ['venue.country', 'editor.venueCountry'],
    ['host', 'editor.host'],
    ['secretariatEmail', 'editor.secretariatEmail'],
    ['senderName', 'editor.senderName'],
    ['registration.opensAt', 'editor.opensAt'],
    ['registration.closesAt', 'editor.closesAt'],
    ['registration.capacity', 'editor.capacity'],
    ['registration.quotas.member_state', 'editor.quotaMember'],
    ['registration.quotas.observer', 'editor.quotaObserver'],
    ['registration.clientLimitPerHour', 'editor.clientLimit'],
    ['registration.emailLimitPerHour', 'editor.emailLimit'],
    ['press.hourlyLimit', 'editor.pressLimit'],
    ['retention.personalDataDays', 'editor.personalDataDays'],
    ['ministries', 'editor.ministries'],
    ['delegations', 'editor.delegations'],
  ] as const)
    add(path, t(key));
  draft.delegations.forEach((d, i) => {
    const item = `${t('editor.delegationN', { n: i + 1 })} (${d.code || '…'}), `;
    add(`delegations.${i}.code`, item + t('editor.delegationCode'));
    add(`delegations.${i}.kind`, item + t('editor.delegationKind'));
    add(`delegations.${i}.quota`, item + t('editor.quotaOverride'));
    perLanguage(`delegations.${i}.names`, 'editor.nameIn', item);
  });
  draft.contacts.forEach((_, i) => {
    const item = `${t('editor.contactN', { n: i + 1 })}, `;
    for (const [name, key] of [
      ['id', 'editor.contactId'],
      ['name', 'editor.contactName'],
      ['organisation', 'editor.organisation'],
      ['phone', 'editor.phone'],
      ['email', 'editor.email'],
      ['responseTargetHours', 'editor.responseHours'],
    ] as const)
      add(`contacts.${i}.${name}`, item + t(key));
    perLanguage(`contacts.${i}.role`, 'editor.roleIn', item);
  });
  add('press.defaultContact', t('editor.defaultContact'));
  (draft.press.rules ?? []).forEach((_, i) => {
    const item = `${t('editor.ruleN', { n: i + 1 })}, `;
    add(`press.rules.${i}.id`, item + t('editor.ruleId'));
    add(`press.rules.${i}.when.topics`, item + t('editor.ruleTopics'));
    add(`press.rules.${i}.when.languages`, item + t('editor.ruleLanguages'));
    add(`press.rules.${i}.when.countries`, item + t('editor.ruleCountries'));
    add(`press.rules.${i}.contact`, item + t('editor.ruleContact'));
  });
  return labels;
};
