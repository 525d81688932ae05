/** Dates and times as the recipient reads them: in the event's time zone, in the recipient's locale. */
import type { EventConfig } from '../domain/event-config.ts';
import { zonedInstant } from '../domain/registration/calendar.ts';

export interface DateFormatter {
  /** `2–3 July 2026` (one day: `2 July 2026`). */
  eventDates(): string;
  /** `09:00` and `18:00` with the zone's short name on the end. */
  eventHours(): { start: string; end: string; timeZone: string };
  /** An instant (ISO with offset) as `1 July 2026, 18:00 GMT-4`. */
  dateTime(iso: string): string;
  /** A region code as its name: `BR` -> `Brasil`. */
  country(code: string): string;
}

/** Intl objects are slow to build and safe to share: one set per locale and zone, for the life of the process. */
const formatsCache = new Map<string, ReturnType<typeof buildFormats>>();

const buildFormats = (locale: string, timeZone: string) => ({
  day: new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'long' }),
  time: new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }),
  zone: new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }),
  dateTime: new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }),
  regions: new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }),
});

const formatsFor = (locale: string, timeZone: string) => {
  const key = `${locale}|${timeZone}`;
  let formats = formatsCache.get(key);
  if (!formats) {
    formats = buildFormats(locale, timeZone);
    formatsCache.set(key, formats);
  }
  return formats;
};

export const dateFormatter = (
  event: Pick<EventConfig, 'startDate' | 'endDate' | 'dailyStart' | 'dailyEnd' | 'timeZone'>,
  locale: string,
): DateFormatter => {
  const { timeZone } = event;
  const start = zonedInstant(event.startDate, event.dailyStart, timeZone);
  const end = zonedInstant(event.endDate, event.dailyEnd, timeZone);
  const { day, time, zone, dateTime, regions } = formatsFor(locale, timeZone);
  return {
    eventDates: () => (event.startDate === event.endDate ? day.format(start) : day.formatRange(start, end)),
    eventHours: () => ({
      start: time.format(start),
      end: time.format(end),
      timeZone: zone.formatToParts(start).find((p) => p.type === 'timeZoneName')?.value ?? timeZone,
    }),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    country: (code) => regions.of(code) ?? code,
  };
};
