/** Every email kind's template: the one table the renderer looks kinds up in (a test renders each). */
import type { EmailKind } from '../../domain/notifications/outbox.ts';
import { delegationReminder } from './delegation-reminder.ts';
import { delegationReturned } from './delegation-returned.ts';
import { delegationSubmitted } from './delegation-submitted.ts';
import { focalPointInvited } from './focal-point-invited.ts';
import { inquiryReceivedContact } from './inquiry-received-contact.ts';
import { inquiryReceivedJournalist } from './inquiry-received-journalist.ts';
import { inquiryReminder } from './inquiry-reminder.ts';
import { registrationCancelled } from './registration-cancelled.ts';
import { registrationConfirmed } from './registration-confirmed.ts';
import { registrationDeclined } from './registration-declined.ts';
import { registrationErasedSecretariat } from './registration-erased-secretariat.ts';
import { registrationPromoted } from './registration-promoted.ts';
import { registrationNominated } from './registration-nominated.ts';
import { registrationReceivedSecretariat } from './registration-received-secretariat.ts';
import { registrationReceived } from './registration-received.ts';
import { registrationWaitlisted } from './registration-waitlisted.ts';
import type { Template } from './template.ts';

export const TEMPLATES: { [K in EmailKind]: Template<K> } = {
  'registration-received': registrationReceived,
  'registration-received-secretariat': registrationReceivedSecretariat,
  'registration-confirmed': registrationConfirmed,
  'registration-declined': registrationDeclined,
  'registration-waitlisted': registrationWaitlisted,
  'registration-promoted': registrationPromoted,
  'registration-cancelled': registrationCancelled,
  'registration-nominated': registrationNominated,
  'registration-erased-secretariat': registrationErasedSecretariat,
  'inquiry-received-contact': inquiryReceivedContact,
  'inquiry-received-journalist': inquiryReceivedJournalist,
  'inquiry-reminder': inquiryReminder,
  'focal-point-invited': focalPointInvited,
  'delegation-submitted': delegationSubmitted,
  'delegation-returned': delegationReturned,
  'delegation-reminder': delegationReminder,
};
