/** To the journalist: the acknowledgement, the reference and the routed contact's public details. */
import { pickLocalized } from '../../domain/language.ts';
import type { Block } from '../layout.ts';
import { contactOf, greetPerson, label } from './common.ts';
import type { Template } from './template.ts';

export const inquiryReceivedJournalist: Template<'inquiry-received-journalist'> = (context) => {
  const { t, data, entry, event, language, dates, title } = context;
  const contact = contactOf(context, data.contactId) ?? contactOf(context, event.press.defaultContact);
  const blocks: Block[] = [
    { kind: 'paragraph', text: t('inquiryReceivedJournalist.intro', { subject: data.subject }) },
    {
      kind: 'facts',
      rows: [
        [t('label.reference'), entry.reference],
        [t('label.topic'), label(context, 'topic', data.topic)],
      ],
    },
  ];
  if (data.deadline) blocks.push({ kind: 'paragraph', text: t('inquiryReceivedJournalist.deadline', { deadline: dates.dateTime(data.deadline) }) });
  if (contact) {
    blocks.push(
      { kind: 'paragraph', text: `${t('inquiryReceivedJournalist.contact')}:` },
      {
        kind: 'facts',
        rows: [
          [t('label.name'), contact.name],
          [t('label.role'), pickLocalized(contact.role, language, event.defaultLanguage)],
          [t('label.organisation'), contact.organisation],
          [t('label.phone'), contact.phone],
          [t('label.email'), contact.email],
        ],
      },
    );
  }
  return {
    subject: t('inquiryReceivedJournalist.subject', { event: title }),
    greeting: greetPerson(context, data.journalistName),
    blocks,
    ...(contact ? { replyTo: { email: contact.email, name: contact.name } } : {}),
  };
};
