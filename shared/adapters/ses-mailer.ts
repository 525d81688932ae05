/**
 * Sends a message with SES v2 SendEmail (`Content.Simple`: SES builds the MIME from the subject, both parts, our
 * headers and the attachments), through the configuration set, to exactly one recipient, from the configured
 * identity, tagged with the outbox entry's send tag (SES repeats it in the Send event). SendEmail is not idempotent, so this
 * adapter (not the SDK, whose client makes one attempt) decides what is tried again: only what SES certainly did
 * not take (throttling and 5xx answers, here with backoff; a refused connection, by the stream's retry). An
 * unanswered request is reported as uncertain and never repeated (shared/adapters/ses-errors.ts).
 * When SES could not be reached, it says so for a moment (`isAvailable`), so the other records of a batch fail
 * fast instead of each claiming, rendering and timing out against an endpoint that is down or stalled. One record
 * in every `probeEveryMs` still goes through as a probe, and the first that gets an answer ends the pause: records
 * retried just after SES comes back are sent, instead of failing fast until their stream retries run out.
 */
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import { PermanentDeliveryError, RetryableDeliveryError, UncertainDeliveryError, type MailSender } from '../domain/notifications/outbox-delivery.ts';
import { sendEmailInput } from './ses-send-email.ts';
import { classifySesError, isUnreachable, sesErrorName } from './ses-errors.ts';

export interface SesMailerOptions {
  client: SESv2Client;
  /** The verified identity every email is sent from, whatever the content says. */
  fromAddress: string;
  configurationSet: string;
  /** How long to stop trying after SES gave no answer at all. */
  unreachablePauseMs?: number;
  /** During that pause, let one record through this often to find out whether SES is back. */
  probeEveryMs?: number;
  now?: () => number;
  /** Attempts for answers that say SES did not take the message (throttling, 5xx). */
  maxAttempts?: number;
  /** Wait before attempt n + 1. */
  backoffMs?: (attempt: number) => number;
}

/** Attempts per send for answers that refuse the message (throttling, 5xx); after these the stream retries the record. */
const SES_MAX_ATTEMPTS = 3;

/** Exponential with jitter, as the SDK's own: about 0.1 s, 0.2 s... */
const defaultBackoff = (attempt: number) => 100 * 2 ** (attempt - 1) * (0.5 + Math.random());

export const sesMailer = ({
  client,
  fromAddress,
  configurationSet,
  unreachablePauseMs = 1_000,
  probeEveryMs = 100,
  now = Date.now,
  maxAttempts = SES_MAX_ATTEMPTS,
  backoffMs = defaultBackoff,
}: SesMailerOptions): MailSender => {
  let unreachableUntil = 0;
  let nextProbeAt = 0;

  const send: MailSender['send'] = async (message) => {
    const input = sendEmailInput(message, { fromAddress, configurationSet });
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { MessageId } = await client.send(new SendEmailCommand(input));
        unreachableUntil = 0; // an answer: SES is reachable
        // SES answered success without an id: it took the message, but we cannot name it.
        if (!MessageId) throw new UncertainDeliveryError('NoMessageId');
        return { messageId: MessageId };
      } catch (error) {
        if (error instanceof UncertainDeliveryError) throw error;
        const name = sesErrorName(error);
        const failure = classifySesError(error);
        if (!isUnreachable(error)) unreachableUntil = 0; // an answer, even a refusal: SES is reachable
        if (failure === 'permanent') throw new PermanentDeliveryError(name);
        // A request that went out and got no answer in time reached SES: no reason to hold back the next records.
        if (failure === 'uncertain') throw new UncertainDeliveryError(name);
        if (isUnreachable(error)) {
          unreachableUntil = now() + unreachablePauseMs;
          nextProbeAt = now() + probeEveryMs; // this attempt was the probe of its moment
        }
        // An answer that refused the message (throttling, 5xx) is worth another try now; no answer is not.
        if (isUnreachable(error) || attempt >= maxAttempts) throw new RetryableDeliveryError(name);
        await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
      }
    }
  };

  const isAvailable = () => {
    const at = now();
    if (at >= unreachableUntil) return true;
    if (at < nextProbeAt) return false;
    nextProbeAt = at + probeEveryMs;
    return true;
  };

  return { send, isAvailable };
};
