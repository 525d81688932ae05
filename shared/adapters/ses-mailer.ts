/**
 * Sends a raw MIME message with SES SendRawEmail, through the configuration set, to exactly one recipient.
 * When SES cannot be reached at all, it says so for a moment (`isAvailable`), so the other records of a batch
 * fail fast instead of each claiming, rendering and timing out against an endpoint that is down.
 */
import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import { PermanentDeliveryError, RetryableDeliveryError, type MailSender } from '../domain/outbox-delivery.ts';
import { classifySesError, isUnreachable, sesErrorName } from './ses-errors.ts';

export interface SesMailerOptions {
  client: SESClient;
  fromAddress: string;
  configurationSet: string;
  /** How long to stop trying after SES gave no answer at all. */
  unreachablePauseMs?: number;
  now?: () => number;
}

export const sesMailer = ({ client, fromAddress, configurationSet, unreachablePauseMs = 1_000, now = Date.now }: SesMailerOptions): MailSender => {
  let unreachableUntil = 0;

  const send: MailSender['send'] = async ({ to, raw }) => {
    try {
      const { MessageId } = await client.send(
        new SendRawEmailCommand({
          RawMessage: { Data: raw },
          // The envelope: whatever the headers say, SES delivers to this one address only.
          Destinations: [to],
          Source: fromAddress,
          ConfigurationSetName: configurationSet,
        }),
      );
      if (!MessageId) throw new RetryableDeliveryError('NoMessageId');
      return { messageId: MessageId };
    } catch (error) {
      if (error instanceof RetryableDeliveryError) throw error;
      if (isUnreachable(error)) unreachableUntil = now() + unreachablePauseMs;
      const name = sesErrorName(error);
      throw classifySesError(error) === 'retryable' ? new RetryableDeliveryError(name) : new PermanentDeliveryError(name);
    }
  };

  return { send, isAvailable: () => now() >= unreachableUntil };
};
