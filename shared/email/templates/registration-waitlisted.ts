/** To the delegate: the registration is on the waiting list (for example after a change of capacity). */
import { eventFacts, greetPerson, label, manageLink, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

export const registrationWaitlisted: Template<'registration-waitlisted'> = async (context) => {
  const { t, data, entry, title } = context;
  return {
    subject: t('registrationWaitlisted.subject', { event: title }),
    greeting: greetPerson(context, data.participantName),
    blocks: [
      { kind: 'paragraph', text: t('registrationWaitlisted.intro') },
      {
        kind: 'facts',
        rows: [
          [t('label.reference'), entry.reference],
          [t('label.status'), label(context, 'status', 'waitlisted')],
        ],
      },
      { kind: 'paragraph', text: t('registrationWaitlisted.next') },
      eventFacts(context),
      ...(await manageLink(context, data.registrationId)),
      questionsTo(context),
    ],
    replyTo: secretariatAddress(context),
  };
};
