/**
 * The event's title for the door's heading, in the reader's language: from the public event when online, kept on the
 * device for the days without network; the event id until either is known (or for an unpublished event).
 */
import { useEffect, useState } from 'preact/hooks';
import { pickLocalized, type Language } from '../../../shared/domain/primitives.ts';
import { getEvent } from '../api/public-api.ts';

type Titles = { titles: Parameters<typeof pickLocalized>[0]; defaultLanguage: Language };

const key = (eventId: string) => `plenary.checkin.event.${eventId}`;

const remembered = (eventId: string): Titles | undefined => {
  try {
    return JSON.parse(localStorage.getItem(key(eventId)) ?? 'null') ?? undefined;
  } catch {
    return undefined;
  }
};

export const useEventTitle = (eventId: string, language: Language): string => {
  const [titles, setTitles] = useState(() => remembered(eventId));
  useEffect(() => {
    getEvent(eventId).then(
      ({ titles, defaultLanguage }) => {
        const known = { titles, defaultLanguage };
        localStorage.setItem(key(eventId), JSON.stringify(known));
        setTitles(known);
      },
      () => undefined,
    );
  }, [eventId]);
  return titles ? pickLocalized(titles.titles, language, titles.defaultLanguage) : eventId;
};
