/**
 * Settling `uncertain` entries: SES got a send but never answered it, so it may have taken the email or not, and
 * SES SendEmail has no idempotency key that would make a second call safe. Whether it took it is learnt afterwards:
 * in AWS the configuration set publishes a Send event carrying the message's tags (the SES feedback worker records
 * it on the entry); locally the SES emulator's store shows the message. Both answer through `SendConfirmations`.
 *
 * - confirmed: the entry is marked sent, whenever that is learnt;
 * - not confirmed within the confirmation window: SES did not take it, and the entry goes back to pending (once;
 *   the mailer's claim guards the send as usual);
 * - not confirmed, and the email was owed too long ago for the automatic retry: the entry is marked failed
 *   (`Unconfirmed`), for the secretariat to redrive or not.
 * A confirmation source that cannot be read (SES or the emulator unreachable) settles nothing: it is asked again
 * on the next sweep, because guessing "not sent" would be how a second copy goes out.
 */
import type { Clock } from '../clock.ts';
import type { OutboxEntry } from './outbox.ts';
import type { OutboxRef } from './outbox-delivery.ts';
import { outboxIdOfSendTag } from './outbox-delivery.ts';

/** What SES told us about a message it took. */
export interface SendConfirmation {
  /** SES's message id. */
  messageId: string;
  /** When SES took it (ISO). */
  at: string;
}

/** The port: did SES take any copy of this entry's email? */
export interface SendConfirmations {
  find(entry: OutboxEntry): Promise<SendConfirmation | undefined>;
}

/**
 * How long after an unanswered send the absence of a confirmation means SES did not take it. SES publishes Send
 * events within seconds; a quarter of an hour leaves room for SNS and the feedback worker to be slow too.
 */
const CONFIRMATION_WINDOW_MS = 15 * 60_000;

export interface UncertainStore {
  /** uncertain -> sent, unless the entry changed since `attemptedAt` was read. */
  confirmUncertain(ref: OutboxRef, attemptedAt: string, confirmation: SendConfirmation, now: Date): Promise<boolean>;
  /** uncertain -> pending (`to: 'pending'`) or failed with `Unconfirmed` (`to: 'failed'`), under the same condition. */
  abandonUncertain(ref: OutboxRef, attemptedAt: string, to: 'pending' | 'failed', now: Date): Promise<boolean>;
}

export type UncertainResolution = 'confirmed' | 'requeued' | 'given-up' | 'waiting' | 'unknown' | 'changed';

export const makeResolveUncertain =
  ({
    outbox,
    confirmations,
    clock,
    windowMs = CONFIRMATION_WINDOW_MS,
  }: {
    outbox: UncertainStore;
    confirmations: SendConfirmations;
    clock: Clock;
    windowMs?: number;
  }) =>
  async (entry: OutboxEntry, { mayResend }: { mayResend: boolean }): Promise<UncertainResolution> => {
    const attemptedAt = entry.attemptedAt ?? entry.createdAt;
    let confirmation: SendConfirmation | undefined;
    try {
      confirmation = await confirmations.find(entry);
    } catch {
      return 'unknown';
    }
    const now = clock.now();
    if (confirmation) return (await outbox.confirmUncertain(entry, attemptedAt, confirmation, now)) ? 'confirmed' : 'changed';
    if (Date.parse(attemptedAt) + windowMs > now.getTime()) return 'waiting';
    const to = mayResend ? 'pending' : 'failed';
    if (!(await outbox.abandonUncertain(entry, attemptedAt, to, now))) return 'changed';
    return mayResend ? 'requeued' : 'given-up';
  };

/** A Send event as the feedback adapter reads it: the message's tag and SES's id for it. */
export interface SendEvent {
  tag: string;
  messageId: string;
  at: string;
}

export interface SendConfirmationRecorder {
  /** Notes on the entry that SES took a copy; nothing when the entry is gone or already sent. */
  recordSendConfirmation(outboxId: string, confirmation: SendConfirmation): Promise<void>;
}

/** The SES feedback worker's half: every Send event naming one of our entries is written down on it. */
export const makeRecordSendEvents =
  ({ outbox, clock }: { outbox: SendConfirmationRecorder; clock: Clock }) =>
  async (events: readonly SendEvent[]): Promise<number> => {
    let recorded = 0;
    for (const event of events) {
      const outboxId = outboxIdOfSendTag(event.tag);
      if (!outboxId) continue;
      await outbox.recordSendConfirmation(outboxId, { messageId: event.messageId, at: event.at || clock.now().toISOString() });
      recorded += 1;
    }
    return recorded;
  };
