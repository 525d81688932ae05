/**
 * The iCalendar file of an event, for one delegate: attached to the confirmation email and served by
 * GET /api/events/{eventId}/registrations/{id}/calendar.ics. Pure: the same input gives the same file.
 *
 * Times are written as UTC instants (`DTSTART:20260702T130000Z`): ical-generator formats zone-local times with
 * the process's own zone (UTC on Lambda), which would be wrong, and an instant needs no VTIMEZONE block. The
 * event's zone is still named (X-WR-TIMEZONE) and the calendar shows the right local hours anywhere.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { eventTitle, type EventConfig } from '../domain/event.ts';
import type { Language } from '../domain/primitives.ts';
import { zonedTimeToInstant } from './zoned-time.ts';

export interface CalendarInput {
  event: Pick<EventConfig, 'id' | 'titles' | 'defaultLanguage' | 'startDate' | 'endDate' | 'dailyStart' | 'dailyEnd' | 'timeZone' | 'venue' | 'senderName' | 'updatedAt'>;
  language: Language;
  /** The registration this copy is for: its id makes the UID, so a later copy updates the same calendar entry. */
  registrationId: string;
  reference: string;
}

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';

const location = (venue: CalendarInput['event']['venue']) => [venue.name, venue.address, venue.city, venue.country].filter(Boolean).join(', ');

export const eventCalendar = ({ event, language, registrationId, reference }: CalendarInput): string => {
  const title = eventTitle(event, language);
  const calendar = ical({
    prodId: { company: 'Plenary', product: 'plenary', language: language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: title,
  });
  calendar.x('X-WR-TIMEZONE', event.timeZone);
  calendar.createEvent({
    id: `${registrationId}@plenary`,
    // A fixed stamp keeps the file stable for the same registration and configuration.
    stamp: new Date(event.updatedAt),
    start: zonedTimeToInstant(event.startDate, event.dailyStart, event.timeZone),
    end: zonedTimeToInstant(event.endDate, event.dailyEnd, event.timeZone),
    summary: title,
    location: location(event.venue),
    description: `${reference} · ${event.senderName}`,
  });
  return calendar.toString();
};
