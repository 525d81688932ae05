/** To a nominee: their focal point nominated them; their manage link to complete their details, needs and consent. */
import { delegationName, eventFacts, greetPerson, label, manageLink, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

export const registrationNominated: Template<'registration-nominated'> = async (context) => {
  const { t, data, entry, title } = context;
  const delegation = delegationName(context, data.delegation);
  return {
    subject: t('registrationNominated.subject', { event: title, delegation }),
    greeting: greetPerson(context, data.participantName),
    blocks: [
      { kind: 'paragraph', text: t('registrationNominated.intro', { focalPoint: data.focalPointName, delegation }) },
      {
        kind: 'facts',
        rows: [
          [t('label.reference'), entry.reference],
          [t('label.status'), label(context, 'status', 'nominated')],
          [t('label.delegation'), delegation],
          [t('label.role'), label(context, 'role', data.role)],
        ],
      },
      { kind: 'paragraph', text: t('registrationNominated.next') },
      eventFacts(context),
      ...(await manageLink(context, data.registrationId)),
      questionsTo(context),
    ],
    replyTo: secretariatAddress(context),
  };
};
