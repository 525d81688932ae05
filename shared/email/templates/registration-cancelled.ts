/** To the delegate: the registration is cancelled, by them or by the secretariat (with a reason). */
import { greetPerson, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

export const registrationCancelled: Template<'registration-cancelled'> = (context) => {
  const { t, data, entry, event, title } = context;
  return {
    subject: t('registrationCancelled.subject', { event: title }),
    greeting: greetPerson(context, data.participantName),
    blocks: [
      { kind: 'paragraph', text: t(`registrationCancelled.intro.${data.by}`) },
      { kind: 'facts', rows: [[t('label.reference'), entry.reference]] },
      ...(data.reason ? [{ kind: 'quote' as const, label: t('label.reason'), text: data.reason }] : []),
      { kind: 'paragraph', text: t('registrationCancelled.next', { email: event.secretariatEmail }) },
    ],
    replyTo: secretariatAddress(context),
  };
};
