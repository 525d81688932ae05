/**
 * `/console/events/:eventId/emails?status=`: what the event's emails did, one status at a time (failed first, as the
 * API's default): to whom, which kind, in which language, how many attempts, when. Failed emails are sent again from
 * here (a selection or all of them); an email held back for a suppressed address says why, and the address can be
 * released with a reason, which makes the email failed, ready to send again.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { OUTBOX_STATUSES, type OutboxStatus } from '../../../../shared/domain/notifications/outbox.ts';
import { ReleaseBody } from '../../../../shared/domain/notifications/suppression-release.ts';
import { ApiProblem } from '../../api/http-client.ts';
import type { Email, RedriveResult } from '../../api/responses.ts';
import { useResource } from '../../api/use-resource.ts';
import { TextArea } from '../../components/form-fields.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import { Notice } from '../../components/notice.ts';
import { StatusBadge } from '../../components/status-badge.ts';
import { fieldId } from '../../forms/field-errors.ts';
import { useIdempotencyKey } from '../../forms/idempotency-key.ts';
import { problemMessage } from '../../forms/problem-message.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatInstant } from '../../i18n/format.ts';
import { isLanguage, LANGUAGE_NAMES } from '../../i18n/i18n.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { useLocation } from '../../router/router.ts';
import type { Session } from '../auth/session.ts';
import { ConsoleFrame, signInAgainIfExpired } from '../console-frame.ts';
import { listEmails, redriveEmails, releaseSuppressedEmail } from '../emails-api.ts';

const PAGE_SIZE = 50;

type Message = { kind: 'success' | 'error'; text: string; outcomes?: string[] };

const languageName = (code: string) => (isLanguage(code) ? LANGUAGE_NAMES[code] : code.toUpperCase());

const isStatus = (value: string | null): value is OutboxStatus => (OUTBOX_STATUSES as readonly string[]).includes(value ?? '');

/** The newest thing that happened to the email, as one line. */
const lastActivity = (email: Email) => email.sentAt ?? email.attemptedAt ?? email.settledAt ?? email.redrivenAt ?? email.createdAt;

const Why = ({ email }: { email: Email }) => {
  const { t, language } = useLanguage();
  const { suppression, release } = email;
  const lines = [];
  if (suppression) {
    const what =
      suppression.cause === 'bounce'
        ? t('emails.bounce', { subType: suppression.subType ?? '?' })
        : t('emails.complaint', { subType: suppression.subType ?? '?' });
    lines.push(
      html`<span>${what}${suppression.reportedAt ? `, ${t('emails.reportedAt', { date: formatInstant(suppression.reportedAt, language) })}` : ''}</span>`,
    );
  }
  if (release)
    lines.push(html`<span>${t('emails.released', { by: release.by, date: formatInstant(release.at, language), reason: release.reason })}</span>`);
  if (email.status === 'uncertain' && email.attemptedAt) lines.push(html`<span>${t('emails.uncertain')}</span>`);
  if (email.lastError && !suppression && email.status !== 'sent') lines.push(html`<span>${t('emails.error', { error: email.lastError })}</span>`);
  return lines.length ? html`${lines.map((line, i) => html`${i ? html`<br />` : null}${line}`)}` : null;
};

/** The release form of one suppressed email: a reason is required (checked by the API's own schema first). */
const ReleaseForm = ({ email, onRelease }: { email: Email; onRelease: (reason: string) => Promise<string | undefined> }) => {
  const { t } = useLanguage();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const path = `release-${email.id}.reason`;
  return html`
    <details class="release">
      <summary>${t('emails.release')}<span class="visually-hidden"> ${email.to}</span></summary>
      <form
        novalidate
        onSubmit=${async (e: Event) => {
          e.preventDefault();
          if (busy) return;
          if (!ReleaseBody.safeParse({ reason }).success) {
            setError(t('validation.required'));
            document.getElementById(fieldId(path))?.focus();
            return;
          }
          setError(undefined);
          setBusy(true);
          const fieldError = await onRelease(reason);
          setBusy(false);
          if (fieldError) {
            setError(fieldError);
            document.getElementById(fieldId(path))?.focus();
          }
        }}
      >
        <${TextArea} path=${path} label=${t('emails.releaseReason')} hint=${t('emails.releaseHint')} rows=${2} error=${error} value=${reason} onValue=${setReason} />
        <button class="button button--small" type="submit" disabled=${busy}>
          ${t('emails.confirmRelease')}<span class="visually-hidden"> ${email.to}</span>
        </button>
      </form>
    </details>
  `;
};

