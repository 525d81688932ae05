/** To the journalist: accredited; the check-in code, the manage link (where the badge will be), the calendar invitation. */
import { calendarFor } from '../../domain/registration/calendar.ts';
import type { Registration } from '../../domain/registration/registration.ts';
import { eventFacts, greetPerson, manageLink, questionsTo, secretariatAddress } from './common.ts';
import type { Template } from './template.ts';

export const mediaAccredited: Template<'media-accredited'> = async (context) => {
  const { t, data, entry, event, language, title } = context;
  // What the calendar builder reads of a registration, which is all the outbox entry knows of it.
  const facts = { id: data.registrationId, reference: entry.reference, checkInCode: data.checkInCode, language } as Registration;
  return {
    subject: t('mediaAccredited.subject', { event: title }),
    greeting: greetPerson(context, data.participantName),
    blocks: [
      { kind: 'paragraph', text: t('mediaAccredited.intro') },
      {
        kind: 'facts',
        rows: [
          [t('label.reference'), entry.reference],
          [t('label.outlet'), data.outlet],
        ],
      },
      { kind: 'paragraph', text: t('registrationConfirmed.checkIn') },
      { kind: 'code', text: data.checkInCode },
      eventFacts(context),
      { kind: 'paragraph', text: t('mediaAccredited.badge') },
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
        content: calendarFor(event, facts, new Date(entry.createdAt)),
      },
    ],
  };
};
