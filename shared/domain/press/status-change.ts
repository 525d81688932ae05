/**
 * What a press officer may do to an inquiry's status. Answered and closed inquiries may be reopened
 * (back to `acknowledged`), which restarts the response clock where it stood; the history records it as a reopening.
 */
import * as z from 'zod/mini';
import { Conflict } from '../errors.ts';
import { text } from '../primitives.ts';
import type { InquiryStatus } from './inquiry.ts';

export const SETTABLE_STATUSES = ['acknowledged', 'answered', 'closed'] as const;
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

export const StatusChangeBody = z.strictObject({
  status: z.enum(SETTABLE_STATUSES),
  /** Why, for the history (e.g. "answered by phone"); may be empty. */
  note: z._default(text(2000, 0), ''),
});
export type StatusChangeBody = z.infer<typeof StatusChangeBody>;

const ALLOWED: Record<InquiryStatus, readonly SettableStatus[]> = {
  received: ['acknowledged', 'answered', 'closed'],
  acknowledged: ['answered', 'closed'],
  answered: ['closed', 'acknowledged'],
  closed: ['acknowledged'],
};

export class InvalidStatusChange extends Conflict {
  constructor(from: InquiryStatus, to: SettableStatus) {
    super('invalid-status-change', 'Status change not allowed', `An inquiry that is ${from} cannot become ${to}.`);
  }
}

/** Throws when the change is not allowed; tells whether it is a reopening. */
export const checkStatusChange = (from: InquiryStatus, to: SettableStatus): { reopening: boolean } => {
  if (!ALLOWED[from].includes(to)) throw new InvalidStatusChange(from, to);
  return { reopening: to === 'acknowledged' && (from === 'answered' || from === 'closed') };
};
