/**
 * The response clock. An inquiry earns a reminder when it is still unanswered at its target time,
 * `min(received + contact's target hours, deadline - 2 h)`, and one more when its deadline passes.
 * Pure arithmetic on ISO times, so tests move a clock instead of sleeping.
 */
import type { Inquiry, ReminderThreshold, ResponseClock } from './inquiry.ts';

const HOUR_MS = 60 * 60 * 1000;
/** The target is pulled forward so the contact is reminded this long before the journalist's deadline. */
const DEADLINE_MARGIN_MS = 2 * HOUR_MS;

export const startClock = (receivedAt: Date, targetHours: number, deadline?: string): ResponseClock => {
  const received = receivedAt.getTime();
  let target = received + targetHours * HOUR_MS;
  if (deadline) target = Math.min(target, Date.parse(deadline) - DEADLINE_MARGIN_MS);
  // A deadline less than two hours away makes the target "now": the first sweep reminds.
  target = Math.max(target, received);
  const clock: ResponseClock = { target: { dueAt: new Date(target).toISOString() } };
  if (deadline) clock.deadline = { dueAt: new Date(Date.parse(deadline)).toISOString() };
  return clock;
};

const thresholdsOf = (clock: ResponseClock): [ReminderThreshold, NonNullable<ResponseClock[ReminderThreshold]>][] =>
  clock.deadline
    ? [
        ['target', clock.target],
        ['deadline', clock.deadline],
      ]
    : [['target', clock.target]];

/** Whether the clock runs at all: answered and closed inquiries owe nothing. */
const clockRuns = (status: Inquiry['status']): boolean => status === 'received' || status === 'acknowledged';

/** When the next reminder falls due (ISO), or undefined when none is owed any more. */
export const nextReminderAt = (inquiry: Pick<Inquiry, 'status' | 'clock'>): string | undefined => {
  if (!clockRuns(inquiry.status)) return undefined;
  return thresholdsOf(inquiry.clock).find(([, t]) => !t.remindedAt)?.[1].dueAt;
};

export interface DueReminder {
  /** The threshold the reminder is about: the latest one passed. */
  threshold: ReminderThreshold;
  dueAt: string;
  /** Earlier thresholds passed at the same time, settled without a reminder of their own. */
  skipped: ReminderThreshold[];
}

/**
 * The reminder owed at `now`, if any. When a sweep finds several thresholds passed at once (the deadline came
 * before the sweep did), it sends one reminder, about the latest: "the target is near" is noise once the
 * deadline itself has gone.
 */
export const dueReminder = (inquiry: Pick<Inquiry, 'status' | 'clock'>, now: Date): DueReminder | undefined => {
  if (!clockRuns(inquiry.status)) return undefined;
  const passed = thresholdsOf(inquiry.clock).filter(([, t]) => !t.remindedAt && Date.parse(t.dueAt) <= now.getTime());
  const latest = passed.at(-1);
  if (!latest) return undefined;
  return { threshold: latest[0], dueAt: latest[1].dueAt, skipped: passed.slice(0, -1).map(([name]) => name) };
};

/** The clock after `due` has been reminded at `now`. */
export const markReminded = (clock: ResponseClock, due: DueReminder, now: Date): ResponseClock => {
  const at = now.toISOString();
  const next: ResponseClock = { target: { ...clock.target }, ...(clock.deadline ? { deadline: { ...clock.deadline } } : {}) };
  for (const name of [...due.skipped, due.threshold]) {
    const t = next[name];
    if (t) t.remindedAt = at;
  }
  return next;
};
