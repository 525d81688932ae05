/** `/`: the published events; with only one, it is the event page at once. */
import { html } from 'htm/preact';
import { useEffect } from 'preact/hooks';
import { pickLocalized } from '../../../shared/domain/primitives.ts';
import { listEvents } from '../api/public-api.ts';
import { useResource } from '../api/use-resource.ts';
import { LoadFailed, Loading } from '../components/loading.ts';
import { usePageTitle } from '../components/page-title.ts';
import { formatDayRange } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { navigate } from '../router/router.ts';

export const EventListPage = () => {
  const { t, language } = useLanguage();
  const events = useResource(listEvents, []);
  usePageTitle(t('events.title'));
  const items = events.data?.items ?? [];
  useEffect(() => {
    if (items.length === 1) navigate(`/events/${items[0]!.id}`, { replace: true });
  }, [items]);
  return html`
    <h1 tabindex="-1">${t('events.title')}</h1>
    ${events.loading ? html`<${Loading} />` : null}
    ${events.error ? html`<${LoadFailed} problem=${events.error} />` : null}
    ${events.data && items.length === 0 ? html`<p>${t('events.none')}</p>` : null}
    <ul class="cards">
      ${items.map(
        (e) => html`
          <li class="card">
            <h2><a href=${`/events/${e.id}`}>${pickLocalized(e.titles, language, e.defaultLanguage)}</a></h2>
            <p>${formatDayRange(e.startDate, e.endDate, language)} · ${e.venue.city}</p>
          </li>
        `,
      )}
    </ul>
  `;
};
