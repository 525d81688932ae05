/**
 * A press officer acknowledges, answers, closes or reopens an inquiry, with a note. Answering or closing stops
 * the response clock; reopening restarts it where it stood (thresholds already reminded stay reminded).
 */
import { Conflict, NotFound } from '../errors.ts';
import type { Clock } from '../clock.ts';
import type { Inquiry, InquiryHistoryEntry } from './inquiry.ts';
import type { Ids } from '../ids.ts';
import type { InquiryStore } from './ports.ts';
import { checkStatusChange, type StatusChangeBody } from './status-change.ts';

class InquiryChangedMeanwhile extends Conflict {
  constructor() {
    super('inquiry-changed', 'Changed meanwhile', 'Someone else changed this inquiry at the same time; reload it and try again.');
  }
}

export const makeChangeInquiryStatus =
  ({ inquiries, clock, ids }: { inquiries: Pick<InquiryStore, 'get' | 'update'>; clock: Clock; ids: Pick<Ids, 'id'> }) =>
  async (eventId: string, id: string, change: StatusChangeBody, by: { name: string; subject: string }): Promise<Inquiry> => {
    const current = await inquiries.get(eventId, id);
    if (!current) throw new NotFound('No such inquiry.');
    const { reopening } = checkStatusChange(current.status, change.status);
    const at = clock.now().toISOString();
    const inquiry: Inquiry = { ...current, status: change.status, updatedAt: at, version: current.version + 1 };
    const history: InquiryHistoryEntry = {
      id: ids.id(),
      inquiryId: id,
      at,
      action: reopening ? 'reopened' : 'status_changed',
      by: by.name,
      bySub: by.subject,
      from: current.status,
      to: change.status,
      ...(change.note ? { note: change.note } : {}),
    };
    if (!(await inquiries.update({ inquiry, history, outbox: [], expectedVersion: current.version }))) throw new InquiryChangedMeanwhile();
    return inquiry;
  };
