import { describe, expect, it } from 'vitest';
import type { Inquiry } from '../../shared/domain/press/inquiry.ts';
import { dueReminder, markReminded, nextReminderAt, startClock } from '../../shared/domain/press/response-clock.ts';

const received = new Date('2026-07-01T10:00:00.000Z');
const at = (iso: string) => new Date(iso);

describe('the response clock thresholds', () => {
  it.each([
    ["no deadline: the target is the contact's hours after receipt", 24, undefined, '2026-07-02T10:00:00.000Z', undefined],
    ['a shorter target hours', 12, undefined, '2026-07-01T22:00:00.000Z', undefined],
    ['a far deadline leaves the target alone', 24, '2026-07-05T10:00:00-03:00', '2026-07-02T10:00:00.000Z', '2026-07-05T13:00:00.000Z'],
    [
      'a near deadline pulls the target to two hours before it',
      24,
      '2026-07-01T18:00:00-03:00',
      '2026-07-01T19:00:00.000Z',
      '2026-07-01T21:00:00.000Z',
    ],
    [
      'a deadline less than two hours away makes the target immediate',
      24,
      '2026-07-01T11:00:00Z',
      '2026-07-01T10:00:00.000Z',
      '2026-07-01T11:00:00.000Z',
    ],
  ])('%s', (_name, hours, deadline, target, deadlineDue) => {
    const clock = startClock(received, hours, deadline);
    expect(clock.target.dueAt).toBe(target);
    expect(clock.deadline?.dueAt).toBe(deadlineDue);
  });
});

describe('reminders owed', () => {
  const inquiry = (status: Inquiry['status'] = 'received'): Pick<Inquiry, 'status' | 'clock'> => ({
    status,
    clock: startClock(received, 24, '2026-07-01T20:00:00Z'), // target 18:00Z, deadline 20:00Z
  });

  it('nothing is owed before the target', () => {
    expect(dueReminder(inquiry(), at('2026-07-01T17:59:59Z'))).toBeUndefined();
  });

  it('the target is owed once it passes, then the deadline once that passes', () => {
    const first = dueReminder(inquiry(), at('2026-07-01T18:00:00Z'));
    expect(first).toEqual({ threshold: 'target', dueAt: '2026-07-01T18:00:00.000Z', skipped: [] });
    const after = { status: 'received' as const, clock: markReminded(inquiry().clock, first!, at('2026-07-01T18:00:00Z')) };
    expect(dueReminder(after, at('2026-07-01T19:59:00Z'))).toBeUndefined();
    expect(nextReminderAt(after)).toBe('2026-07-01T20:00:00.000Z');
    const second = dueReminder(after, at('2026-07-01T20:03:00Z'));
    expect(second).toEqual({ threshold: 'deadline', dueAt: '2026-07-01T20:00:00.000Z', skipped: [] });
    const done = { status: 'received' as const, clock: markReminded(after.clock, second!, at('2026-07-01T20:03:00Z')) };
    expect(dueReminder(done, at('2026-07-09T00:00:00Z'))).toBeUndefined();
    expect(nextReminderAt(done)).toBeUndefined();
  });

  it('a sweep that comes after both thresholds sends one reminder, about the deadline', () => {
    const due = dueReminder(inquiry(), at('2026-07-01T21:00:00Z'));
    expect(due).toEqual({ threshold: 'deadline', dueAt: '2026-07-01T20:00:00.000Z', skipped: ['target'] });
    expect(nextReminderAt({ status: 'received', clock: markReminded(inquiry().clock, due!, at('2026-07-01T21:00:00Z')) })).toBeUndefined();
  });

  it('an acknowledged inquiry still runs; answered and closed owe nothing', () => {
    const late = at('2026-07-01T19:00:00Z');
    expect(dueReminder(inquiry('acknowledged'), late)?.threshold).toBe('target');
    expect(dueReminder(inquiry('answered'), late)).toBeUndefined();
    expect(dueReminder(inquiry('closed'), late)).toBeUndefined();
    expect(nextReminderAt(inquiry('closed'))).toBeUndefined();
  });

  it('without a deadline there is only the target', () => {
    const clock = startClock(received, 24);
    const due = dueReminder({ status: 'received', clock }, at('2026-08-01T00:00:00Z'));
    expect(due).toEqual({ threshold: 'target', dueAt: '2026-07-02T10:00:00.000Z', skipped: [] });
    expect(nextReminderAt({ status: 'received', clock: markReminded(clock, due!, at('2026-08-01T00:00:00Z')) })).toBeUndefined();
  });
});
