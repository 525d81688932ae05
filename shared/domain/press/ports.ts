/** What the press use cases need from storage; shared/adapters/inquiries-*.ts implement it on DynamoDB. */
import type { OutboxEntry } from '../notifications/outbox.ts';
import type { InquiryTopic } from '../event-config.ts';
import type { Page, PageRequest } from '../page.ts';
import type { Inquiry, InquiryHistoryEntry, InquiryStatus } from './inquiry.ts';

export interface InquiryWrite {
  inquiry: Inquiry;
  history: InquiryHistoryEntry;
  outbox: OutboxEntry[];
}

export interface InquiryFilter {
  status?: InquiryStatus;
  contact?: string;
  topic?: InquiryTopic;
}

export interface InquiryStore {
  /** The next number of the event's inquiry sequence (atomic; each call returns a new one). */
  nextReferenceNumber(eventId: string): Promise<number>;
  /** Writes the inquiry, its first history entry and its emails in one transaction. */
  create(write: InquiryWrite): Promise<void>;
  /** One inquiry, read consistently. */
  get(eventId: string, id: string): Promise<Inquiry | undefined>;
  /** One inquiry with its history, oldest entry first. */
  getWithHistory(eventId: string, id: string): Promise<{ inquiry: Inquiry; history: InquiryHistoryEntry[] } | undefined>;
  /**
   * Replaces the inquiry with `write.inquiry` and adds the history entry and emails, in one transaction,
   * only if the stored version is still `expectedVersion`. False when another writer got there first.
   */
  update(write: InquiryWrite & { expectedVersion: number }): Promise<boolean>;
  list(eventId: string, filter: InquiryFilter, page: PageRequest): Promise<Page<Inquiry>>;
  /** Inquiries of every event whose next reminder is due at `now` (from the reminders index, never a scan). */
  dueForReminder(now: Date, limit: number): Promise<{ eventId: string; id: string }[]>;
}
