/** `/checkin`: the events a door can check people in for. */
import { html } from 'htm/preact';
import { pickLocalized } from '../../../shared/domain/primitives.ts';
import { listEvents } from '../api/public-api.ts';
import { useResource } from '../api/use-resource.ts';
import { LoadFailed, Loading } from '../components/loading.ts';
import { formatDayRange } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { CheckInFrame } from './checkin-frame.ts';

export const CheckInEventsPage = () => {
  const { t, language } = useLanguage();
  const events = useResource(listEvents, []);
  return html`
    <${CheckInFrame} title=${t('checkin.title')}>
      ${() => html`
        <h1 tabindex="-1">${t('checkin.title')}</h1>
        <p>${t('checkin.chooseEvent')}</p>
        ${events.loading ? html`<${Loading} />` : null}
        ${events.error ? html`<${LoadFailed} problem=${events.error} />` : null}
        <ul class="cards checkin-events">
          ${(events.data?.items ?? []).map(
            (e) => html`
              <li class="card">
                <h2><a href=${`/checkin/${encodeURIComponent(e.id)}`}>${pickLocalized(e.titles, language, e.defaultLanguage)}</a></h2>
                <p>${formatDayRange(e.startDate, e.endDate, language)} · ${e.venue.city}</p>
              </li>
            `,
          )}
        </ul>
      `}
    <//>
  `;
};
