/** `/console/events/:eventId/registrations/:id`: one registration, its history, and what the secretariat may do to it. */
import { PRESS_DELEGATION } from '../../../../shared/domain/badges/category.ts';
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { participantName } from '../../../../shared/domain/registration/registration.ts';
import { AdminCancelBody, DecisionBody } from '../../../../shared/domain/registration/requests.ts';
import { pickLocalized } from '../../../../shared/domain/primitives.ts';
import { getEvent } from '../../api/public-api.ts';
import type { RegistrationHistoryEntry } from '../../api/responses.ts';
import { useResource } from '../../api/use-resource.ts';
import { TextArea } from '../../components/form-fields.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import { Notice } from '../../components/notice.ts';
import { StatusBadge } from '../../components/status-badge.ts';
import { fieldId } from '../../forms/field-errors.ts';
import { problemMessage } from '../../forms/problem-message.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatInstant } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { cancelForDelegate, decideRegistration, eraseRegistration, getAdminRegistration } from '../admin-api.ts';
import type { Session } from '../auth/session.ts';
import { RegistrationBadge } from '../badge-print.ts';
import { ConsoleFrame, signInAgainIfExpired } from '../console-frame.ts';
import { ErasePersonalData } from '../erase-personal-data.ts';

const actorName = (entry: RegistrationHistoryEntry) => entry.by.name ?? entry.by.kind;

/** A reason and a button: declining and cancelling both tell the delegate why, so the reason is required. */
const ReasonForm = ({
  id,
  label,
  check,
  onSubmit,
}: {
  id: string;
  label: string;
  check: (reason: string) => boolean;
  onSubmit: (reason: string) => Promise<void>;
}) => {
  const { t } = useLanguage();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  return html`
    <form
      novalidate
      onSubmit=${async (e: Event) => {
        e.preventDefault();
        if (!check(reason)) {
          setError(t('validation.required'));
          document.getElementById(fieldId(id))?.focus();
          return;
        }
        setError(undefined);
        setBusy(true);
        await onSubmit(reason);
        setBusy(false);
      }}
    >
      <${TextArea} path=${id} label=${t('registration.reason')} hint=${t('registration.reasonHint')} rows=${3} error=${error} value=${reason} onValue=${setReason} />
      <button class="button button--danger" type="submit" disabled=${busy}>${label}</button>
    </form>
  `;
};

