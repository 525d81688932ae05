/** To the secretariat: a registration's personal data was erased. It names no one: the reference, delegation and role only. */
import { delegationName, label } from './common.ts';
import type { Template } from './template.ts';

export const registrationErasedSecretariat: Template<'registration-erased-secretariat'> = (context) => {
  const { t, data, entry, event, links } = context;
  const delegation = delegationName(context, data.delegation);
  return {
    subject: t('registrationErasedSecretariat.subject', { delegation: data.delegation }),
    greeting: t('greeting.team'),
    blocks: [
      { kind: 'paragraph', text: t(`registrationErasedSecretariat.intro.${data.by}`) },
      ...(data.cancelled ? [{ kind: 'paragraph' as const, text: t('registrationErasedSecretariat.cancelled') }] : []),
      {
        kind: 'facts',
        rows: [
          [t('label.reference'), entry.reference],
          [t('label.delegation'), `${delegation} (${data.delegation})`],
          [t('label.role'), label(context, 'role', data.role)],
        ],
      },
      { kind: 'link', label: t('link.consoleRegistration'), url: links.consoleRegistration(event.id, data.registrationId) },
    ],
  };
};
