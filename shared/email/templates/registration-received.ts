/** To the delegate: the registration arrived; its reference, status and personal manage link. */
import { eventFacts, greetPerson, delegationName, label, manageLink, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

export const registrationReceived: Template<'registration-received'> = async (context) => {
  const { t, data, entry, title } = context;
  return {
    subject: t('registrationReceived.subject', { event: title }),
    greeting: greetPerson(context, data.participantName),
    blocks: [
      { kind: 'paragraph', text: t('registrationReceived.intro') },
      {
        kind: 'facts',
        rows: [
          [t('label.reference'), entry.reference],
          [t('label.status'), label(context, 'status', data.status)],
          [t('label.delegation'), delegationName(context, data.delegation)],
          [t('label.role'), label(context, 'role', data.role)],
        ],
      },
      { kind: 'paragraph', text: t(`registrationReceived.next.${data.status}`) },
      eventFacts(context),
      ...(await manageLink(context, data.registrationId)),
      questionsTo(context),
    ],
    replyTo: secretariatAddress(context),
  };
};
