/**
 * Delivering one outbox entry, at most once as the recipient sees it, although the stream delivers records
 * at least once: claim the entry (pending -> sending, with a lease), check the suppression list, render, send,
 * then mark it sent with the provider's message id. A record for an entry already sent finds nothing to claim.
 * When the provider gives no answer (a timeout), the email may or may not be on its way: the entry is marked
 * `uncertain` and is never sent again from here; the retry sweep settles it (shared/domain/notifications/outbox-confirmation.ts).
 * See docs/notifications.md for the window between "sent" and "marked sent".
 */
import type { Clock } from '../clock.ts';
import type { EventConfig } from '../event-config.ts';
import type { Address, OutboxEntry, OutboxStatus } from './outbox.ts';
import type { Suppression } from './outbox-suppression.ts';

/** Worth another try later (throttling, a timeout, the provider down): the stream retries it with backoff. */
export class RetryableDeliveryError extends Error {
  constructor(readonly reason: string) {
    super(`Delivery failed, will retry: ${reason}`);
    this.name = 'RetryableDeliveryError';
  }
}

/** Will fail the same way every time (rejected address, no template): the entry is marked failed. */
export class PermanentDeliveryError extends Error {
  constructor(readonly reason: string) {
    super(`Delivery failed for good: ${reason}`);
    this.name = 'PermanentDeliveryError';
  }
}

/**
 * The provider may have taken the message or not (it did not answer in time, the connection broke after the
 * request went out). Sending again could deliver a second copy, so the entry is marked `uncertain` instead.
 */
export class UncertainDeliveryError extends Error {
  constructor(readonly reason: string) {
    super(`Delivery outcome unknown: ${reason}`);
    this.name = 'UncertainDeliveryError';
  }
}

/** Which entry: the id, and the event it belongs to (its index key needs it). Both are in the stream record. */
export interface OutboxRef {
  id: string;
  eventId: string;
}

export type ClaimResult =
  | { claimed: true; entry: OutboxEntry; token: string }
  /** Someone else holds it, it is already settled, or it does not exist (`status` undefined). */
  | { claimed: false; status: OutboxStatus | undefined };

export interface OutboxDeliveryStore {
  /** pending -> sending, or re-claims a `sending` entry whose lease ran out; attempts + 1. */
  claim(ref: OutboxRef, now: Date, leaseMs: number): Promise<ClaimResult>;
  /** false when the claim was lost meanwhile (the lease ran out and another mailer took the entry). */
  markSent(ref: OutboxRef, token: string, messageId: string, now: Date): Promise<boolean>;
  markFailed(ref: OutboxRef, token: string, reason: string, now: Date): Promise<void>;
  markSuppressed(ref: OutboxRef, token: string, suppression: Pick<Suppression, 'reason' | 'at'>, now: Date): Promise<void>;
  /** Gives the claim up after a retryable failure, so the retry may claim it at once. */
  release(ref: OutboxRef, token: string, reason: string, now: Date): Promise<void>;
  /** sending -> uncertain, while the claim holds: the send went out and no answer came. false when the claim was lost. */
  markUncertain(ref: OutboxRef, token: string, attempt: UncertainAttempt, now: Date): Promise<boolean>;
}

export interface UncertainAttempt {
  reason: string;
  /** When the send was made. */
  attemptedAt: string;
  messageTag: string;
}

/** The tag a send carries (`<outbox id>_<attempt>`): SES repeats it in the Send event of the message it took. */
export const SEND_TAG_NAME = 'plenary-send';
const sendTagOf = (entry: Pick<OutboxEntry, 'id' | 'attempts'>): string => `${entry.id}_${entry.attempts}`;
/** The outbox id a send tag names, or undefined for a value that is not one of ours. */
export const outboxIdOfSendTag = (tag: string): string | undefined => /^([0-9A-Za-z]{10,40})_\d{1,6}$/.exec(tag)?.[1];

export interface SuppressionLookup {
  find(email: string): Promise<Suppression | undefined>;
}

/** A header we add (name and value in printable ASCII, e.g. the outbox id). */
export interface MessageHeader {
  name: string;
  value: string;
}

export interface MessageAttachment {
  filename: string;
  contentType: string;
  /** The file's text (UTF-8), e.g. an iCalendar invitation. */
  content: string;
}

/**
 * What the provider builds the message from (SES v2 `Content.Simple`): it writes the MIME itself, so nothing
 * here is raw. Display names and the subject are plain text; the adapter encodes them.
 */
export interface MessageContent {
  /** The address is the configured sender; the name is the event's sender name. */
  from: Address;
  to: Address;
  replyTo?: Address;
  subject: string;
  text: string;
  html: string;
  headers: MessageHeader[];
  attachments: MessageAttachment[];
}

export interface ComposedMessage {
  /** The only recipient SES will deliver to, whatever the content says. */
  to: string;
  content: MessageContent;
}

export interface OutgoingMessage extends ComposedMessage {
  /** Sent as the message tag `plenary-send` (see sendTagOf). */
  tag: string;
}

export interface MailSender {
  /**
   * Throws RetryableDeliveryError (the provider certainly did not take it), PermanentDeliveryError, or
   * UncertainDeliveryError (it may have). It never sends the same message twice by itself.
   */
  send(message: OutgoingMessage): Promise<{ messageId: string }>;
  /** false for a moment after the provider could not be reached: records then fail fast instead of each rendering and timing out. */
  isAvailable?(): boolean;
}

