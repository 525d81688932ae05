/** To the delegate: the seat is confirmed; the check-in code, and the calendar invitation attached. */
import { CALENDAR_CONTENT_TYPE, eventCalendar } from '../calendar.ts';
import { eventFacts, greetPerson, manageLink, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

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
        contentType: CALENDAR_CONTENT_TYPE,
        content: eventCalendar({ event, language, registrationId: data.registrationId, reference: entry.reference }),
      },
    ],
  };
};
