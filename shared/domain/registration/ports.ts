/**
 * What the registration use cases need from storage. The DynamoDB adapter (shared/adapters/registrations-*.ts)
 * implements it with one TransactWriteItems per commit; unit tests use a small in-memory fake.
 */
import type { EventConfig } from '../event-config.ts';
import type { Page, PageRequest } from '../page.ts';
import type { OutboxEntry } from '../notifications/outbox.ts';
import type { Inquiry, InquiryHistoryEntry } from '../press/inquiry.ts';
import type { HistoryEntry } from './history.ts';
import type { Registration, RegistrationStatus } from './registration.ts';
import type { Counters, WaitlistEntry } from './seats.ts';
import type { RegistrationSort, SearchFilter } from './registration-search.ts';

/** One registration going from `before` (absent when new) to `after`, with what it writes beside it. */
export interface Change {
  before?: Registration;
  after: Registration;
  history: HistoryEntry;
  outbox: OutboxEntry[];
}

/** A change whose history entry records the outbox ids of the emails it owes. */
export const withHistory = (after: Registration, outbox: OutboxEntry[], history: HistoryEntry, before?: Registration): Change => ({
  ...(before ? { before } : {}),
  after,
  outbox,
  history: outbox.length ? { ...history, emails: outbox.map((e) => e.id) } : history,
});

/**
 * Everything one transaction writes. commitWrites (commit-writes.ts) derives the claims from each change's
 * statuses and conditions every one of them; the store only translates those writes:
 * - a new registration claims its email (and HOD#<delegation> for a head of delegation) unless it is inactive;
 * - becoming active claims a seat and a quota place (`active < limit`); leaving active releases them;
 * - joining or leaving the waiting list updates its entry and bumps the waiting list's version;
 * - becoming declined or cancelled releases the email and head-of-delegation claims;
 * - an email changed by the delegate moves the email claim;
 * - every `before` must still be the version that was read.
 */
export interface CommitPlan {
  event: EventConfig;
  changes: Change[];
  /** The waiting list's version the decision was based on (required when a seat is released). */
  seenWaitlistVersion?: number;
  /** A new waitlisted registration: which limit was full; the commit checks it still is. */
  stillFull?: 'seats' | 'quota';
  /**
   * A new registration waitlisted because promotions were owed (the event's `promotionsDue` as read): the commit
   * checks that mark still stands, so a newcomer never waits behind promotions that are already done.
   */
  behindPromotions?: string;
  /**
   * A journalist accredited from their press inquiry (shared/domain/press/decide-accreditation.ts): the inquiry's
   * decision and history entry are written in the same transaction, conditioned on the inquiry's version as read.
   */
  inquiry?: { inquiry: Inquiry; history: InquiryHistoryEntry; expectedVersion: number };
  /**
   * The answer the request gets, kept in the same transaction as the change it answers, so that a retry of the request
   * finds it (the adapter's idempotency record): never a change without its answer, nor an answer without its change.
   */
  receipt?: Receipt;
}

/**
 * Where a request's answer is kept: the adapter derives it from the request (its Idempotency-Key and body); the
 * domain only carries it to the commit. A commit refused with reason `answered` means another run of the same
 * request committed first (AnsweredBefore).
 */
export interface ReceiptSlot {
  readonly operation: string;
  readonly id: string;
  readonly validation: string;
}

export interface Receipt {
  slot: ReceiptSlot;
  answer: Record<string, unknown>;
}

/** Another run of the same request (same receipt slot) committed first: its answer is the one to give. */
export class AnsweredBefore extends Error {
  override readonly name = 'AnsweredBefore';
}

export const REFUSAL_REASONS = [
  'email',
  'headOfDelegation',
  'seats',
  'quota',
  'stillFull',
  'config',
  'waitlist',
  'registration',
  'inquiry',
  'answered',
  'conflict',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A commit whose conditions failed: nothing was written; `reasons` says which conditions. */
export class CommitRefused extends Error {
  readonly reasons: ReadonlySet<RefusalReason>;
  constructor(reasons: Iterable<RefusalReason>) {
    const set = new Set(reasons);
    super(`Commit refused: ${[...set].join(', ')}`);
    this.name = 'CommitRefused';
    this.reasons = set;
  }
}

export interface ListFilter {
  status?: RegistrationStatus;
  delegation?: string;
}

/** The list with a search, another sort or the role/kind filters: read within a bound, filtered and sorted in the function. */
export interface SearchRequest {
  filter: SearchFilter;
  sort: RegistrationSort;
}

export interface RegistrationStore {
  /** The next number of the event's reference sequence (never reused; a refused request leaves a gap). */
  nextReferenceNumber(eventId: string): Promise<number>;
  counters(eventId: string): Promise<Counters>;
  /** Waitlisted registrations, oldest first, read strongly consistently. */
  waitlist(eventId: string): Promise<WaitlistEntry[]>;
  /**
   * The oldest waitlisted registration for which `fits` holds, reading the list page by page (strongly
   * consistent) and stopping at the first. Call AFTER `counters`: see change-status.ts.
   */
  findOnWaitlist(eventId: string, fits: (entry: WaitlistEntry) => boolean): Promise<WaitlistEntry | undefined>;
  get(eventId: string, id: string): Promise<Registration | undefined>;
  history(eventId: string, id: string): Promise<HistoryEntry[]>;
  /** Writes the plan in one transaction, or throws CommitRefused and writes nothing. */
  commit(plan: CommitPlan): Promise<void>;
  /**
   * Clears `event.promotionsDue` (nobody waiting fits), conditioned on that mark and on the waiting list's
   * version the decision was based on; throws CommitRefused otherwise.
   */
  settlePromotions(event: EventConfig, seenWaitlistVersion: number): Promise<void>;
  list(eventId: string, filter: ListFilter, page: PageRequest): Promise<Page<Registration>>;
  /** The registrations matching a search, sorted, one page at a time; throws SearchTooBroad past MAX_SEARCHED. */
  search(eventId: string, request: SearchRequest, page: PageRequest): Promise<Page<Registration>>;
  /** Every registration of the event in the given statuses (exports and summaries). */
  all(eventId: string, statuses: readonly RegistrationStatus[]): Promise<Registration[]>;
  countByStatus(eventId: string): Promise<Record<RegistrationStatus, number>>;
}

/** Derives manage tokens with the secret key (see manage-token.ts); the key never leaves the adapter. */
export interface ManageTokens {
  tokenFor(eventId: string, registrationId: string, tokenVersion: number): Promise<string>;
}

/**
 * Orders racing changes that free seats, so they decide their promotions one after the other instead of
 * colliding and retrying. Only a schedule: every commit is still conditioned on the waiting list's
 * version and the candidate's status, so a turn that is lost or skipped costs a retry, never a double promotion.
 */
export interface PromotionTurns {
  take(eventId: string): Promise<{ done(): Promise<void> }>;
}

export const noTurns: PromotionTurns = { take: async () => ({ done: async () => undefined }) };
