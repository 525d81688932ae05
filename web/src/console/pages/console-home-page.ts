/**
 * `/console`: the events the user can work on; secretariat users go to the dashboard, press officers to the
 * inquiries, door staff (the `checkin` group alone) to the check-in app of the event.
 */
import { html } from 'htm/preact';
import { pickLocalized } from '../../../../shared/domain/primitives.ts';
import { listEvents } from '../../api/public-api.ts';
import { useResource } from '../../api/use-resource.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import { formatDayRange } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { canSeeInquiries, canSeeRegistrations, type Session } from '../auth/session.ts';
import { ConsoleFrame } from '../console-frame.ts';
import { EventSetupList } from '../event-setup-list.ts';

/** Where an event's card leads: the part of the product this user works in. */
const eventLink = (session: Session, eventId: string): string => {
  const id = encodeURIComponent(eventId);
  if (canSeeRegistrations(session)) return `/console/events/${id}`;
  if (canSeeInquiries(session)) return `/console/events/${id}/inquiries`;
  return `/checkin/${id}`;
};

export const ConsoleHomePage = () => {
  const { t, language } = useLanguage();
  const events = useResource(listEvents, []);
  return html`
    <${ConsoleFrame} needs="signedIn" title=${t('console.title')}>
      ${(session: Session) => html`
        <h1 tabindex="-1">${t('console.title')}</h1>
        <p class="muted">${t('console.signedInAs', { email: session.email })}</p>
        <h2>${t('console.chooseEvent')}</h2>
        ${events.loading ? html`<${Loading} />` : null}
        ${events.error ? html`<${LoadFailed} problem=${events.error} />` : null}
        <ul class="cards">
          ${(events.data?.items ?? []).map(
            (e) => html`
              <li class="card">
                <h3>
                  <a href=${eventLink(session, e.id)}>
                    ${pickLocalized(e.titles, language, e.defaultLanguage)}
                  </a>
                </h3>
                <p>${formatDayRange(e.startDate, e.endDate, language)} · ${e.venue.city}</p>
              </li>
            `,
          )}
        </ul>
        ${canSeeRegistrations(session) ? html`<${EventSetupList} session=${session} />` : null}
      `}
    <//>
  `;
};
