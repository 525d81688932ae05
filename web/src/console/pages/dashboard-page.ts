/**
 * `/console/events/:eventId`: seats against capacity, registrations waiting for approval, who has checked in at the
 * venue (refreshed every 15 s while the page is visible), quota use per delegation, inquiries by status and those
 * near their deadline, emails that did not arrive.
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { PRESS_DELEGATION } from '../../../../shared/domain/badges/category.ts';
import { pickLocalized } from '../../../../shared/domain/primitives.ts';
import { getEvent } from '../../api/public-api.ts';
import { useResource } from '../../api/use-resource.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatInstant } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { getSummary, listInquiries } from '../admin-api.ts';
import type { Session } from '../auth/session.ts';
import { ConsoleFrame, signInAgainIfExpired } from '../console-frame.ts';
import { dueSoon } from '../inquiry-deadlines.ts';
import { usePolling } from '../use-polling.ts';
import { CheckedInCard, CheckInPanel } from './check-in-panel.ts';
import type { EventSummary } from '../../api/responses.ts';

/** How often the dashboard reads the summary again while it is on screen (the check-in figures move at the door). */
const REFRESH_MS = 15_000;
import { PersonalDataNotice } from '../personal-data-notice.ts';

const Meter = ({ value, max, label }: { value: number; max: number; label: string }) =>
  html`<span class="meter" role="img" aria-label=${label}><span style=${{ width: `${max ? Math.min(100, (value / max) * 100) : 0}%` }}></span></span>`;

