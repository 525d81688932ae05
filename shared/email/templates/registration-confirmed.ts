/** To the delegate: the seat is confirmed; the check-in code, and the calendar invitation attached. */
import { calendarFor } from '../../domain/registration/calendar.ts';
import type { Registration } from '../../domain/registration/registration.ts';
import { eventFacts, greetPerson, manageLink, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

/** What the calendar builder reads of a registration, which is all the outbox entry knows of it. */
const calendarFacts = (reference: string, data: { registrationId: string; checkInCode: string }, language: Registration['language']) =>
  ({ id: data.registrationId, reference, checkInCode: data.checkInCode, language }) satisfies Pick<
    Registration,
    'id' | 'reference' | 'checkInCode' | 'language'
  > as Registration;

export const registrationConfirmed: Template<'registration-confirmed'> = async (context) => {
  const { t, data, entry, event, language, title } = context;
  return {
    subject: t('registrationConfirmed.subject', { event: title }),
    greeting: greetPerson(context, data.participantName),
    blocks: [
      { kind: 'paragraph', text: t('registrationConfirmed.intro') },
      { kind: 'facts', rows: [[t('label.reference'), entry.reference]] },
      { kind: 'paragraph', text: t('registrationConfirmed.checkIn') },
      { kind: 'code', text: data.checkInCode },
      eventFacts(context),
      { kind: 'paragraph', text: t('registrationConfirmed.calendar') },
      ...(await manageLink(context, data.registrationId)),
      questionsTo(context),
    ],
    replyTo: secretariatAddress(context),
    attachments: [
      {
        filename: `${entry.reference}.ics`,
        // The bare media type, as SES v2 takes it: the file itself says METHOD:PUBLISH, and iCalendar is UTF-8 (RFC 5545).
        contentType: 'text/calendar',
        // The same file as GET .../calendar.ics; stamped with the entry's time so a resend is byte-identical.
        content: calendarFor(event, calendarFacts(entry.reference, data, language), new Date(entry.createdAt)),
      },
    ],
  };
};
