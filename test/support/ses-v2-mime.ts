/**
 * What SES does with a v2 SendEmail of simple content, for tests: it writes a MIME message whose From, To and
 * Reply-To are our strings as given (display names already RFC 2047 encoded words or quoted strings), our headers
 * as given, the subject and both parts in UTF-8, and the attachments, plus its own Message-ID and Date. The body
 * is built with nodemailer's MailComposer (a test dependency only); our address strings and headers go in
 * unchanged, so a malformed name or a CR/LF in any of them shows in the parsed message as SES would send it.
 */
import type { SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import MailComposer from 'nodemailer/lib/mail-composer';
import { sendEmailInput } from '../../shared/adapters/ses-send-email.ts';
import type { EventConfig } from '../../shared/domain/event-config.ts';
import type { OutboxEntry } from '../../shared/domain/notifications/outbox.ts';
import { messageContentOf } from '../../shared/email/compose-message.ts';
import { renderEmail, type RenderOptions } from '../../shared/email/render-email.ts';

/** The JSON an SDK puts on the wire carries blobs as base64; the command input as bytes. */
const bytesOf = (content: Uint8Array | string | undefined) =>
  typeof content === 'string' ? Buffer.from(content, 'base64') : Buffer.from(content ?? new Uint8Array());

type WireInput = Omit<SendEmailCommandInput, 'Content'> & {
  Content?: {
    Simple?: Omit<NonNullable<NonNullable<SendEmailCommandInput['Content']>['Simple']>, 'Attachments'> & {
      Attachments?: { FileName?: string; ContentType?: string; RawContent?: Uint8Array | string }[];
    };
  };
};

export const mimeOfSendEmail = async (input: WireInput): Promise<Buffer> => {
  const simple = input.Content?.Simple;
  if (!simple) throw new Error('not simple content');
  // The address headers exactly as SES writes them: our strings, unchanged (MailComposer would re-encode them).
  const addressLines = [
    `From: ${input.FromEmailAddress ?? ''}`,
    `To: ${(input.Destination?.ToAddresses ?? []).join(', ')}`,
    ...(input.Destination?.CcAddresses?.length ? [`Cc: ${input.Destination.CcAddresses.join(', ')}`] : []),
    ...(input.ReplyToAddresses?.length ? [`Reply-To: ${input.ReplyToAddresses.join(', ')}`] : []),
  ];
  const headers = Object.fromEntries((simple.Headers ?? []).map(({ Name, Value }) => [Name!, { prepared: true, value: Value! }]));
  const rest = await new MailComposer({
    subject: simple.Subject?.Data,
    text: simple.Body?.Text?.Data,
    html: simple.Body?.Html?.Data,
    attachments: (simple.Attachments ?? []).map((a) => ({ filename: a.FileName, contentType: a.ContentType, content: bytesOf(a.RawContent) })),
    headers,
    disableFileAccess: true,
    disableUrlAccess: true,
    newline: 'windows',
  })
    .compile()
    .build();
  return Buffer.concat([Buffer.from(`${addressLines.join('\r\n')}\r\n`, 'utf8'), rest]);
};

/** An outbox entry as the mailer sends it (the SendEmail request) and as SES would deliver it (MIME). */
export const sentAsSesWould = async (entry: OutboxEntry, event: EventConfig, options: RenderOptions) => {
  const email = await renderEmail(entry, event, options);
  const input = sendEmailInput(
    { to: email.to.email, content: messageContentOf(email), tag: `${entry.id}_1` },
    { fromAddress: options.fromAddress, configurationSet: 'plenary-test' },
  );
  return { input, raw: await mimeOfSendEmail(input) };
};
