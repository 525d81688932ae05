/** To a focal point: the secretariat returned their delegation's list, with the reason and their private link. */
import { delegationName, greetPerson, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

export const delegationReturned: Template<'delegation-returned'> = async (context) => {
  const { t, data, links, event } = context;
  const delegation = delegationName(context, data.delegation);
  return {
    subject: t('delegationReturned.subject', { delegation }),
    greeting: greetPerson(context, data.focalPointName),
    blocks: [
      { kind: 'paragraph', text: t('delegationReturned.intro', { delegation }) },
      { kind: 'facts', rows: [[t('delegationReturned.reason'), data.reason]] },
      { kind: 'paragraph', text: t('delegationReturned.next') },
      { kind: 'link', label: t('link.delegation'), url: await links.delegation(event.id, data.delegation, data.focalPointId) },
      { kind: 'paragraph', text: t('link.delegationKeep') },
      questionsTo(context),
    ],
    replyTo: secretariatAddress(context),
  };
};
