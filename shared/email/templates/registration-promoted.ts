/** To the delegate: a seat became free and the registration left the waiting list. */
import { eventFacts, greetPerson, label, manageLink, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

export const registrationPromoted: Template<'registration-promoted'> = async (context) => {
  const { t, data, entry, title } = context;
  return {
    subject: t('registrationPromoted.subject', { event: title }),
    greeting: greetPerson(context, data.participantName),
    blocks: [
      { kind: 'paragraph', text: t('registrationPromoted.intro') },
      {
        kind: 'facts',
        rows: [
          [t('label.reference'), entry.reference],
          [t('label.status'), label(context, 'status', data.status)],
        ],
      },
      { kind: 'paragraph', text: t(`registrationPromoted.next.${data.status}`) },
      eventFacts(context),
      ...(await manageLink(context, data.registrationId)),
      questionsTo(context),
    ],
    replyTo: secretariatAddress(context),
  };
};
