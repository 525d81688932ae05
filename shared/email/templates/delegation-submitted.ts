/** To the secretariat: a focal point submitted their delegation's list with its note verbale, ready to accredit. */
import { delegationName } from './common.ts';
import type { Template } from './template.ts';

export const delegationSubmitted: Template<'delegation-submitted'> = (context) => {
  const { t, data, entry } = context;
  const delegation = delegationName(context, data.delegation);
  return {
    subject: t('delegationSubmitted.subject', { delegation }),
    greeting: t('greeting.team'),
    blocks: [
      { kind: 'paragraph', text: t('delegationSubmitted.intro', { focalPoint: data.focalPointName, delegation }) },
      {
        kind: 'facts',
        rows: [
          [t('label.reference'), entry.reference],
          [t('label.delegation'), `${delegation} (${data.delegation})`],
          [t('delegationSubmitted.nominees'), String(data.nominees)],
          [t('delegationSubmitted.head'), t(data.headNamed ? 'delegationSubmitted.headYes' : 'delegationSubmitted.headNo')],
        ],
      },
      { kind: 'paragraph', text: t('delegationSubmitted.next') },
    ],
  };
};
