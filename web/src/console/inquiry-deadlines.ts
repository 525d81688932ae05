/** Which open inquiries are near their deadline (the journalist's, or the contact's response target). */
import type { Inquiry } from '../api/responses.ts';

const OPEN = new Set(['received', 'acknowledged']);
const WINDOW_MS = 24 * 60 * 60 * 1000;

export const dueAtOf = (inquiry: Inquiry): string | undefined => {
  const candidates = [inquiry.deadline, inquiry.reminders.target?.dueAt].filter((d): d is string => Boolean(d));
  return candidates.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
};

/** Open inquiries due within 24 hours or already overdue, soonest first. */
export const dueSoon = (inquiries: readonly Inquiry[], now: Date): { inquiry: Inquiry; dueAt: string }[] =>
  inquiries
    .filter((i) => OPEN.has(i.status))
    .map((inquiry) => ({ inquiry, dueAt: dueAtOf(inquiry) }))
    .filter((x): x is { inquiry: Inquiry; dueAt: string } => x.dueAt !== undefined && Date.parse(x.dueAt) - now.getTime() <= WINDOW_MS)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
