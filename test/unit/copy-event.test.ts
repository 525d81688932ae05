/** Shifting an event's dates for a copy: whole days, local times and offsets as written, across month and leap-year ends. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDate, shiftDateTime } from '../../shared/domain/copy-event.ts';

describe('shifting dates for a copy', () => {
  it('moves dates across month and leap-year ends', () => {
    expect(shiftDate('2026-07-01', 365)).toBe('2027-07-01');
    expect(shiftDate('2027-03-01', 365)).toBe('2028-02-29');
    expect(shiftDate('2026-01-31', 1)).toBe('2026-02-01');
    expect(shiftDate('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('keeps the local time and the offset of a date-time as written', () => {
    expect(shiftDateTime('2026-07-02T09:00:00-04:00', 364)).toBe('2027-07-01T09:00:00-04:00');
    expect(shiftDateTime('2026-12-31T23:30:00.000Z', 1)).toBe('2027-01-01T23:30:00.000Z');
  });

  it('is undone by the opposite shift, for any date and any shift of up to ten years', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: -3650, max: 3650 }),
        (date, days) => {
          const day = date.toISOString().slice(0, 10);
          expect(shiftDate(shiftDate(day, days), -days)).toBe(day);
          expect((Date.parse(shiftDate(day, days)) - Date.parse(day)) / 86_400_000).toBe(days);
        },
      ),
    );
  });
});
