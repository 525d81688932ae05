/**
 * The suppression list: an address that bounced for good, or whose owner complained, gets no more mail.
 * SES reports both through the configuration set; a transient bounce (mailbox full, greylisting) does not
 * suppress, because the next email may well arrive.
 */
import type { Clock } from '../clock.ts';
import { normalizeEmail } from '../language.ts';

export interface Suppression {
  /** As reported, normalised (trimmed, lower case); kept so the console can show it. */
  email: string;
  /** `bounce:Permanent/General`, `complaint:abuse`... never free text from the message. */
  reason: string;
  /** When SES saw it (ISO). */
  at: string;
}

/** What SES told us about one sent message, as the feedback adapter reads it from the SNS notification. */
export interface DeliveryFeedback {
  type: 'bounce' | 'complaint';
  /** Bounces: Permanent, Transient or Undetermined. */
  bounceType?: string;
  /** Bounces: General, NoEmail, Suppressed, MailboxFull...; complaints: the feedback type (abuse...). */
  subType?: string;
  recipients: readonly string[];
  at: string;
}

const REASON_PART = /[^A-Za-z0-9_-]/g;
const reasonPart = (value: string | undefined) => (value ?? 'unknown').replace(REASON_PART, '').slice(0, 40) || 'unknown';

export const suppressionsFrom = (feedback: DeliveryFeedback): Suppression[] => {
  const suppresses = feedback.type === 'complaint' || (feedback.type === 'bounce' && feedback.bounceType === 'Permanent');
  if (!suppresses) return [];
  const reason =
    feedback.type === 'bounce'
      ? `bounce:${reasonPart(feedback.bounceType)}/${reasonPart(feedback.subType)}`
      : `complaint:${reasonPart(feedback.subType)}`;
  return [...new Set(feedback.recipients.map(normalizeEmail))].filter(Boolean).map((email) => ({ email, reason, at: feedback.at }));
};

export interface SuppressionList {
  find(email: string): Promise<Suppression | undefined>;
  put(suppression: Suppression): Promise<void>;
}

export const makeRecordFeedback =
  ({ suppressions, clock }: { suppressions: Pick<SuppressionList, 'put'>; clock: Clock }) =>
  async (feedback: readonly DeliveryFeedback[]): Promise<number> => {
    let recorded = 0;
    for (const item of feedback) {
      for (const suppression of suppressionsFrom({ ...item, at: item.at || clock.now().toISOString() })) {
        await suppressions.put(suppression);
        recorded += 1;
      }
    }
    return recorded;
  };
