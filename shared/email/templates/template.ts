/** What every template receives and returns. */
import type { EventConfig } from '../../domain/event-config.ts';
import type { Address, EmailData, EmailKind, OutboxEntry } from '../../domain/notifications/outbox.ts';
import type { Language } from '../../domain/primitives.ts';
import type { Translate } from '../../i18n/index.ts';
import type { DateFormatter } from '../format-dates.ts';
import type { Block } from '../layout.ts';
import type { EmailLinks } from '../links.ts';

export interface TemplateContext<K extends EmailKind> {
  entry: OutboxEntry;
  data: EmailData[K];
  event: EventConfig;
  /** The event's title in the recipient's language. */
  title: string;
  language: Language;
  t: Translate;
  dates: DateFormatter;
  links: EmailLinks;
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface TemplateResult {
  /** The subject after the reference (the renderer puts the reference first). */
  subject: string;
  greeting: string;
  blocks: Block[];
  /** Where replies go when the entry names no Reply-To. */
  replyTo?: Address;
  attachments?: EmailAttachment[];
}

export type Template<K extends EmailKind> = (context: TemplateContext<K>) => TemplateResult | Promise<TemplateResult>;