const RegistrationDetail = ({ eventId, id, session }: { eventId: string; id: string; session: Session }) => {
  const { t, language } = useLanguage();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | undefined>();
  const registration = useResource(() => getAdminRegistration(eventId, id, session.token), [eventId, id, session.token]);
  const event = useResource(() => getEvent(eventId), [eventId]);
  const r = registration.data;
  const act = async (run: () => Promise<{ status: string }>) => {
    try {
      const updated = await run();
      setMessage({ kind: 'success', text: t('registration.done', { status: t(`status.${updated.status}` as MessageKey) }) });
      registration.reload();
    } catch (error) {
      if (!signInAgainIfExpired(error)) setMessage({ kind: 'error', text: problemMessage(error as Error, t) });
    }
  };
  const delegationName = (code: string) => {
    // An accredited journalist: the press, not a delegation (their outlet is the institution below).
    if (code === PRESS_DELEGATION) return t('participants.press');
    const d = event.data?.delegations.find((x) => x.code === code);
    return d && event.data ? pickLocalized(d.names, language, event.data.defaultLanguage) : code;
  };
  const back = `/console/events/${encodeURIComponent(eventId)}/registrations`;
  return html`
    <h1 tabindex="-1">${r ? (r.erasedAt ? r.reference : `${r.reference} · ${participantName(r.participant)}`) : t('registration.details')}</h1>
    <p><a href=${back}>${t('registration.back')}</a></p>
    <div aria-live="polite">${message ? html`<${Notice} kind=${message.kind}>${message.text}<//>` : null}</div>
    ${registration.loading && !r ? html`<${Loading} />` : null}
    ${registration.error ? html`<${LoadFailed} problem=${registration.error} />` : null}
    ${
      r
        ? html`
          <h2>${t('registration.details')}</h2>
          ${r.erasedAt ? html`<${Notice} kind="info">${t('erase.registrationErased', { date: formatInstant(r.erasedAt, language) })}<//>` : null}
          <dl class="facts">
            <dt>${t('table.status')}</dt><dd><${StatusBadge} code=${r.status} label=${t(`status.${r.status}` as MessageKey)} /></dd>
            <dt>${t('table.delegation')}</dt><dd>${delegationName(r.delegation)}</dd>
            <dt>${t('table.role')}</dt><dd>${t(`role.${r.role}` as MessageKey)}</dd>
            <dt>${t('field.position')}</dt><dd>${r.participant.position}</dd>
            <dt>${t('field.institution')}</dt><dd>${r.participant.institution}</dd>
            <dt>${t('field.email')}</dt><dd>${r.participant.email}</dd>
            ${r.participant.phone ? html`<dt>${t('field.phone')}</dt><dd>${r.participant.phone}</dd>` : null}
            ${r.needs.accessibility ? html`<dt>${t('field.accessibility')}</dt><dd>${r.needs.accessibility}</dd>` : null}
            ${r.needs.dietary ? html`<dt>${t('field.dietary')}</dt><dd>${r.needs.dietary}</dd>` : null}
            ${r.reason ? html`<dt>${t('registration.reason')}</dt><dd>${r.reason}</dd>` : null}
          </dl>
          ${r.status === 'confirmed' ? html`<${RegistrationBadge} eventId=${eventId} id=${r.id} reference=${r.reference} token=${session.token} />` : null}
          ${
            r.status === 'pending_approval'
              ? html`
                <div class="actions">
                  <button class="button" type="button" onClick=${() => act(() => decideRegistration(eventId, r.id, session.token, { decision: 'approve' }))}>
                    ${t('registration.approve')}
                  </button>
                </div>
                <h2>${t('registration.decline')}</h2>
                <${ReasonForm}
                  id="decline.reason"
                  label=${t('registration.confirmDecline')}
                  check=${(reason: string) => DecisionBody.safeParse({ decision: 'decline', reason }).success}
                  onSubmit=${(reason: string) => act(() => decideRegistration(eventId, r.id, session.token, { decision: 'decline', reason }))}
                />
              `
              : null
          }
          ${
            ['pending_approval', 'confirmed', 'waitlisted'].includes(r.status)
              ? html`
                <h2>${t('registration.cancel')}</h2>
                <${ReasonForm}
                  id="cancel.reason"
                  label=${t('registration.confirmCancel')}
                  check=${(reason: string) => AdminCancelBody.safeParse({ reason }).success}
                  onSubmit=${(reason: string) => act(() => cancelForDelegate(eventId, r.id, session.token, reason))} />
              `
              : null
          }
          ${
            r.erasedAt
              ? null
              : html`
                <h2>${t('erase.summary')}</h2>
                <${ErasePersonalData}
                  path="erase.reason"
                  what=${'erase.registrationWhat'}
                  onErase=${(reason: string) => act(() => eraseRegistration(eventId, r.id, session.token, reason))}
                />
              `
          }
          <h2>${t('registration.history')}</h2>
          <ol>
            ${r.history.map(
              (h) => html`<li>
                <strong>${formatInstant(h.at, language)}</strong>: ${
                  h.action === 'erased'
                    ? t('erase.historyEntry')
                    : `${h.from ? `${t(`status.${h.from}` as MessageKey)} → ` : ''}${t(`status.${h.to}` as MessageKey)}`
                }
                ${' '}(${t('registration.by', { who: actorName(h) })})${h.reason ? html` · ${h.reason}` : null}
              </li>`,
            )}
          </ol>
        `
        : null
    }
  `;
};

export const RegistrationDetailPage = ({ eventId, id }: { eventId: string; id: string }) => {
  const { t } = useLanguage();
  return html`
    <${ConsoleFrame} eventId=${eventId} needs="registrations" title=${t('registration.details')}>
      ${(session: Session) => html`<${RegistrationDetail} eventId=${eventId} id=${id} session=${session} />`}
    <//>
  `;
};
