/** To the routed contact: the inquiry in full; replying goes straight to the journalist (Reply-To). */
import { label } from './common.ts';
import type { Template } from './template.ts';

export const inquiryReceivedContact: Template<'inquiry-received-contact'> = (context) => {
  const { t, data, entry, event, dates, links } = context;
  const rows: [string, string][] = [
    [t('label.reference'), entry.reference],
    [t('label.journalist'), data.journalistName],
    [t('label.outlet'), data.outlet],
    [t('label.email'), data.journalistEmail],
  ];
  if (data.journalistPhone) rows.push([t('label.phone'), data.journalistPhone]);
  if (data.country) rows.push([t('label.country'), dates.country(data.country)]);
  rows.push([t('label.topic'), label(context, 'topic', data.topic)], [t('label.subject'), data.subject]);
  if (data.deadline) rows.push([t('label.deadline'), dates.dateTime(data.deadline)]);
  return {
    subject: t('inquiryReceivedContact.subject', { subject: data.subject }),
    greeting: t('greeting.team'),
    blocks: [
      { kind: 'paragraph', text: t('inquiryReceivedContact.intro') },
      { kind: 'facts', rows },
      { kind: 'quote', label: t('label.message'), text: data.message },
      { kind: 'paragraph', text: t('inquiryReceivedContact.reply') },
      { kind: 'link', label: t('link.consoleInquiry'), url: links.consoleInquiry(event.id, data.inquiryId) },
    ],
    replyTo: { email: data.journalistEmail, name: data.journalistName },
  };
};
