/**
 * The check-in app as the route table sees it: a placeholder that loads the app's chunk (pages, IndexedDB, the
 * offline queue) on first use, so the public pages and the console do not download it.
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { LoadFailed, Loading } from '../components/loading.ts';
import { SiteLayout } from '../components/site-layout.ts';
import type * as CheckInPages from './checkin-pages.ts';

type Pages = typeof CheckInPages;

let loading: Promise<Pages> | undefined;

export const LazyCheckIn = ({ eventId }: { eventId?: string }) => {
  const [pages, setPages] = useState<{ module?: Pages; error?: Error }>({});
  useEffect(() => {
    (loading ??= import('./checkin-pages.ts')).then(
      (module) => setPages({ module }),
      (error: Error) => {
        loading = undefined;
        setPages({ error });
      },
    );
  }, []);
  const { module, error } = pages;
  if (error) return html`<${SiteLayout}><${LoadFailed} problem=${error} /><//>`;
  if (!module) return html`<${SiteLayout}><${Loading} /><//>`;
  return eventId ? html`<${module.CheckInEventPage} eventId=${eventId} />` : html`<${module.CheckInEventsPage} />`;
};
