/** To the delegate: the secretariat declined the registration, with its reason. */
import { greetPerson, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

export const registrationDeclined: Template<'registration-declined'> = (context) => {
  const { t, data, entry, title } = context;
  return {
    subject: t('registrationDeclined.subject', { event: title }),
    greeting: greetPerson(context, data.participantName),
    blocks: [
      { kind: 'paragraph', text: t('registrationDeclined.intro') },
      { kind: 'facts', rows: [[t('label.reference'), entry.reference]] },
      ...(data.reason ? [{ kind: 'quote' as const, label: t('label.reason'), text: data.reason }] : []),
      questionsTo(context),
    ],
    replyTo: secretariatAddress(context),
  };
};