export type ComposeMessage = (entry: OutboxEntry, event: EventConfig) => Promise<ComposedMessage>;

/**
 * `sent-unrecorded`: SES took the email but marking it sent failed; the claim is kept (see docs/notifications.md).
 * `uncertain-unrecorded`: the same for an unanswered send that could not be marked uncertain.
 */
export type DeliveryOutcome =
  'sent' | 'sent-unrecorded' | 'uncertain' | 'uncertain-unrecorded' | 'suppressed' | 'failed' | `skipped-${OutboxStatus}` | 'skipped-missing';

/** Longer than one mailer invocation can take (SES timeouts and retries included), so a live claim is never stolen. */
const DELIVERY_LEASE_MS = 2 * 60 * 1000;

export interface DeliveryDeps {
  outbox: OutboxDeliveryStore;
  suppressions: SuppressionLookup;
  events: { get(eventId: string): Promise<EventConfig | undefined> };
  compose: ComposeMessage;
  mailer: MailSender;
  clock: Clock;
  leaseMs?: number;
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.name : 'UnknownError');

/** Marking an email sent (or uncertain) is retried here: giving up would leave a sent email to be sent again later. */
const MARK_SENT_ATTEMPTS = 3;

const retried = async (write: () => Promise<unknown>): Promise<boolean> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await write();
      return true;
    } catch {
      if (attempt >= MARK_SENT_ATTEMPTS) return false;
    }
  }
};

export const makeDeliverOutboxEntry = ({ outbox, suppressions, events, compose, mailer, clock, leaseMs = DELIVERY_LEASE_MS }: DeliveryDeps) => {
  /** Everything up to and including the send; returns the provider's message id, or the outcome when nothing is sent. */
  const send = async (entry: OutboxEntry, token: string, attempt: { at?: Date }): Promise<{ messageId: string } | { outcome: 'suppressed' }> => {
    const suppressed = await suppressions.find(entry.to.email);
    if (suppressed) {
      await outbox.markSuppressed(entry, token, { reason: suppressed.reason, at: suppressed.at }, clock.now());
      return { outcome: 'suppressed' };
    }
    const event = await events.get(entry.eventId);
    if (!event) throw new PermanentDeliveryError('EventNotFound');
    let message: ComposedMessage;
    try {
      message = await compose(entry, event);
    } catch (error) {
      // A template that cannot render this entry will not render it on a retry either.
      throw error instanceof RetryableDeliveryError ? error : new PermanentDeliveryError(`RenderFailed:${reasonOf(error)}`);
    }
    attempt.at = clock.now();
    return mailer.send({ ...message, tag: sendTagOf(entry) });
  };

  // false from the store: another mailer took over after our lease ran out; the email is sent either way.
  const recordSent = async (ref: OutboxRef, token: string, messageId: string): Promise<DeliveryOutcome> =>
    (await retried(() => outbox.markSent(ref, token, messageId, clock.now()))) ? 'sent' : 'sent-unrecorded';

  /** Never released: a released claim would be taken and sent again at once, while SES may have the first copy. */
  const recordUncertain = async (entry: OutboxEntry, token: string, reason: string, at: Date): Promise<DeliveryOutcome> => {
    const attempt = { reason, attemptedAt: at.toISOString(), messageTag: sendTagOf(entry) };
    return (await retried(() => outbox.markUncertain(entry, token, attempt, clock.now()))) ? 'uncertain' : 'uncertain-unrecorded';
  };

  return async (ref: OutboxRef): Promise<DeliveryOutcome> => {
    if (mailer.isAvailable && !mailer.isAvailable()) throw new RetryableDeliveryError('ProviderUnavailable');
    const claim = await outbox.claim(ref, clock.now(), leaseMs);
    if (!claim.claimed) {
      // Another mailer is sending it right now: come back later rather than drop the record, in case it fails.
      if (claim.status === 'sending') throw new RetryableDeliveryError('ClaimedElsewhere');
      return claim.status ? `skipped-${claim.status}` : 'skipped-missing';
    }
    const { entry, token } = claim;
    // SES already reported taking a copy (a Send event for an earlier, unanswered attempt): record it, send nothing.
    if (entry.sendConfirmedAt && entry.confirmedMessageId) return recordSent(entry, token, entry.confirmedMessageId);
    let sent: Awaited<ReturnType<typeof send>>;
    const attempt: { at?: Date } = {};
    try {
      sent = await send(entry, token, attempt);
    } catch (error) {
      if (error instanceof UncertainDeliveryError) return recordUncertain(entry, token, error.reason, attempt.at ?? clock.now());
      if (error instanceof PermanentDeliveryError) {
        await outbox.markFailed(entry, token, error.reason, clock.now());
        return 'failed';
      }
      const reason = error instanceof RetryableDeliveryError ? error.reason : reasonOf(error);
      await outbox.release(entry, token, reason, clock.now()).catch(() => undefined);
      throw error instanceof RetryableDeliveryError ? error : new RetryableDeliveryError(reason);
    }
    return 'outcome' in sent ? sent.outcome : recordSent(entry, token, sent.messageId);
  };
};
