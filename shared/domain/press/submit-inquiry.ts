/**
 * A journalist sends a press inquiry. Every check that can refuse it (the event, the body against the event,
 * the honeypot, the rate limits) runs BEFORE the reference number is drawn, so a number is never spent on a
 * refused inquiry; only a crash between drawing it and the write could leave a gap (docs/press.md).
 */
import { NotFound, ValidationFailed, type FieldError } from '../errors.ts';
import type { EventConfig } from '../event-config.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { Clock } from '../clock.ts';
import { EMAIL_KINDS } from '../notifications/outbox.ts';
import { makePublicWriteLimits, type RateLimiter } from '../rate-limits.ts';
import { HONEYPOT_FIELD, type Inquiry, type InquiryBody, type InquiryHistoryEntry } from './inquiry.ts';
import { inquiryReceivedEmails } from './inquiry-emails.ts';
import type { Ids } from '../ids.ts';
import type { InquiryStore } from './ports.ts';
import { inquiryReference } from './reference.ts';
import { startClock } from './response-clock.ts';
import { routeInquiry } from './route-inquiry.ts';

/** A deadline further out than this is a typo, not a deadline. */
const MAX_DEADLINE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

export interface InquiryAccepted {
  id: string;
  reference: string;
  status: 'received';
}

export interface SubmitContext {
  sourceIp: string;
}

const checkAgainstEvent = (event: EventConfig, body: InquiryBody, now: Date): void => {
  const errors: FieldError[] = [];
  if (!event.languages.includes(body.language)) errors.push({ path: 'language', message: `Must be one of: ${event.languages.join(', ')}` });
  if (body.deadline !== undefined) {
    const deadline = Date.parse(body.deadline);
    if (deadline <= now.getTime()) errors.push({ path: 'deadline', message: 'Must be in the future' });
    else if (deadline - now.getTime() > MAX_DEADLINE_AHEAD_MS) errors.push({ path: 'deadline', message: 'Must be within a year' });
  }
  if (errors.length) throw new ValidationFailed(errors);
};

export const makeSubmitInquiry = (deps: {
  events: Pick<EventStore, 'get'>;
  inquiries: Pick<InquiryStore, 'nextReferenceNumber' | 'create'>;
  /** The counters of every public POST (shared/domain/rate-limits.ts). */
  rateLimits: RateLimiter;
  clock: Clock;
  ids: Pick<Ids, 'id'>;
}) => {
  const { events, inquiries, rateLimits, clock, ids } = deps;

  const limits = makePublicWriteLimits({ limiter: rateLimits, clock });

  return async (eventId: string, body: InquiryBody, context: SubmitContext): Promise<InquiryAccepted> => {
    const event = await events.get(eventId);
    if (!event || !event.published) throw new NotFound('No such event.');
    const now = clock.now();
    checkAgainstEvent(event, body, now);

    // A bot filled the hidden field: answer as if all went well, store nothing, spend no counter.
    if (body[HONEYPOT_FIELD]?.trim()) {
      return { id: ids.id(), reference: inquiryReference(event.code, 1 + Math.floor(Math.random() * 9000)), status: 'received' };
    }

    // The limits every public POST counts (per address by press.hourlyLimit, per client by the event's
    // registration.clientLimitPerHour); counted here, after the honeypot, so a bot's fake success spends nothing.
    await limits.count(event, { sourceAddress: context.sourceIp, email: { address: body.journalist.email, form: 'press' } });

    const routed = routeInquiry(event.press, { topic: body.topic, language: body.language, country: body.journalist.country });
    const contact = event.contacts.find((c) => c.id === routed.contactId);
    // PUT refuses rules naming unknown contacts, so this is a broken stored configuration, not bad input.
    if (!contact) throw new Error(`Routing names a contact the event does not have`);

    const reference = inquiryReference(event.code, await inquiries.nextReferenceNumber(event.id));
    const receivedAt = now.toISOString();
    const { website: _honeypot, journalist, deadline, ...rest } = body;
    const inquiry: Inquiry = {
      ...rest,
      id: ids.id(),
      eventId: event.id,
      reference,
      status: 'received',
      journalist,
      ...(deadline ? { deadline } : {}),
      contactId: contact.id,
      ruleId: routed.ruleId,
      clock: startClock(now, contact.responseTargetHours, deadline),
      receivedAt,
      updatedAt: receivedAt,
      version: 1,
    };
    // The contact hears of every inquiry; the address typed in gets one acknowledgement an hour, so typing
    // someone else's address cannot mail them again and again.
    const acknowledge = await limits.firstAcknowledgementThisHour(event, journalist.email);
    const outbox = inquiryReceivedEmails(event, inquiry, contact, ids, now).filter(
      (e) => acknowledge || e.kind !== EMAIL_KINDS.inquiryReceivedJournalist,
    );
    const history: InquiryHistoryEntry = {
      id: ids.id(),
      inquiryId: inquiry.id,
      at: receivedAt,
      action: 'received',
      by: 'journalist',
      to: 'received',
      emails: outbox.map((e) => e.id),
    };
    await inquiries.create({ inquiry, history, outbox });
    return { id: inquiry.id, reference, status: 'received' };
  };
};
