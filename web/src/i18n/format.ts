/** Dates and times as people read them, in the page's language and in the event's time zone. */
import type { Language } from '../../../shared/domain/primitives.ts';

/** A calendar date (YYYY-MM-DD) is a day, not an instant: format it at noon UTC so no zone shifts it. */
export const formatDay = (date: string, language: Language): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

export const formatDayRange = (start: string, end: string, language: Language): string => {
  if (start === end) return formatDay(start, language);
  const format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(new Date(`${start}T12:00:00Z`), new Date(`${end}T12:00:00Z`));
};

/** An instant shown in the given zone, with the zone's name so nobody mistakes it for their own time. */
export const formatInstant = (iso: string, language: Language, timeZone?: string): string =>
  new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));

/** The zone's city name as people know it, e.g. "America/Caracas" -> "Caracas". */
export const zoneCity = (timeZone: string): string => timeZone.split('/').pop()?.replaceAll('_', ' ') ?? timeZone;

export const regionName = (code: string, language: Language): string => {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};
