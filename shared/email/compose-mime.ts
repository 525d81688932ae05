/** Builds the raw MIME message (text and HTML alternatives, attachments) with nodemailer's MailComposer. */
import MailComposer from 'nodemailer/lib/mail-composer';
import { OUTBOX_ID_HEADER, type Address } from '../domain/notifications/outbox.ts';
import type { RenderedEmail } from './render-email.ts';

const mailbox = (address: Address) => (address.name ? { name: address.name, address: address.email } : address.email);

export { OUTBOX_ID_HEADER };

export const composeMime = (email: RenderedEmail, date = new Date()): Promise<Buffer> =>
  new MailComposer({
    from: mailbox(email.from),
    to: mailbox(email.to),
    ...(email.replyTo ? { replyTo: mailbox(email.replyTo) } : {}),
    subject: email.subject,
    messageId: email.messageId,
    date,
    text: email.text,
    html: email.html,
    attachments: email.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    headers: {
      [OUTBOX_ID_HEADER]: email.outboxId,
      // RFC 3834: an automatic message; out-of-office replies should not answer it.
      'Auto-Submitted': 'auto-generated',
    },
    // Content is ours; never let a value read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    newline: 'windows',
  })
    .compile()
    .build();
