import { describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { calendarFor, utcOffsetMinutes, zonedInstant } from '../../shared/domain/registration/calendar.ts';
import { aRegistration, NOW, storedEvent } from './registration-fixtures.ts';

describe('the calendar file', () => {
  it('turns a wall-clock time in a zone into the right instant, across daylight saving', () => {
    expect(zonedInstant('2026-07-02', '09:00', 'America/Caracas').toISOString()).toBe('2026-07-02T13:00:00.000Z');
    expect(zonedInstant('2026-07-02', '09:00', 'Europe/Brussels').toISOString()).toBe('2026-07-02T07:00:00.000Z');
    expect(zonedInstant('2026-01-15', '09:00', 'Europe/Brussels').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(utcOffsetMinutes(new Date('2026-07-02T12:00:00Z'), 'America/Caracas')).toBe(-240);
  });

  it("holds one event per conference day at the event's hours, in its time zone, in the delegate's language", () => {
    const event = { ...storedEvent(), startDate: '2026-07-02', endDate: '2026-07-03' };
    const text = calendarFor(event, aRegistration({ status: 'confirmed', language: 'pt', checkInCode: 'K7QM-4XPD' }), NOW);
    expect(text).toContain('DTSTART;TZID=America/Caracas:20260702T090000');
    expect(text).toContain('DTEND;TZID=America/Caracas:20260702T180000');
    expect(text).toContain('TZOFFSETTO:-0400');
    expect(text).toMatch(/DTSTAMP:20260501T120000Z/);
    const vevent = Object.values(ical.sync.parseICS(text)).find((c) => c.type === 'VEVENT') as ical.VEvent;
    expect(vevent.summary).toBe('VII Conferência Sul-Americana sobre Migrações');
    expect(new Date(vevent.start).toISOString()).toBe('2026-07-02T13:00:00.000Z');
    expect(vevent.rrule?.all().map((d) => d.toISOString().slice(0, 10))).toEqual(['2026-07-02', '2026-07-03']);
    expect(String(vevent.description)).toContain('K7QM-4XPD');
  });
});
