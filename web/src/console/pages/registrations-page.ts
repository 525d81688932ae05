/**
 * `/console/events/:eventId/registrations?q=&status=&delegation=&role=&kind=&sort=&cursor=`: the searched, filtered,
 * sorted, paginated list; approval in one click, many approved or declined at once (bulk-decisions.ts), each
 * registration's page for the rest, the CSV of participants and the printable participants list.
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { pickLocalized } from '../../../../shared/domain/primitives.ts';
import { participantName } from '../../../../shared/domain/registration/registration.ts';
import { ApiProblem } from '../../api/http-client.ts';
import { saveBlob } from '../../api/save-blob.ts';
import { getEvent } from '../../api/public-api.ts';
import { useResource } from '../../api/use-resource.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import { Notice } from '../../components/notice.ts';
import { StatusBadge } from '../../components/status-badge.ts';
import { fieldMessage } from '../../forms/field-errors.ts';
import { problemMessage } from '../../forms/problem-message.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatInstant } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { navigate, useLocation } from '../../router/router.ts';
import type { AdminRegistration } from '../../api/responses.ts';
import { decideRegistration, fetchRegistrationsCsv, listRegistrations } from '../admin-api.ts';
import type { Session } from '../auth/session.ts';
import { BulkDecisions } from '../bulk-decisions.ts';
import { RegistrationFilters, filtersOf, queryOf, type Filters } from '../registration-filters.ts';
import { ConsoleFrame, signInAgainIfExpired } from '../console-frame.ts';

/** 50 a page: a morning's answers can be selected and decided in one action (the API takes up to 100). */
const PAGE_SIZE = 50;

/** Rows a decision can apply to: approve needs pending approval, decline also takes the waiting list. */
const decidable = (r: AdminRegistration) => r.status === 'pending_approval' || r.status === 'waitlisted';

const Registrations = ({ eventId, session }: { eventId: string; session: Session }) => {
  const { t, language } = useLanguage();
  const { path, query } = useLocation();
  const filters = filtersOf(query);
  const cursor = query.get('cursor') ?? undefined;
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | undefined>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const event = useResource(() => getEvent(eventId), [eventId]);
  const list = useResource(
    () =>
      listRegistrations(eventId, session.token, {
        ...Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, value || undefined])),
        cursor,
        limit: PAGE_SIZE,
      }).catch((e: unknown) => {
        signInAgainIfExpired(e);
        throw e;
      }),
    [eventId, session.token, query.toString()],
  );
  // A new page or search starts with nothing selected: a selection is of rows the officer can see.
  useEffect(() => setSelected(new Set()), [query.toString()]);
  const names = new Map((event.data?.delegations ?? []).map((d) => [d.code, pickLocalized(d.names, language, event.data!.defaultLanguage)]));
  const statusLabel = (s: string) => t(`status.${s}` as MessageKey);
  const filterErrors = Object.fromEntries(
    (list.error instanceof ApiProblem ? list.error.errors : [])
      .filter((e) => e.path.startsWith('query.') && e.path !== 'query.cursor')
      .map((e) => [e.path.slice('query.'.length), fieldMessage(e, t)]),
  );
  const rows = list.data?.items ?? [];
  const selectable = rows.filter(decidable);
  const allSelected = selectable.length > 0 && selectable.every((r) => selected.has(r.id));
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const apply = (next: Filters) => {
    const q = queryOf(next);
    navigate(`${path}${q.size ? `?${q}` : ''}`);
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
  const searchFailed = list.error && Object.keys(filterErrors).length === 0;

  return html`
    <h1 tabindex="-1">${t('registrations.title')}</h1>
    <div class="actions">
      <button class="button button--secondary" type="button" onClick=${downloadCsv}>${t('registrations.csv')}</button>
      <a class="button button--secondary" href=${`/console/events/${encodeURIComponent(eventId)}/participants`}>${t('participants.link')}</a>
    </div>
    <${RegistrationFilters} key=${query.toString()} initial=${filters} delegations=${delegationOptions} errors=${filterErrors} onApply=${apply} />
    <div aria-live="polite">${message ? html`<${Notice} kind=${message.kind}>${message.text}<//>` : null}</div>
    ${list.loading && !list.data ? html`<${Loading} />` : null}
    ${searchFailed ? html`<${LoadFailed} problem=${list.error} />` : null}
    ${list.data && rows.length === 0 && !list.error ? html`<p>${t('registrations.none')}</p>` : null}
    ${
      list.data && rows.length && !list.error
        ? html`
          <div class="table-wrap" tabindex="0" role="region" aria-labelledby="registrations-caption">
            <table>
              <caption id="registrations-caption">${t('registrations.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input
                      type="checkbox"
                      id="select-all"
                      aria-label=${t('bulk.selectAll')}
                      checked=${allSelected}
                      disabled=${selectable.length === 0}
                      onChange=${(e: Event) => setSelected(new Set((e.currentTarget as HTMLInputElement).checked ? selectable.map((r) => r.id) : []))}
                    />
                  </th>
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
                ${rows.map(
                  (r) => html`
                    <tr data-reference=${r.reference}>
                      <td>
                        ${
                          decidable(r)
                            ? html`<input
                              type="checkbox"
                              class="select-row"
                              aria-label=${t('bulk.select', { reference: r.reference })}
                              checked=${selected.has(r.id)}
                              onChange=${(e: Event) => toggle(r.id, (e.currentTarget as HTMLInputElement).checked)}
                            />`
                            : null
                        }
                      </td>
                      <td><a href=${`${base}/${encodeURIComponent(r.id)}`}>${r.reference}</a></td>
                      <td>${r.erasedAt ? t('erase.historyEntry') : participantName(r.participant)}</td>
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
    <${BulkDecisions}
      eventId=${eventId}
      session=${session}
      selected=${rows.filter((r) => selected.has(r.id))}
      canSelect=${selectable.length > 0}
      onDecided=${() => {
        setSelected(new Set());
        list.reload();
      }}
    />
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
