/**
 * The outbox: every email a change owes is written as an outbox entry in the SAME DynamoDB transaction as
 * the change (registration, decision, inquiry...). The mailer (functions/notifications/) reads new entries
 * from the table's stream, renders them in the recipient's language and sends them through SES.
 *
 * Writers build entries with `outboxEntry(...)` (pure) and put them with the adapter
 * `outboxPut(entry)` (shared/adapters/outbox.ts), inside their own TransactWriteItems.
 */
import type { Language } from '../primitives.ts';

/** Every kind of email Plenary sends (docs/notifications.md, "The emails"). Templates exist for each, in every language. */
export const EMAIL_KINDS = {
  registrationReceived: 'registration-received', // delegate: reference, status, manage link
  registrationReceivedSecretariat: 'registration-received-secretariat', // secretariat: who, delegation, role, quota use, console link
  registrationConfirmed: 'registration-confirmed', // delegate: confirmation, .ics, check-in code
  registrationDeclined: 'registration-declined',
  registrationWaitlisted: 'registration-waitlisted',
  registrationPromoted: 'registration-promoted',
  registrationCancelled: 'registration-cancelled',
  registrationErasedSecretariat: 'registration-erased-secretariat', // secretariat: a registration's personal data was erased (no names in it)
  registrationNominated: 'registration-nominated', // nominee: nominated by the focal point, manage link to complete details and consent
  inquiryReceivedContact: 'inquiry-received-contact', // routed contact, Reply-To the journalist
  inquiryReceivedJournalist: 'inquiry-received-journalist', // acknowledgement with reference and contact details
  inquiryReminder: 'inquiry-reminder', // contact and secretariat
  focalPointInvited: 'focal-point-invited', // focal point: the private delegation link, the deadline
  delegationSubmitted: 'delegation-submitted', // secretariat: a focal point submitted their delegation's list and note verbale
  delegationReturned: 'delegation-returned', // focal point: the secretariat returned the list, with its reason and the link
  delegationReminder: 'delegation-reminder', // focal point: the deadline is near and the list is not submitted
} as const;
export type EmailKind = (typeof EMAIL_KINDS)[keyof typeof EMAIL_KINDS];

/**
 * What each kind's template receives in `data`. Event-level facts (titles, dates, time zone, venue, contacts)
 * are not copied: the mailer loads the event configuration by `eventId`. People's names and what they typed
 * are copied as plain text; templates escape them.
 */
export interface EmailData {
  'registration-received': {
    participantName: string;
    registrationId: string;
    status: 'pending_approval' | 'confirmed' | 'waitlisted';
    delegation: string;
    role: string;
  };
  'registration-received-secretariat': {
    participantName: string;
    participantEmail: string;
    registrationId: string;
    status: 'pending_approval' | 'confirmed' | 'waitlisted';
    delegation: string;
    role: string;
    institution: string;
    position: string;
    quotaUsed: number;
    quota: number;
  };
  'registration-confirmed': { participantName: string; registrationId: string; checkInCode: string };
  'registration-declined': { participantName: string; registrationId: string; reason: string };
  'registration-waitlisted': { participantName: string; registrationId: string };
  'registration-promoted': { participantName: string; registrationId: string; status: 'pending_approval' | 'confirmed' };
  'registration-cancelled': { participantName: string; registrationId: string; by: 'delegate' | 'secretariat' | 'focal_point'; reason?: string };
  /** Nothing of the person: the reference (on the entry), delegation, role, who asked and whether a seat was given up. */
  'registration-erased-secretariat': {
    registrationId: string;
    delegation: string;
    role: string;
    by: 'delegate' | 'secretariat';
    cancelled: boolean;
  };
  'registration-nominated': { participantName: string; registrationId: string; delegation: string; role: string; focalPointName: string };
  'inquiry-received-contact': {
    inquiryId: string;
    contactId: string;
    journalistName: string;
    journalistEmail: string;
    journalistPhone?: string;
    outlet: string;
    country?: string;
    topic: string;
    subject: string;
    message: string;
    deadline?: string;
  };
  'inquiry-received-journalist': { inquiryId: string; contactId: string; journalistName: string; topic: string; subject: string; deadline?: string };
  'focal-point-invited': {
    focalPointName: string;
    /** The focal point's id: the mailer derives the delegation link's token from it. */
    focalPointId: string;
    delegation: string;
    nominationsCloseAt: string;
  };
  'delegation-submitted': { delegation: string; focalPointName: string; nominees: number; headNamed: boolean };
  'delegation-returned': {
    focalPointName: string;
    /** The focal point's id: the mailer derives the delegation link's token from it. */
    focalPointId: string;
    delegation: string;
    reason: string;
  };
  'delegation-reminder': {
    focalPointName: string;
    /** The focal point's id: the mailer derives the delegation link's token from it. */
    focalPointId: string;
    delegation: string;
    nominationsCloseAt: string;
    /** Which reminder: 3 or 1 day(s) before the deadline. */
    days: number;
  };
  'inquiry-reminder': {
    inquiryId: string;
    contactId: string;
    threshold: 'target' | 'deadline';
    dueAt: string;
    subject: string;
    journalistName: string;
    outlet: string;
    deadline?: string;
  };
}

