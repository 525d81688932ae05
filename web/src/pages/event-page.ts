/** `/events/:eventId`: what, when (in the event's time zone), where, whether registration is open, press contacts. */
import { html } from 'htm/preact';
import { pickLocalized, type Language } from '../../../shared/domain/primitives.ts';
import type { PublicEvent } from '../api/responses.ts';
import { LoadFailed } from '../components/loading.ts';
import { NominationNotice, selfRegisteringKinds } from '../components/nomination-notice.ts';
import { usePageTitle } from '../components/page-title.ts';
import { StatusBadge } from '../components/status-badge.ts';
import { formatDayRange, formatInstant, regionName, zoneCity } from '../i18n/format.ts';
import { LANGUAGE_NAMES, type Translate } from '../i18n/i18n.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { useEvent } from './use-event.ts';

export const eventTitleIn = (event: PublicEvent, language: Language) => pickLocalized(event.titles, language, event.defaultLanguage);

const registrationLine = (event: PublicEvent, language: Language, t: Translate) => {
  const { opensAt, closesAt, open } = event.registration;
  if (open) return t('event.registrationOpen', { date: formatInstant(closesAt, language, event.timeZone) });
  if (Date.now() < Date.parse(opensAt)) return t('event.registrationNotYet', { date: formatInstant(opensAt, language, event.timeZone) });
  return t('event.registrationClosed', { date: formatInstant(closesAt, language, event.timeZone) });
};

export const EventPage = ({ eventId }: { eventId: string }) => {
  const { t, language } = useLanguage();
  const event = useEvent(eventId);
  const e = event.data;
  const title = e ? eventTitleIn(e, language) : undefined;
  usePageTitle(title ?? t('site.loading'));
  if (event.loading && !e) return html`<h1 tabindex="-1">${t('site.loading')}</h1>`;
  if (!e) return html`<h1 tabindex="-1">${t('event.notFound')}</h1><${LoadFailed} problem=${event.error!} />`;
  const description = pickLocalized(e.description, language, e.defaultLanguage);
  const base = `/events/${encodeURIComponent(e.id)}`;
  // Only the kinds that register themselves get the button; the notice says who nominates the others.
  const selfKinds = selfRegisteringKinds(e);
  const registerLabel = selfKinds.length === 1 && selfKinds[0] === 'observer' ? t('event.registerObserver') : t('event.register');
  return html`
    <h1 tabindex="-1">${title}</h1>
    ${description ? html`<p class="lead">${description}</p>` : null}
    <dl class="facts">
      <dt>${t('event.when')}</dt>
      <dd>
        ${formatDayRange(e.startDate, e.endDate, language)}<br />
        <span class="muted">${t('event.hours', { start: e.dailyStart, end: e.dailyEnd, zone: zoneCity(e.timeZone) })}</span>
      </dd>
      <dt>${t('event.venue')}</dt>
      <dd>${[e.venue.name, e.venue.address, e.venue.city, regionName(e.venue.country, language)].filter(Boolean).join(', ')}</dd>
      ${e.host ? html`<dt>${t('event.host')}</dt><dd>${e.host}</dd>` : null}
      <dt>${t('event.languages')}</dt>
      <dd>${e.languages.map((l, i) => html`${i ? ', ' : ''}<span lang=${l}>${LANGUAGE_NAMES[l]}</span>`)}</dd>
      <dt>${t('event.registration')}</dt>
      <dd>
        <${StatusBadge} code=${e.registration.open ? 'open' : 'closed'} label=${t(e.registration.open ? 'status.open' : 'status.closed')} />
        ${' '}${registrationLine(e, language, t)}
        ${e.registration.open && e.registration.approvalRequired ? html`<br /><span class="muted">${t('event.approvalRequired')}</span>` : null}
      </dd>
    </dl>
    <${NominationNotice} event=${e} />
    <div class="actions">
      ${e.registration.open && selfKinds.length ? html`<a class="button" href=${`${base}/register`}>${registerLabel}</a>` : null}
      <a class="button button--secondary" href=${`${base}/press`}>${t('event.pressInquiry')}</a>
    </div>
    <h2>${t('event.press')}</h2>
    <p>${t('event.pressIntro')}</p>
    <ul class="cards">
      ${e.pressContacts.map(
        (c) => html`
          <li class="card">
            <h3>${c.name}</h3>
            <p>${pickLocalized(c.role, language, e.defaultLanguage)}<br />${c.organisation}</p>
            <p>
              ${t('event.phone')}: <a href=${`tel:${c.phone.replace(/[^+0-9]/g, '')}`}>${c.phone}</a><br />
              ${t('event.email')}: <a href=${`mailto:${c.email}`}>${c.email}</a>
            </p>
          </li>
        `,
      )}
    </ul>
  `;
};
