/** An outbox entry as the message the mailer hands to SES: rendered, built into MIME, addressed to one recipient. */
import type { ComposeMessage } from '../domain/notifications/outbox-delivery.ts';
import { composeMime } from './compose-mime.ts';
import { renderEmail, type RenderOptions } from './render-email.ts';

export const outboxMessageComposer =
  (options: RenderOptions): ComposeMessage =>
  async (entry, event) => {
    const email = await renderEmail(entry, event, options);
    return { to: email.to.email, raw: await composeMime(email) };
  };
