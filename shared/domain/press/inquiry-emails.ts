/**
 * The outbox entries an inquiry owes. Staff (the routed contact, the secretariat) are written to in the
 * event's default language, the language the secretariat works in (contacts declare no languages of their own);
 * the journalist in the language they chose. The journalist's message is quoted as typed, in the body only.
 */
import type { Contact, EventConfig } from '../event-config.ts';
import { EMAIL_KINDS, outboxEntry, type OutboxEntry } from '../notifications/outbox.ts';
import type { DueReminder } from './response-clock.ts';
import type { Ids } from '../ids.ts';
import type { Inquiry } from './inquiry.ts';

// eslint-disable-next-line no-control-regex
const CONTROL_RUNS = /[\u0000-\u001f\u007f-\u009f]+/g;

/**
 * Defence in depth for anything that may end up in a header (display names, subjects): the schemas already
 * refuse control characters, and this makes sure none slips through from stored or older data.
 */
export const headerSafe = (value: string): string => value.replace(CONTROL_RUNS, ' ').trim();

const base = (inquiry: Inquiry, ids: Pick<Ids, 'id'>, now: Date) => ({
  id: ids.id(),
  eventId: inquiry.eventId,
  reference: inquiry.reference,
  subjectId: inquiry.id,
  createdAt: now.toISOString(),
});

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export const inquiryReceivedEmails = (
  event: Pick<EventConfig, 'defaultLanguage'>,
  inquiry: Inquiry,
  contact: Pick<Contact, 'id' | 'name' | 'email'>,
  ids: Pick<Ids, 'id'>,
  now: Date,
): OutboxEntry[] => {
  const journalist = { email: inquiry.journalist.email, name: headerSafe(inquiry.journalist.name) };
  const subject = headerSafe(inquiry.subject);
  return [
    outboxEntry({
      ...base(inquiry, ids, now),
      kind: EMAIL_KINDS.inquiryReceivedContact,
      to: { email: contact.email, name: headerSafe(contact.name) },
      replyTo: journalist,
      language: event.defaultLanguage,
      data: {
        inquiryId: inquiry.id,
        contactId: contact.id,
        journalistName: journalist.name,
        journalistEmail: journalist.email,
        ...optional('journalistPhone', inquiry.journalist.phone),
        outlet: headerSafe(inquiry.journalist.outlet),
        ...optional('country', inquiry.journalist.country),
        topic: inquiry.topic,
        subject,
        message: inquiry.message,
        ...optional('deadline', inquiry.deadline),
      },
    }),
    outboxEntry({
      ...base(inquiry, ids, now),
      kind: EMAIL_KINDS.inquiryReceivedJournalist,
      to: journalist,
      language: inquiry.language,
      data: {
        inquiryId: inquiry.id,
        contactId: contact.id,
        journalistName: journalist.name,
        topic: inquiry.topic,
        subject,
        ...optional('deadline', inquiry.deadline),
      },
    }),
  ];
};

/** One reminder to the routed contact and one to the secretariat. */
export const inquiryReminderEmails = (
  event: Pick<EventConfig, 'defaultLanguage' | 'secretariatEmail'>,
  inquiry: Inquiry,
  contact: Pick<Contact, 'id' | 'name' | 'email'>,
  due: DueReminder,
  ids: Pick<Ids, 'id'>,
  now: Date,
): OutboxEntry[] => {
  const data = {
    inquiryId: inquiry.id,
    contactId: contact.id,
    threshold: due.threshold,
    dueAt: due.dueAt,
    subject: headerSafe(inquiry.subject),
    journalistName: headerSafe(inquiry.journalist.name),
    outlet: headerSafe(inquiry.journalist.outlet),
    ...optional('deadline', inquiry.deadline),
  };
  const recipients = [{ email: contact.email, name: headerSafe(contact.name) }];
  // A secretariat that is itself the routed contact gets one reminder, not two.
  if (event.secretariatEmail.toLowerCase() !== contact.email.toLowerCase()) recipients.push({ email: event.secretariatEmail, name: '' });
  return recipients.map((to) =>
    outboxEntry({
      ...base(inquiry, ids, now),
      kind: EMAIL_KINDS.inquiryReminder,
      to: to.name ? to : { email: to.email },
      language: event.defaultLanguage,
      data,
    }),
  );
};
