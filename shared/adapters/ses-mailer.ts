/** Sends a raw MIME message with SES SendRawEmail, through the configuration set, to exactly one recipient. */
import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import { PermanentDeliveryError, RetryableDeliveryError, type MailSender } from '../domain/outbox-delivery.ts';
import { classifySesError, sesErrorName } from './ses-errors.ts';

export interface SesMailerOptions {
  client: SESClient;
  fromAddress: string;
  configurationSet: string;
}

export const sesMailer = ({ client, fromAddress, configurationSet }: SesMailerOptions): MailSender => ({
  async send({ to, raw }) {
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
      const name = sesErrorName(error);
      throw classifySesError(error) === 'retryable' ? new RetryableDeliveryError(name) : new PermanentDeliveryError(name);
    }
  },
});
