/** To the secretariat: who registered, for which delegation and role, the quota use, and the console link. */
import { delegationName, label } from './common.ts';
import type { Template } from './template.ts';

export const registrationReceivedSecretariat: Template<'registration-received-secretariat'> = (context) => {
  const { t, data, entry, event, links } = context;
  const delegation = delegationName(context, data.delegation);
  return {
    subject: t('registrationReceivedSecretariat.subject', { name: data.participantName, delegation: data.delegation }),
    greeting: t('greeting.team'),
    blocks: [
      { kind: 'paragraph', text: t('registrationReceivedSecretariat.intro') },
      {
        kind: 'facts',
        rows: [
          [t('label.reference'), entry.reference],
          [t('label.name'), data.participantName],
          [t('label.email'), data.participantEmail],
          [t('label.delegation'), `${delegation} (${data.delegation})`],
          [t('label.role'), label(context, 'role', data.role)],
          [t('label.institution'), data.institution],
          [t('label.position'), data.position],
          [t('label.status'), label(context, 'status', data.status)],
          [t('label.quotaUse'), t('value.quotaUse', { used: data.quotaUsed, quota: data.quota })],
        ],
      },
      { kind: 'link', label: t('link.consoleRegistration'), url: links.consoleRegistration(event.id, data.registrationId) },
    ],
  };
};
