/**
 * What erasing a registration's personal data means, as pure rules: what the registration keeps (the statistics:
 * delegation, role, status, dates, reference, language), what its history keeps (who did what, when: never the free
 * text a person may have typed), and what becomes of the emails written about it (unsent ones are dropped, so nothing
 * reaches the person after the erasure; sent ones keep only their kind, dates and status).
 */
import type { OutboxEntry, OutboxStatus } from '../notifications/outbox.ts';
import type { HistoryEntry } from '../registration/history.ts';
import type { Registration } from '../registration/registration.ts';

/** What stands in for each personal field: blank, so nothing of the person is left and every reader keeps working. */
export const ERASED_PARTICIPANT = { givenName: '', familyName: '', email: '', position: '', institution: '' } as const;

/** The registration after its erasure. Its manage link stops working: no stored hash matches a token, and its version moved. */
export const erasedRegistration = (r: Registration, now: string): Registration => {
  const { reason: _reason, checkInCode: _code, participant: _participant, needs: _needs, ...kept } = r;
  return {
    ...kept,
    participant: { ...ERASED_PARTICIPANT },
    needs: { accessibility: '', dietary: '' },
    consent: { dataProcessing: false, listInParticipants: false },
    manageTokenHash: '',
    tokenVersion: r.tokenVersion + 1,
    erasedAt: now,
    updatedAt: now,
    version: r.version + 1,
  };
};

/** A history entry without free text: the reason a delegate or an officer typed may name or describe the person. */
export const scrubbedHistoryEntry = (h: HistoryEntry): HistoryEntry => {
  const { reason: _reason, ...kept } = h;
  return kept;
};

/** Whether a history entry still holds something to erase (an entry already scrubbed is not rewritten). */
export const historyHoldsText = (h: HistoryEntry): boolean => h.reason !== undefined;

/** Statuses of an email that has left (or may have left) for good: kept as a record, without address or content. */
const SETTLED: readonly OutboxStatus[] = ['sent'];

/** What to do with one email written about the person: drop it (never sent: it must not go out now) or keep a bare record. */
export type EmailErasure = { drop: OutboxEntry } | { keep: OutboxEntry; before: OutboxEntry };

export const emailErasure = (entry: OutboxEntry): EmailErasure => {
  if (!SETTLED.includes(entry.status)) return { drop: entry };
  const { replyTo: _replyTo, to: _to, data: _data, ...kept } = entry;
  return { keep: { ...kept, to: { email: '' }, data: {} }, before: entry };
};

/** Whether a kept email record still holds an address or content. */
export const emailHoldsPersonalData = (entry: OutboxEntry): boolean =>
  entry.to.email !== '' || entry.to.name !== undefined || entry.replyTo !== undefined || Object.keys(entry.data).length > 0;
