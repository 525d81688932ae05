/** To the routed contact and the secretariat: an inquiry is still unanswered past its target or deadline. */
import type { Template } from './template.ts';

export const inquiryReminder: Template<'inquiry-reminder'> = (context) => {
  const { t, data, entry, event, dates, links } = context;
  const rows: [string, string][] = [
    [t('label.reference'), entry.reference],
    [t('label.journalist'), data.journalistName],
    [t('label.outlet'), data.outlet],
    [t('label.subject'), data.subject],
    [t('label.dueAt'), dates.dateTime(data.dueAt)],
  ];
  if (data.deadline) rows.push([t('label.deadline'), dates.dateTime(data.deadline)]);
  return {
    subject: t('inquiryReminder.subject'),
    greeting: t('greeting.team'),
    blocks: [
      { kind: 'paragraph', text: t(`inquiryReminder.intro.${data.threshold}`, { dueAt: dates.dateTime(data.dueAt) }) },
      { kind: 'facts', rows },
      { kind: 'link', label: t('link.consoleInquiry'), url: links.consoleInquiry(event.id, data.inquiryId) },
    ],
  };
};
