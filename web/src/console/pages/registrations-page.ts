/**
 * `/console/events/:eventId/registrations?status=&delegation=&cursor=`: the filtered, paginated list, with
 * approval in one click, each registration's page for the rest, and the CSV of participants.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { pickLocalized } from '../../../../shared/domain/primitives.ts';
import { REGISTRATION_STATUSES, participantName } from '../../../../shared/domain/registration/registration.ts';
import { saveBlob } from '../../api/save-blob.ts';
import { getEvent } from '../../api/public-api.ts';
import { useResource } from '../../api/use-resource.ts';
import { SelectField } from '../../components/form-fields.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import { Notice } from '../../components/notice.ts';
import { StatusBadge } from '../../components/status-badge.ts';
import { problemMessage } from '../../forms/problem-message.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatInstant } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { navigate, useLocation } from '../../router/router.ts';
import type { AdminRegistration } from '../../api/responses.ts';
import { decideRegistration, fetchRegistrationsCsv, listRegistrations } from '../admin-api.ts';
import type { Session } from '../auth/session.ts';
import { ConsoleFrame, signInAgainIfExpired } from '../console-frame.ts';

const PAGE_SIZE = 25;

const Registrations = ({ eventId, session }: { eventId: string; session: Session }) => {
  const { t, language } = useLanguage();
  const { path, query } = useLocation();
  const status = query.get('status') ?? '';
  const delegation = query.get('delegation') ?? '';
  const cursor = query.get('cursor') ?? undefined;
  const [filters, setFilters] = useState({ status, delegation });
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | undefined>();
  const event = useResource(() => getEvent(eventId), [eventId]);
  const list = useResource(
    () =>
      listRegistrations(eventId, session.token, { status: status || undefined, delegation: delegation || undefined, cursor, limit: PAGE_SIZE }).catch(
        (e: unknown) => {
          signInAgainIfExpired(e);
          throw e;
        },
      ),
    [eventId, session.token, status, delegation, cursor],
  );
  const names = new Map((event.data?.delegations ?? []).map((d) => [d.code, pickLocalized(d.names, language, event.data!.defaultLanguage)]));
  const statusLabel = (s: string) => t(`status.${s}` as MessageKey);

  const apply = (e: Event) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (filters.status) next.set('status', filters.status);
    if (filters.delegation) next.set('delegation', filters.delegation);
    navigate(`${path}${next.size ? `?${next}` : ''}`);
  };
  const nextPage = (next: string) => {
    const q = new URLSearchParams(query);
    q.set('cursor', next);
    navigate(`${path}?${q}`);
  };
  const firstPage = () => {
    const q = new URLSearchParams(query);
    q.delete('cursor');
    navigate(`${path}${q.size ? `?${q}` : ''}`);
  };
  const approve = async (r: AdminRegistration) => {
    try {
      const updated = await decideRegistration(eventId, r.id, session.token, { decision: 'approve' });
      setMessage({ kind: 'success', text: `${r.reference}: ${t('registration.done', { status: statusLabel(updated.status) })}` });
      list.reload();
    } catch (error) {
      if (!signInAgainIfExpired(error)) setMessage({ kind: 'error', text: problemMessage(error as Error, t) });
    }
  };
  const downloadCsv = async () => {
    try {
      saveBlob(await fetchRegistrationsCsv(eventId, session.token), 'registrations.csv');
    } catch (error) {
      if (!signInAgainIfExpired(error)) setMessage({ kind: 'error', text: problemMessage(error as Error, t) });
    }
  };
  const base = `/console/events/${encodeURIComponent(eventId)}/registrations`;
  const delegationOptions = (event.data?.delegations ?? []).map((d) => ({ value: d.code, label: names.get(d.code) ?? d.code }));

  return html`
    <h1 tabindex="-1">${t('registrations.title')}</h1>
    <div class="actions">
      <button class="button button--secondary" type="button" onClick=${downloadCsv}>${t('registrations.csv')}</button>
    </div>
    <form class="filters" role="search" aria-label=${t('registrations.filters')} onSubmit=${apply}>
      <${SelectField}
        path="filter.status"
        label=${t('table.status')}
        optional
        value=${filters.status}
        onValue=${(v: string) => setFilters((f) => ({ ...f, status: v }))}
        placeholder=${t('registrations.all')}
        options=${REGISTRATION_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
      />
      <${SelectField}
        path="filter.delegation"
        label=${t('table.delegation')}
        optional
        value=${filters.delegation}
        onValue=${(v: string) => setFilters((f) => ({ ...f, delegation: v }))}
        placeholder=${t('registrations.all')}
        options=${delegationOptions}
      />
      <div class="field"><button class="button" type="submit">${t('registrations.apply')}</button></div>
    </form>
    <div aria-live="polite">${message ? html`<${Notice} kind=${message.kind}>${message.text}<//>` : null}</div>
    ${list.loading && !list.data ? html`<${Loading} />` : null}
    ${list.error ? html`<${LoadFailed} problem=${list.error} />` : null}
    ${list.data && list.data.items.length === 0 ? html`<p>${t('registrations.none')}</p>` : null}
    ${
      list.data && list.data.items.length
        ? html`
          <div class="table-wrap" tabindex="0" role="region" aria-labelledby="registrations-caption">
            <table>
              <caption id="registrations-caption">${t('registrations.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">${t('table.reference')}</th>
                  <th scope="col">${t('table.name')}</th>
                  <th scope="col">${t('table.delegation')}</th>
                  <th scope="col">${t('table.role')}</th>
                  <th scope="col">${t('table.status')}</th>
                  <th scope="col">${t('table.registeredAt')}</th>
                  <th scope="col">${t('table.actions')}</th>
                </tr>
              </thead>
              <tbody>
                ${list.data.items.map(
                  (r) => html`
                    <tr data-reference=${r.reference}>
                      <td><a href=${`${base}/${encodeURIComponent(r.id)}`}>${r.reference}</a></td>
                      <td>${participantName(r.participant)}</td>
                      <td>${names.get(r.delegation) ?? r.delegation}</td>
                      <td>${t(`role.${r.role}` as MessageKey)}</td>
                      <td><${StatusBadge} code=${r.status} label=${statusLabel(r.status)} /></td>
                      <td>${formatInstant(r.createdAt, language)}</td>
                      <td>
                        ${
                          r.status === 'pending_approval'
                            ? html`<button class="button button--small" type="button" onClick=${() => approve(r)}>
                              ${t('registration.approve')}<span class="visually-hidden"> ${r.reference}</span>
                            </button>`
                            : null
                        }
                      </td>
                    </tr>
                  `,
                )}
              </tbody>
            </table>
          </div>
        `
        : null
    }
    <div class="actions">
      ${cursor ? html`<button class="button button--secondary" type="button" onClick=${firstPage}>${t('registrations.first')}</button>` : null}
      ${list.data?.nextCursor ? html`<button class="button button--secondary" type="button" onClick=${() => nextPage(list.data!.nextCursor!)}>${t('registrations.more')}</button>` : null}
    </div>
  `;
};

export const RegistrationsPage = ({ eventId }: { eventId: string }) => {
  const { t } = useLanguage();
  return html`
    <${ConsoleFrame} eventId=${eventId} needs="registrations" title=${t('registrations.title')}>
      ${(session: Session) => html`<${Registrations} eventId=${eventId} session=${session} />`}
    <//>
  `;
};