const Dashboard = ({ eventId, session }: { eventId: string; session: Session }) => {
  const { t, language } = useLanguage();
  const summary = useResource(
    () =>
      getSummary(eventId, session.token).catch((e: unknown) => {
        signInAgainIfExpired(e);
        throw e;
      }),
    [eventId, session.token],
  );
  usePolling(summary.reload, REFRESH_MS, [eventId]);
  // A failed refresh keeps the last figures on screen, marked with their time, rather than emptying the page.
  const [lastGood, setLastGood] = useState<{ data: EventSummary; at: Date } | undefined>(undefined);
  useEffect(() => {
    if (summary.data) setLastGood({ data: summary.data, at: new Date() });
  }, [summary.data]);
  const event = useResource(() => getEvent(eventId), [eventId]);
  const inquiries = useResource(() => listInquiries(eventId, session.token, { limit: 200 }), [eventId, session.token]);
  const s = summary.data ?? lastGood?.data;
  const names = new Map((event.data?.delegations ?? []).map((d) => [d.code, pickLocalized(d.names, language, event.data!.defaultLanguage)]));
  const base = `/console/events/${encodeURIComponent(eventId)}`;
  const due = dueSoon(inquiries.data?.items ?? [], new Date());
  const seats = s ? t('dashboard.seatsOf', { active: s.active, capacity: s.capacity }) : '';

  return html`
    <h1 tabindex="-1">${t('dashboard.title')}</h1>
    ${event.data ? html`<p class="lead">${pickLocalized(event.data.titles, language, event.data.defaultLanguage)}</p>` : null}
    ${summary.loading && !s ? html`<${Loading} />` : null}
    ${summary.error && !s ? html`<${LoadFailed} problem=${summary.error} />` : null}
    ${s ? html`<${PersonalDataNotice} personalData=${s.personalData} />` : null}
    ${
      s
        ? html`
          <ul class="cards" aria-label=${t('dashboard.title')}>
            <li class="card" data-testid="seats">
              <h2>${t('dashboard.seats')}</h2>
              <span class="stat">${seats}</span>
              <${Meter} value=${s.active} max=${s.capacity} label=${seats} />
            </li>
            <li class="card" data-testid="pending">
              <h2>${t('dashboard.pending')}</h2>
              <span class="stat">${s.byStatus.pending_approval ?? 0}</span>
              <a href=${`${base}/registrations?status=pending_approval`}>${t('dashboard.review')}</a>
            </li>
            <li class="card" data-testid="confirmed">
              <h2>${t('status.confirmed')}</h2>
              <span class="stat">${s.byStatus.confirmed ?? 0}</span>
            </li>
            <li class="card" data-testid="waitlisted">
              <h2>${t('dashboard.waitlisted')}</h2>
              <span class="stat">${s.byStatus.waitlisted ?? 0}</span>
            </li>
            <${CheckedInCard} checkIn=${s.checkIn} />
            <li class="card" data-testid="emails">
              <h2>${t('dashboard.emails')}</h2>
              <p>${t('dashboard.undelivered')}: <strong>${s.emails.undelivered}</strong><br />${t('dashboard.suppressed')}: <strong>${s.emails.suppressed}</strong></p>
              <a href=${`${base}/emails`}>${t('emails.review')}</a>
            </li>
          </ul>

          <${CheckInPanel}
            checkIn=${s.checkIn}
            delegationName=${(code: string) => (code === PRESS_DELEGATION ? t('checkInDashboard.category.press') : (names.get(code) ?? code))}
            updatedAt=${lastGood?.at ?? new Date()}
            stale=${summary.error !== undefined}
          />

          <h2 id="quotas">${t('dashboard.quotas')}</h2>
          <div class="table-wrap" tabindex="0" role="region" aria-labelledby="quotas">
            <table>
              <thead>
                <tr><th scope="col">${t('table.delegation')}</th><th scope="col" class="number">${t('table.active')}</th><th scope="col" class="number">${t('table.quota')}</th></tr>
              </thead>
              <tbody>
                ${s.byDelegation.map(
                  (d) => html`
                    <tr>
                      <th scope="row">${names.get(d.code) ?? d.code} <span class="muted">(${d.code})</span></th>
                      <td class="number">${d.active}<${Meter} value=${d.active} max=${d.quota} label=${`${d.active} / ${d.quota}`} /></td>
                      <td class="number">${d.quota}</td>
                    </tr>
                  `,
                )}
              </tbody>
            </table>
          </div>

          <h2 id="inquiries-by-status">${t('dashboard.inquiries')}</h2>
          <div class="table-wrap" tabindex="0" role="region" aria-labelledby="inquiries-by-status">
            <table>
              <thead><tr><th scope="col">${t('table.status')}</th><th scope="col" class="number">${t('table.count')}</th></tr></thead>
              <tbody>
                ${(['received', 'acknowledged', 'answered', 'closed'] as const).map(
                  (status) =>
                    html`<tr><th scope="row">${t(`inquiry.${status}` as MessageKey)}</th><td class="number" data-testid=${`inquiries-${status}`}>${s.inquiriesByStatus[status] ?? 0}</td></tr>`,
                )}
              </tbody>
            </table>
          </div>
        `
        : null
    }

    <h2>${t('dashboard.dueSoon')}</h2>
    ${inquiries.error ? html`<${LoadFailed} problem=${inquiries.error} />` : null}
    ${inquiries.data && due.length === 0 ? html`<p>${t('dashboard.noneDue')}</p>` : null}
    ${
      due.length
        ? html`<ul>
          ${due.map(
            ({ inquiry, dueAt }) => html`<li>
              <a href=${`${base}/inquiries#inquiry-${inquiry.id}`}>${inquiry.reference}</a> · ${inquiry.subject} ·${' '}
              <span class="due-soon">${t('inquiries.due', { date: formatInstant(dueAt, language) })}</span>
            </li>`,
          )}
        </ul>`
        : null
    }
  `;
};

export const DashboardPage = ({ eventId }: { eventId: string }) => {
  const { t } = useLanguage();
  return html`
    <${ConsoleFrame} eventId=${eventId} needs="registrations" title=${t('dashboard.title')}>
      ${(session: Session) => html`<${Dashboard} eventId=${eventId} session=${session} />`}
    <//>
  `;
};