/**
 * pending -> sending (claimed by one mailer, with a lease) -> sent | failed (permanent) | suppressed (bounced address)
 * | uncertain (SES gave no answer: it may have taken the email or not).
 * A retryable failure leaves the entry `sending` with its lease released, so the retry (or a redrive) claims it again.
 * An uncertain entry is never claimed again: the retry sweep settles it once SES confirms the send (-> sent), or
 * sends it again when no confirmation came within the confirmation window (-> pending); see outbox-confirmation.ts.
 */
export const OUTBOX_STATUSES = ['pending', 'sending', 'uncertain', 'sent', 'failed', 'suppressed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Every message carries its outbox id in this header (tests and the local SES store find a message by it). */
export const OUTBOX_ID_HEADER = 'X-Plenary-Outbox-Id';

export interface Address {
  email: string;
  name?: string;
}

export interface OutboxEntry {
  /** ULID; also the idempotency key of the send (one outbox id, one delivered email). */
  id: string;
  eventId: string;
  kind: EmailKind;
  to: Address;
  replyTo?: Address;
  language: Language;
  /** The human reference the subject starts with (e.g. SACM7-D-0042). */
  reference: string;
  /** The registration or inquiry this email is about (for the console and redrive). */
  subjectId: string;
  /**
   * Everything the template needs, as plain JSON (no secrets: a manage link is derived by the mailer
   * from `subjectId`, never stored here).
   */
  data: Record<string, unknown>;
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  /** While `sending`: until when the claim holds (ISO). Another mailer may claim the entry after it. */
  sendingUntil?: string;
  /** Unique per claim, so only the claimant marks the outcome. */
  claimToken?: string;
  /** Set when sent: the SES message id, and when. */
  sesMessageId?: string;
  sentAt?: string;
  /** Why the last attempt failed, or why the entry is failed / suppressed (an error name or reason, no PII). */
  lastError?: string;
  /** When the last attempt was settled (sent, failed, suppressed). */
  settledAt?: string;
  /** When a secretariat last moved the entry back to pending. */
  redrivenAt?: string;
  /** While `uncertain`: when the send whose answer never came was made (the confirmation window runs from it). */
  attemptedAt?: string;
  /** The message tag (`<id>_<attempt>`) of the last send, which SES repeats in its Send event for that message. */
  messageTag?: string;
  /** Written by the SES feedback worker when a Send event names this entry: SES took a copy, with this message id. */
  sendConfirmedAt?: string;
  confirmedMessageId?: string;
  /** Why the address was on the suppression list when this email was held back, and when SES reported it. */
  suppression?: { reason: string; at: string };
  /** Set when the secretariat released the address for this email: it is then `failed`, ready to redrive. */
  release?: EmailRelease;
}

/** Who released a suppressed address for an email, when and why (also kept in the address's release history). */
export interface EmailRelease {
  at: string;
  /** The officer's display name (as in registration history). */
  by: string;
  reason: string;
}

export const outboxEntry = <K extends EmailKind>(
  init: Omit<OutboxEntry, 'status' | 'attempts' | 'kind' | 'data'> & { kind: K; data: EmailData[K] },
): OutboxEntry => ({ ...init, data: init.data as unknown as Record<string, unknown>, status: 'pending', attempts: 0 });