/** One status's list: keyed by the status, so moving to another tab starts afresh (first page, nothing selected). */
const EmailsOfStatus = ({ eventId, session, status, path }: { eventId: string; session: Session; status: OutboxStatus; path: string }) => {
  const { t, language } = useLanguage();
  const [pages, setPages] = useState<string[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<Message | undefined>();
  const [busy, setBusy] = useState(false);
  const redriveKey = useIdempotencyKey();
  const releaseKey = useIdempotencyKey();
  const cursor = pages.at(-1);
  const list = useResource(
    () =>
      listEmails(eventId, session.token, { status, cursor, limit: PAGE_SIZE }).catch((e: unknown) => {
        signInAgainIfExpired(e);
        throw e;
      }),
    [eventId, session.token, status, cursor],
  );
  const items = list.data?.items ?? [];
  const statusLabel = (s: string) => t(`emailStatus.${s}` as MessageKey);
  const kindLabel = (kind: string) => t(`emailKind.${kind}` as MessageKey);
  const failed = (error: unknown) => {
    if (!signInAgainIfExpired(error)) setMessage({ kind: 'error', text: problemMessage(error as Error, t) });
  };

  const redrive = async (ids?: string[]) => {
    if (busy) return;
    if (ids && !ids.length) return setMessage({ kind: 'error', text: t('emails.redriveNone') });
    const body = ids ? { ids } : {};
    setBusy(true);
    try {
      const result: RedriveResult = await redriveEmails(eventId, session.token, body, redriveKey({ eventId, ...body }));
      const byId = new Map(items.map((e) => [e.id, e]));
      setMessage({
        kind: 'success',
        text: t('emails.redriven', { requeued: String(result.requeued), skipped: String(result.skipped) }),
        outcomes: (result.outcomes ?? []).map(({ id, outcome }) => {
          const email = byId.get(id);
          return `${email ? `${email.reference} · ${email.to}` : id}: ${t(`emails.outcome.${outcome}` as MessageKey)}`;
        }),
      });
      setSelected(new Set());
      list.reload();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };

  /** Resolves to a message for the reason field when the API refused it, else undefined. */
  const release = (email: Email) => async (reason: string) => {
    try {
      await releaseSuppressedEmail(eventId, email.id, session.token, reason, releaseKey({ id: email.id, reason }));
      setMessage({ kind: 'success', text: t('emails.releasedDone', { to: email.to, reference: email.reference }) });
      list.reload();
      return undefined;
    } catch (error) {
      if (error instanceof ApiProblem && error.errors.some((e) => e.path === 'reason')) return t('validation.required');
      if (error instanceof ApiProblem && error.slug === 'not-suppressed') {
        setMessage({ kind: 'error', text: t('emails.notSuppressed') });
        list.reload();
      } else failed(error);
      return undefined;
    }
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const selectable = status === 'failed';
  const allSelected = items.length > 0 && items.every((e) => selected.has(e.id));
  const tabHref = (s: OutboxStatus) => `${path}?status=${s}`;

  return html`
    <h1 tabindex="-1">${t('emails.title')}</h1>
    <p>${t('emails.intro')}</p>
    <nav aria-label=${t('emails.statuses')}>
      <ul class="tabs">
        ${OUTBOX_STATUSES.map(
          (s) => html`<li>
            <a href=${tabHref(s)} aria-current=${s === status ? 'page' : undefined}>${statusLabel(s)}</a>
          </li>`,
        )}
      </ul>
    </nav>
    <div aria-live="polite">
      ${
        message
          ? html`<${Notice} kind=${message.kind}>
            ${message.text}
            ${message.outcomes?.length ? html`<ul>${message.outcomes.map((line) => html`<li>${line}</li>`)}</ul>` : null}
            ${message.kind === 'success' && status === 'suppressed' ? html` <a href=${tabHref('failed')}>${t('emails.showFailed')}</a>` : null}
          <//>`
          : null
      }
    </div>
    ${
      selectable
        ? html`<div class="actions">
          <button class="button" type="button" disabled=${busy} onClick=${() => redrive([...selected])}>
            ${t('emails.redriveSelected', { count: String(selected.size) })}
          </button>
          <button class="button button--secondary" type="button" disabled=${busy} onClick=${() => redrive()}>${t('emails.redriveAll')}</button>
        </div>`
        : null
    }
    ${list.loading && !list.data ? html`<${Loading} />` : null}
    ${list.error ? html`<${LoadFailed} problem=${list.error} />` : null}
    ${list.data && items.length === 0 ? html`<p>${t('emails.none')}</p>` : null}
    ${
      items.length
        ? html`
          <div class="table-wrap" tabindex="0" role="region" aria-labelledby="emails-caption">
            <table class="emails">
              <caption id="emails-caption">${t('emails.caption', { status: statusLabel(status) })}</caption>
              <thead>
                <tr>
                  ${
                    selectable
                      ? html`<th scope="col">
                        <input
                          type="checkbox"
                          aria-label=${t('emails.selectAll')}
                          checked=${allSelected}
                          onChange=${(e: Event) => setSelected((e.currentTarget as HTMLInputElement).checked ? new Set(items.map((i) => i.id)) : new Set())}
                        />
                      </th>`
                      : null
                  }
                  <th scope="col">${t('emails.kind')}</th>
                  <th scope="col">${t('emails.to')}</th>
                  <th scope="col">${t('table.status')}</th>
                  <th scope="col" class="number">${t('emails.attempts')}</th>
                  <th scope="col">${t('emails.when')}</th>
                  <th scope="col">${t('emails.why')}</th>
                  ${status === 'suppressed' ? html`<th scope="col">${t('table.actions')}</th>` : null}
                </tr>
              </thead>
              <tbody>
                ${items.map(
                  (email) => html`
                    <tr key=${email.id} data-email=${email.id} data-to=${email.to}>
                      ${
                        selectable
                          ? html`<td>
                            <input
                              type="checkbox"
                              aria-label=${t('emails.select', { reference: email.reference, to: email.to })}
                              checked=${selected.has(email.id)}
                              onChange=${(e: Event) => toggle(email.id, (e.currentTarget as HTMLInputElement).checked)}
                            />
                          </td>`
                          : null
                      }
                      <td>${kindLabel(email.kind)}<br /><span class="muted">${email.reference}</span></td>
                      <td>${email.to}<br /><span class="muted">${t('emails.language')}: <span lang=${email.language}>${languageName(email.language)}</span></span></td>
                      <td><${StatusBadge} code=${`email-${email.status}`} label=${statusLabel(email.status)} /></td>
                      <td class="number">${email.attempts}</td>
                      <td>${formatInstant(lastActivity(email), language)}</td>
                      <td><${Why} email=${email} /></td>
                      ${status === 'suppressed' ? html`<td><${ReleaseForm} email=${email} onRelease=${release(email)} /></td>` : null}
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
      ${pages.length ? html`<button class="button button--secondary" type="button" onClick=${() => setPages([])}>${t('registrations.first')}</button>` : null}
      ${
        list.data?.nextCursor
          ? html`<button class="button button--secondary" type="button" onClick=${() => setPages((p) => [...p, list.data!.nextCursor!])}>
            ${t('registrations.more')}
          </button>`
          : null
      }
    </div>
  `;
};

const Emails = ({ eventId, session }: { eventId: string; session: Session }) => {
  const { path, query } = useLocation();
  const requested = query.get('status');
  const status: OutboxStatus = isStatus(requested) ? requested : 'failed';
  return html`<${EmailsOfStatus} key=${status} eventId=${eventId} session=${session} status=${status} path=${path} />`;
};

export const EmailsPage = ({ eventId }: { eventId: string }) => {
  const { t } = useLanguage();
  return html`
    <${ConsoleFrame} eventId=${eventId} needs="registrations" title=${t('emails.title')}>
      ${(session: Session) => html`<${Emails} eventId=${eventId} session=${session} />`}
    <//>
  `;
};
