/** The public event a page is about; once it loads, its default language applies unless the reader chose one. */
import { useEffect } from 'preact/hooks';
import { getEvent } from '../api/public-api.ts';
import type { PublicEvent } from '../api/responses.ts';
import { useResource, type Resource } from '../api/use-resource.ts';
import { useLanguage } from '../i18n/language-context.ts';

export const useEvent = (eventId: string): Resource<PublicEvent> => {
  const { adoptEventDefault } = useLanguage();
  const event = useResource(() => getEvent(eventId), [eventId]);
  useEffect(() => {
    if (event.data) adoptEventDefault(event.data.languages, event.data.defaultLanguage);
  }, [event.data, adoptEventDefault]);
  return event;
};
