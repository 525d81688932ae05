/**
 * One outgoing message as an SES v2 SendEmail request: `Content.Simple`, so SES writes the MIME message (and its
 * Message-ID and Date). What each field keeps:
 * - `Destination.ToAddresses` holds one mailbox, the message's recipient: SES delivers to it alone.
 * - `FromEmailAddress` is always the configured identity (IAM allows no other); only its display name varies.
 * - Display names go through `encodedMailbox` (RFC 2047 for non-ASCII, as SES v2 requires); the subject and both
 *   parts are sent as UTF-8 and SES encodes them.
 * - `EmailTags` carries the send tag, which SES repeats in the configuration set's Send event.
 */
import type { SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { SEND_TAG_NAME, type OutgoingMessage } from '../domain/notifications/outbox-delivery.ts';
import { encodedMailbox } from '../email/encoded-mailbox.ts';

const UTF8 = 'UTF-8';
const encoder = new TextEncoder();

export const sendEmailInput = (
  { to, content, tag }: OutgoingMessage,
  { fromAddress, configurationSet }: { fromAddress: string; configurationSet: string },
): SendEmailCommandInput => ({
  FromEmailAddress: encodedMailbox({ ...content.from, email: fromAddress }),
  // The envelope: one recipient, the message's own, whatever the content's To says.
  Destination: { ToAddresses: [encodedMailbox({ ...content.to, email: to })] },
  ...(content.replyTo ? { ReplyToAddresses: [encodedMailbox(content.replyTo)] } : {}),
  ConfigurationSetName: configurationSet,
  EmailTags: [{ Name: SEND_TAG_NAME, Value: tag }],
  Content: {
    Simple: {
      Subject: { Data: content.subject, Charset: UTF8 },
      Body: { Text: { Data: content.text, Charset: UTF8 }, Html: { Data: content.html, Charset: UTF8 } },
      Headers: content.headers.map(({ name, value }) => ({ Name: name, Value: value })),
      ...(content.attachments.length
        ? {
            Attachments: content.attachments.map((a) => ({
              FileName: a.filename,
              ContentType: a.contentType,
              ContentDisposition: 'ATTACHMENT' as const,
              ContentTransferEncoding: 'BASE64' as const,
              RawContent: encoder.encode(a.content),
            })),
          }
        : {}),
    },
  },
});
