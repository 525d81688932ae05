/** Which deadline reminder is owed when: 3 days and 1 day before nominationsCloseAt, once each, never out of order. */
import { describe, expect, it } from 'vitest';
import { dueReminder } from '../../shared/domain/delegations/deadline-reminders.ts';

const closeAt = '2026-06-15T18:00:00-04:00';
const before = (hours: number) => new Date(Date.parse(closeAt) - hours * 3600 * 1000);

describe('dueReminder', () => {
  it('owes nothing more than 3 days before, nor after the deadline', () => {
    expect(dueReminder(closeAt, before(73), [])).toBeUndefined();
    expect(dueReminder(closeAt, before(0), [])).toBeUndefined();
    expect(dueReminder(closeAt, before(-5), [])).toBeUndefined();
  });

  it('owes the 3-day reminder from 3 days before, once', () => {
    expect(dueReminder(closeAt, before(72), [])).toEqual({ days: 3, mark: [3] });
    expect(dueReminder(closeAt, before(30), [3])).toBeUndefined();
  });

  it('owes the 1-day reminder from 1 day before, once', () => {
    expect(dueReminder(closeAt, before(24), [3])).toEqual({ days: 1, mark: [3, 1] });
    expect(dueReminder(closeAt, before(2), [3, 1])).toBeUndefined();
  });

  it('sends only the 1-day reminder when the sweep first runs within the last day, and marks both', () => {
    expect(dueReminder(closeAt, before(10), [])).toEqual({ days: 1, mark: [3, 1] });
  });
});
