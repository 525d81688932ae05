/** What the personal-data use cases need from storage; shared/adapters/personal-data-store.ts implements it on DynamoDB. */
import type { OutboxEntry } from '../notifications/outbox.ts';
import type { Inquiry, InquiryHistoryEntry } from '../press/inquiry.ts';
import type { HistoryEntry } from '../registration/history.ts';
import type { Registration } from '../registration/registration.ts';

/**
 * The writes of one erasure. The store writes them in as few transactions as DynamoDB allows (100 items each):
 * the history and email rewrites first, the subject's own rewrite (with the new history entry and the notice) last,
 * so a failure in between leaves the subject not yet erased and the erasure can simply run again.
 */
export interface ErasurePlan<S, H> {
  subject: { before: S; after: S };
  /** History entries rewritten without their free text (same keys). */
  history: { eventId: string; entries: H[] };
  /** Emails kept as bare records (conditioned on the status read) and emails dropped (never sent). */
  emails: { keep: { entry: OutboxEntry; status: OutboxEntry['status'] }[]; drop: OutboxEntry[] };
  /** The history entry that records the erasure, and the emails it owes (the secretariat's notice). */
  added: { entry: H; outbox: OutboxEntry[] };
}

export interface PersonalDataStore {
  /** The emails with these outbox ids (missing ones are left out). */
  emails(ids: readonly string[]): Promise<OutboxEntry[]>;
  /** Writes a registration's erasure; throws CommitRefused when what was read changed meanwhile. */
  eraseRegistration(plan: ErasurePlan<Registration, HistoryEntry>): Promise<void>;
  /** Writes an inquiry's erasure; throws CommitRefused when what was read changed meanwhile. */
  eraseInquiry(plan: ErasurePlan<Inquiry, InquiryHistoryEntry>): Promise<void>;
}
