/**
 * A press inquiry: the body a journalist sends, the record the secretariat works on, and its history.
 * Every single-line field goes through `line()`, which refuses control characters, so no CR/LF typed by a
 * journalist can reach an email header; only `message` may hold newlines, and it is only ever a body.
 */
import * as z from 'zod/mini';
import { InquiryTopic } from '../event-config.ts';
import { CountryCode, DateTime, Email, Language, Phone, line, text } from '../primitives.ts';

export const INQUIRY_STATUSES = ['received', 'acknowledged', 'answered', 'closed'] as const;
export const InquiryStatus = z.enum(INQUIRY_STATUSES);
export type InquiryStatus = z.infer<typeof InquiryStatus>;

/** The honeypot: a field people never see (the form hides it) and bots fill in. */
export const HONEYPOT_FIELD = 'website';

export const InquiryBody = z
  .strictObject({
    journalist: z.strictObject({
      name: line(200),
      email: Email,
      phone: z.optional(Phone),
      outlet: line(200),
      country: z.optional(CountryCode),
    }),
    topic: InquiryTopic,
    /** One of the event's languages (checked against the event by the use case). */
    language: Language,
    subject: line(200),
    message: text(5000),
    /** When the journalist needs the answer; must be in the future. */
    deadline: z.optional(DateTime),
    [HONEYPOT_FIELD]: z.optional(
      z.string().check(z.maxLength(2000)).register(z.globalRegistry, {
        description: 'Leave empty. A hidden form field: an inquiry that fills it is treated as automated and discarded.',
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'InquiryBody', description: 'A press inquiry as a journalist sends it' });
export type InquiryBody = z.infer<typeof InquiryBody>;

export interface Journalist {
  name: string;
  email: string;
  phone?: string;
  outlet: string;
  country?: string;
}

/** The two moments an unanswered inquiry earns a reminder. */
export const REMINDER_THRESHOLDS = ['target', 'deadline'] as const;
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number];

export interface ThresholdState {
  dueAt: string;
  /** When a sweep reminded (or, for an earlier threshold passed over on catch-up, settled) it. */
  remindedAt?: string;
}

export type ResponseClock = { target: ThresholdState; deadline?: ThresholdState };

export interface Inquiry {
  id: string;
  eventId: string;
  reference: string;
  status: InquiryStatus;
  journalist: Journalist;
  topic: InquiryTopic;
  language: Language;
  subject: string;
  message: string;
  deadline?: string;
  /** The contact the routing chose, and the rule that chose it (null: the event's default contact). */
  contactId: string;
  ruleId: string | null;
  clock: ResponseClock;
  receivedAt: string;
  updatedAt: string;
  /** When the journalist's details and message were erased (shared/domain/personal-data/erase-inquiry.ts). */
  erasedAt?: string;
  /** Bumped by every change; writes are conditioned on it (optimistic concurrency). */
  version: number;
}

export const HISTORY_ACTIONS = ['received', 'status_changed', 'reopened', 'reminder_sent', 'erased'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export interface InquiryHistoryEntry {
  id: string;
  inquiryId: string;
  at: string;
  action: HistoryAction;
  /** Who: a console user's name, `journalist`, or `system` (the reminder sweep). */
  by: string;
  /** For a console user: their immutable id (Cognito `sub`), so the entry still names them if `by` changes. */
  bySub?: string;
  from?: InquiryStatus;
  to?: InquiryStatus;
  note?: string;
  threshold?: ReminderThreshold;
  /** Thresholds settled without their own reminder because a later one had passed too. */
  skipped?: ReminderThreshold[];
  /** The outbox entries (emails) written with this step, for the console and redrive. */
  emails?: string[];
}
