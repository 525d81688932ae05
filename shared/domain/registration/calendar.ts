/**
 * The iCalendar file (RFC 5545) of a confirmed registration, built with ical-generator: one event per
 * conference day (a daily rule), in the event's own time zone with its VTIMEZONE, so "09:00 in Caracas"
 * stays 09:00 in Caracas whatever the reader's zone. ical-generator formats a plain Date in the
 * process's zone, so the times are handed to it as Temporal-shaped wall-clock values instead.
 */
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq } from 'ical-generator';
import type { EventConfig } from '../event-config.ts';
import { eventTitle } from '../event-config-rules.ts';
import type { Registration } from './registration.ts';

type Wall = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const wallClock = (instant: Date, timeZone: string): Wall => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
};

/** Minutes east of UTC in `timeZone` at `instant`. */
export const utcOffsetMinutes = (instant: Date, timeZone: string): number => {
  const w = wallClock(instant, timeZone);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
};

/** The instant at which the wall clock in `timeZone` shows `date` (YYYY-MM-DD) at `time` (HH:MM). */
export const zonedInstant = (date: string, time: string, timeZone: string): Date => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, h, min);
  const first = guess - utcOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess - utcOffsetMinutes(new Date(first), timeZone) * 60_000);
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Just enough of Temporal.ZonedDateTime (and PlainDateTime) for ical-generator's formatter. */
const zoned = (instant: Date, timeZone: string) => {
  const w = wallClock(instant, timeZone);
  const iso = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
  const plainDate = { year: w.year, month: w.month, day: w.day, toJSON: () => iso.slice(0, 10), toString: () => iso.slice(0, 10) };
  const self: Record<string, unknown> = {
    ...w,
    timeZoneId: timeZone,
    toJSON: () => `${iso}[${timeZone}]`,
    toString: () => `${iso}[${timeZone}]`,
    toInstant: () => ({
      epochMilliseconds: instant.getTime(),
      toJSON: () => instant.toISOString(),
      toString: () => instant.toISOString(),
      toZonedDateTimeISO: (tz: string) => zoned(instant, tz),
    }),
    toPlainDateTime: () => ({
      ...w,
      toJSON: () => iso,
      toString: () => iso,
      toPlainDate: () => plainDate,
      toZonedDateTime: (tz: string) => zoned(instant, tz),
    }),
    withTimeZone: (tz: string) => zoned(instant, tz),
  };
  return self as never;
};

const formatOffset = (minutes: number) => `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

/** A VTIMEZONE with the offset in force during the event (enough for a meeting of a few days). */
const vtimezone = (timeZone: string, at: Date): string => {
  const offset = formatOffset(utcOffsetMinutes(at, timeZone));
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
};

const DAY_MS = 24 * 60 * 60 * 1000;

export const calendarFor = (event: EventConfig, registration: Registration, now: Date): string => {
  const start = zonedInstant(event.startDate, event.dailyStart, event.timeZone);
  const end = zonedInstant(event.startDate, event.dailyEnd, event.timeZone);
  const days = Math.round((Date.parse(event.endDate) - Date.parse(event.startDate)) / DAY_MS) + 1;
  const title = eventTitle(event, registration.language);
  const calendar = ical({
    prodId: { company: 'Plenary', product: 'registration', language: registration.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: title,
    timezone: { name: null, generator: (tz) => vtimezone(tz, start) },
  });
  const venue = event.venue;
  calendar.createEvent({
    id: `${registration.id}@plenary`,
    stamp: now,
    start: zoned(start, event.timeZone),
    end: zoned(end, event.timeZone),
    timezone: event.timeZone,
    ...(days > 1 ? { repeating: { freq: ICalEventRepeatingFreq.DAILY, count: days } } : {}),
    summary: title,
    location: [venue.name, venue.address, venue.city, venue.country].filter(Boolean).join(', '),
    description: [`${registration.reference}`, registration.checkInCode ? `Check-in: ${registration.checkInCode}` : ''].filter(Boolean).join('\n'),
  });
  return calendar.toString();
};
