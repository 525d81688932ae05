/** Pieces several templates share: the event's facts, names of delegations, roles and contacts. */
import { pickLocalized } from '../../domain/language.ts';
import type { EmailKind } from '../../domain/notifications/outbox.ts';
import { isMessageKey } from '../../i18n/index.ts';
import type { Block } from '../layout.ts';
import type { TemplateContext } from './template.ts';

type Context = TemplateContext<EmailKind>;

export const greetPerson = ({ t }: Context, name: string): string => t('greeting.person', { name });

/** Dates, hours and venue of the event, in the event's zone and the recipient's locale. */
export const eventFacts = ({ t, dates, event }: Context): Block => {
  const hours = dates.eventHours();
  const venue = [event.venue.name, event.venue.address, event.venue.city, dates.country(event.venue.country)].filter(Boolean).join(', ');
  return {
    kind: 'facts',
    rows: [
      [t('label.dates'), dates.eventDates()],
      [t('label.hours'), t('value.hours', { start: hours.start, end: hours.end, timeZone: hours.timeZone })],
      [t('label.venue'), venue],
    ],
  };
};

export const delegationName = ({ event, language }: Context, code: string): string => {
  const delegation = event.delegations.find((d) => d.code === code);
  return delegation ? pickLocalized(delegation.names, language, event.defaultLanguage) : code;
};

/** Known codes are translated; anything else (a newer code than this template) is shown as stored. */
export const label = ({ t }: Context, prefix: 'status' | 'role' | 'topic', value: string): string => {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : value;
};

export const contactOf = ({ event }: Context, contactId: string) => event.contacts.find((c) => c.id === contactId);

export const questionsTo = ({ t, event }: Context): Block => ({ kind: 'paragraph', text: t('contact.questions', { email: event.secretariatEmail }) });

export const secretariatAddress = ({ event }: Context) => ({ email: event.secretariatEmail, name: event.senderName });

export const manageLink = async (context: Context, registrationId: string): Promise<Block[]> => [
  { kind: 'link', label: context.t('link.manage'), url: await context.links.manage(context.event.id, registrationId) },
  { kind: 'paragraph', text: context.t('link.manageKeep') },
];
