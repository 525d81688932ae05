/**
 * A journalist's inquiry erased by a press officer or the secretariat: the journalist's details, the subject and the
 * message go; the topic, dates, status, reference and routing stay for the statistics. Its reminders stop (they would
 * quote the journalist), the notes in its history go, and its emails are dropped or kept bare as a registration's are.
 */
import type { Clock } from '../clock.ts';
import { NotFound } from '../errors.ts';
import type { Ids } from '../ids.ts';
import type { Inquiry, InquiryHistoryEntry, ResponseClock } from '../press/inquiry.ts';
import type { InquiryStore } from '../press/ports.ts';
import { CommitRefused } from '../registration/ports.ts';
import { RetryLater, defaultRetryPolicy, withRetries, type RetryPolicy } from '../registration/retry.ts';
import { emailErasure, emailHoldsPersonalData } from './erase-registration.ts';
import type { ErasurePlan, PersonalDataStore } from './ports.ts';
import { AlreadyErased } from './problems.ts';

/** Every threshold not yet reminded is settled now: nobody is reminded of an inquiry whose content is gone. */
const settled = (clock: ResponseClock, now: string): ResponseClock => ({
  target: { ...clock.target, remindedAt: clock.target.remindedAt ?? now },
  ...(clock.deadline ? { deadline: { ...clock.deadline, remindedAt: clock.deadline.remindedAt ?? now } } : {}),
});

export const erasedInquiry = (inquiry: Inquiry, now: string): Inquiry => {
  const { journalist: _journalist, subject: _subject, message: _message, ...kept } = inquiry;
  return {
    ...kept,
    journalist: { name: '', email: '', outlet: '' },
    subject: '',
    message: '',
    clock: settled(inquiry.clock, now),
    erasedAt: now,
    updatedAt: now,
    version: inquiry.version + 1,
  };
};

/** A history entry without its note (an officer's note may quote or name the journalist). */
export const scrubbedInquiryHistoryEntry = (h: InquiryHistoryEntry): InquiryHistoryEntry => {
  const { note: _note, ...kept } = h;
  return kept;
};

export const makeEraseInquiry =
  ({
    inquiries,
    personalData,
    clock,
    ids,
    retry = defaultRetryPolicy,
  }: {
    inquiries: Pick<InquiryStore, 'getWithHistory'>;
    personalData: PersonalDataStore;
    clock: Clock;
    ids: Pick<Ids, 'id'>;
    retry?: RetryPolicy;
  }) =>
  async (eventId: string, id: string, reason: string, by: { name: string; subject: string }): Promise<Inquiry> =>
    withRetries(async () => {
      const found = await inquiries.getWithHistory(eventId, id);
      if (!found) throw new NotFound('No such inquiry.');
      const { inquiry: before, history } = found;
      if (before.erasedAt) throw new AlreadyErased();
      const emails = await personalData.emails(history.flatMap((h) => h.emails ?? []));
      const now = clock.now().toISOString();
      const after = erasedInquiry(before, now);
      const decided = emails.map(emailErasure);
      const plan: ErasurePlan<Inquiry, InquiryHistoryEntry> = {
        subject: { before, after },
        history: { eventId, entries: history.filter((h) => h.note !== undefined).map(scrubbedInquiryHistoryEntry) },
        emails: {
          keep: decided.flatMap((d) => ('keep' in d && emailHoldsPersonalData(d.before) ? [{ entry: d.keep, status: d.before.status }] : [])),
          drop: decided.flatMap((d) => ('drop' in d ? [d.drop] : [])),
        },
        added: {
          entry: { id: ids.id(), inquiryId: id, at: now, action: 'erased', by: by.name, bySub: by.subject, note: reason },
          outbox: [],
        },
      };
      try {
        await personalData.eraseInquiry(plan);
      } catch (error) {
        if (error instanceof CommitRefused) throw new RetryLater([...error.reasons].join(','));
        throw error;
      }
      return after;
    }, retry);
