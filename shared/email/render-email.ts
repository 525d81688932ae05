/**
 * Renders one outbox entry into a message: the kind's template in the entry's language, wrapped in the one
 * layout, with headers built only from values that went through `headerText`.
 */
import type { EventConfig } from '../domain/event-config.ts';
import { eventTitle } from '../domain/event-config-rules.ts';
import type { Address, EmailData, EmailKind, OutboxEntry } from '../domain/notifications/outbox.ts';
import type { MessageContent } from '../domain/notifications/outbox-delivery.ts';
import { LOCALES, translator } from '../i18n/index.ts';
import { dateFormatter } from './format-dates.ts';
import { headerText } from './header-text.ts';
import { renderHtml, renderText } from './layout.ts';
import type { EmailLinks } from './links.ts';
import { TEMPLATES } from './templates/index.ts';
import type { EmailAttachment, Template, TemplateContext } from './templates/template.ts';

/** What the message will say (outbox-delivery.ts's MessageContent), before the adapter adds its headers. */
export interface RenderedEmail extends Pick<MessageContent, 'from' | 'to' | 'replyTo' | 'subject' | 'text' | 'html'> {
  attachments: EmailAttachment[];
  /** Sent in `X-Plenary-Outbox-Id`: SES writes its own Message-ID, so this header is what names the entry. */
  outboxId: string;
}

export interface RenderOptions {
  /** The verified SES identity mail is sent from (SES_FROM); the event's sender name is its display name. */
  fromAddress: string;
  links: EmailLinks;
}

export class UnknownEmailKind extends Error {
  constructor(kind: string) {
    super(`No template for email kind ${kind}`);
    this.name = 'UnknownEmailKind';
  }
}

export class InvalidRecipient extends Error {
  constructor() {
    super('Not a single email address');
    this.name = 'InvalidRecipient';
  }
}

/** One mailbox, nothing that could list a second recipient or break out of the header. */
const SINGLE_ADDRESS = /^[^\s@,;:<>()[\]"\\]+@[^\s@,;:<>()[\]"\\]+$/;

const headerAddress = (address: Address): Address => {
  const email = address.email.trim();
  if (!SINGLE_ADDRESS.test(email)) throw new InvalidRecipient();
  const name = address.name ? headerText(address.name) : '';
  return name ? { email, name } : { email };
};

export const renderEmail = async (entry: OutboxEntry, event: EventConfig, options: RenderOptions): Promise<RenderedEmail> => {
  const template = TEMPLATES[entry.kind as EmailKind] as Template<EmailKind> | undefined;
  if (!template) throw new UnknownEmailKind(entry.kind);
  const language = event.languages.includes(entry.language) ? entry.language : event.defaultLanguage;
  const title = eventTitle(event, language);
  const t = translator(language);
  const context: TemplateContext<EmailKind> = {
    entry,
    data: entry.data as unknown as EmailData[EmailKind],
    event,
    title,
    language,
    t,
    dates: dateFormatter(event, LOCALES[language]),
    links: options.links,
  };
  const result = await template(context);
  const body = {
    heading: title,
    greeting: result.greeting,
    blocks: result.blocks,
    footer: t('footer.automatic', { sender: event.senderName, reference: entry.reference }),
  };
  const replyTo = entry.replyTo ?? result.replyTo;
  return {
    from: headerAddress({ email: options.fromAddress, name: event.senderName }),
    to: headerAddress(entry.to),
    ...(replyTo ? { replyTo: headerAddress(replyTo) } : {}),
    // The reference comes first, so people and filters can find every email about one registration or inquiry.
    subject: headerText(`${entry.reference} · ${result.subject}`),
    text: renderText(body),
    html: renderHtml(body, language),
    attachments: result.attachments ?? [],
    outboxId: entry.id,
  };
};
