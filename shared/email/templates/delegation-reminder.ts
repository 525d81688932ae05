/** To a focal point whose delegation has not submitted its list: the deadline is near (3 days, then 1 day). */
import { delegationName, greetPerson, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

export const delegationReminder: Template<'delegation-reminder'> = async (context) => {
  const { t, data, dates, links, event } = context;
  const delegation = delegationName(context, data.delegation);
  return {
    subject: t(data.days === 1 ? 'delegationReminder.subject.one' : 'delegationReminder.subject.many', { delegation, days: data.days }),
    greeting: greetPerson(context, data.focalPointName),
    blocks: [
      { kind: 'paragraph', text: t('delegationReminder.intro', { delegation, deadline: dates.dateTime(data.nominationsCloseAt) }) },
      { kind: 'paragraph', text: t('delegationReminder.next') },
      { kind: 'link', label: t('link.delegation'), url: await links.delegation(event.id, data.delegation, data.focalPointId) },
      { kind: 'paragraph', text: t('link.delegationKeep') },
      questionsTo(context),
    ],
    replyTo: secretariatAddress(context),
  };
};
