/**
 * An outbox entry as the message the mailer hands to SES: rendered, addressed to one recipient, with the headers
 * we add. SES builds the MIME message from it (SES v2 `Content.Simple`), so no MIME library is bundled.
 */
import type { ComposeMessage, MessageContent } from '../domain/notifications/outbox-delivery.ts';
import { OUTBOX_ID_HEADER } from '../domain/notifications/outbox.ts';
import { renderEmail, type RenderedEmail, type RenderOptions } from './render-email.ts';

export const messageContentOf = (email: RenderedEmail): MessageContent => ({
  from: email.from,
  to: email.to,
  ...(email.replyTo ? { replyTo: email.replyTo } : {}),
  subject: email.subject,
  text: email.text,
  html: email.html,
  headers: [
    // SES replaces any Message-ID with its own; this header is what names the outbox entry in the delivered email.
    { name: OUTBOX_ID_HEADER, value: email.outboxId },
    // RFC 3834: an automatic message; out-of-office replies should not answer it.
    { name: 'Auto-Submitted', value: 'auto-generated' },
  ],
  attachments: email.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
});

export const outboxMessageComposer =
  (options: RenderOptions): ComposeMessage =>
  async (entry, event) => {
    const email = await renderEmail(entry, event, options);
    return { to: email.to.email, content: messageContentOf(email) };
  };
