/** To a focal point: the secretariat invites them to nominate their delegation, through a private link. */
import { delegationName, eventFacts, greetPerson, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

export const focalPointInvited: Template<'focal-point-invited'> = async (context) => {
  const { t, data, title, dates, links, event } = context;
  return {
    subject: t('focalPointInvited.subject', { event: title, delegation: delegationName(context, data.delegation) }),
    greeting: greetPerson(context, data.focalPointName),
    blocks: [
      { kind: 'paragraph', text: t('focalPointInvited.intro', { delegation: delegationName(context, data.delegation) }) },
      { kind: 'paragraph', text: t('focalPointInvited.deadline', { deadline: dates.dateTime(data.nominationsCloseAt) }) },
      eventFacts(context),
      { kind: 'link', label: t('link.delegation'), url: await links.delegation(event.id, data.delegation, data.focalPointId) },
      { kind: 'paragraph', text: t('link.delegationKeep') },
      questionsTo(context),
    ],
    replyTo: secretariatAddress(context),
  };
};
