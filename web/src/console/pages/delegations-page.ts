/**
 * `/console/events/:eventId/delegations` (secretariat): every delegation with its status, quota and places used,
 * head named or not, and its focal points; invite a focal point (problems next to the fields) and revoke one after
 * a confirmation; per delegation, its note verbale and, once submitted, the accreditation or return
 * (delegation-dossier.ts).
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { InviteFocalPointBody } from '../../../../shared/domain/delegations/focal-point.ts';
import { pickLocalized, type Language } from '../../../../shared/domain/primitives.ts';
import { getEvent } from '../../api/public-api.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorSummary } from '../../components/error-summary.ts';
import { SelectField, TextField } from '../../components/form-fields.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import { Notice } from '../../components/notice.ts';
import { StatusBadge } from '../../components/status-badge.ts';
import { validate } from '../../forms/field-errors.ts';
import { useIdempotencyKey } from '../../forms/idempotency-key.ts';
import { problemMessage } from '../../forms/problem-message.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatInstant } from '../../i18n/format.ts';
import { LANGUAGE_NAMES } from '../../i18n/i18n.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import type { Session } from '../auth/session.ts';
import { ConsoleFrame, signInAgainIfExpired } from '../console-frame.ts';
import { DelegationDossier } from './delegation-dossier.ts';
import { inviteFocalPoint, listDelegations, revokeFocalPoint, type AdminDelegation, type FocalPointView } from '../delegations-api.ts';

type Message = { kind: 'success' | 'error'; text: string };

const InviteForm = ({
  eventId,
  session,
  delegations,
  languages,
  onInvited,
}: {
  eventId: string;
  session: Session;
  delegations: { code: string; label: string }[];
  languages: readonly Language[];
  onInvited: (message: Message) => void;
}) => {
  const { t, language } = useLanguage();
  const errors = useFormErrors(t);
  const [sending, setSending] = useState(false);
  const keyFor = useIdempotencyKey();
  const [values, setValues] = useState({
    delegation: '',
    name: '',
    email: '',
    language: languages.includes(language) ? language : (languages[0] ?? 'es'),
  });
  const set =
    <K extends keyof typeof values>(field: K) =>
    (value: (typeof values)[K]) =>
      setValues((v) => ({ ...v, [field]: value }));
  const labels = {
    delegation: t('field.delegation'),
    name: t('delegations.name'),
    email: t('delegations.email'),
    language: t('delegations.language'),
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const body = { name: values.name, email: values.email, language: values.language };
    const checked = validate(InviteFocalPointBody, body);
    const problems = [...(values.delegation ? [] : [{ path: 'delegation', message: 'Required' }]), ...(checked.ok ? [] : checked.errors)];
    if (problems.length) return errors.showFieldErrors(problems);
    setSending(true);
    try {
      await inviteFocalPoint(eventId, values.delegation, session.token, body, keyFor({ code: values.delegation, ...body }));
      errors.clear();
      setValues((v) => ({ ...v, delegation: '', name: '', email: '' }));
      onInvited({ kind: 'success', text: t('delegations.invited', { name: body.name, email: body.email }) });
    } catch (problem) {
      if (!signInAgainIfExpired(problem)) errors.showProblem(problem);
    }
    setSending(false);
  };

  return html`
    <form novalidate onSubmit=${submit} aria-labelledby="invite-heading">
      <h2 id="invite-heading">${t('delegations.invite')}</h2>
      <${ErrorSummary} errors=${errors.fields} general=${errors.general} labels=${labels} attempt=${errors.attempt} />
      <${SelectField}
        path="delegation"
        label=${t('field.delegation')}
        error=${errors.fields.delegation}
        value=${values.delegation}
        onValue=${set('delegation')}
        placeholder=${t('form.choose')}
        options=${delegations.map((d) => ({ value: d.code, label: d.label }))}
      />
      <${TextField} path="name" label=${t('delegations.name')} error=${errors.fields.name} value=${values.name} onValue=${set('name')} autocomplete="off" spellcheck=${false} />
      <${TextField} path="email" type="email" label=${t('delegations.email')} error=${errors.fields.email} value=${values.email} onValue=${set('email')} autocomplete="off" spellcheck=${false} />
      <${SelectField}
        path="language"
        label=${t('delegations.language')}
        error=${errors.fields.language}
        value=${values.language}
        onValue=${(l: Language) => set('language')(l)}
        options=${languages.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
      />
      <div class="actions">
        <button class="button" type="submit" disabled=${sending}>${sending ? t('form.sending') : t('delegations.send')}</button>
      </div>
    </form>
  `;
};

const FocalPointItem = ({
  eventId,
  code,
  focalPoint,
  session,
  onChanged,
}: {
  eventId: string;
  code: string;
  focalPoint: FocalPointView;
  session: Session;
  onChanged: (message: Message) => void;
}) => {
  const { t, language } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const { name } = focalPoint;
  const promptId = `revoke-${focalPoint.id}`;
  const revoke = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await revokeFocalPoint(eventId, code, session.token, focalPoint.id);
      onChanged({ kind: 'success', text: t('delegations.revoked', { name }) });
    } catch (problem) {
      if (!signInAgainIfExpired(problem)) setError(problemMessage(problem as Error, t));
    }
    setBusy(false);
  };
  return html`
    <li data-focal-point=${focalPoint.id}>
      <strong>${name}</strong> · ${focalPoint.email} · ${LANGUAGE_NAMES[focalPoint.language]}
      <br />
      <span class="muted">
        ${t('delegations.invitedOn', { date: formatInstant(focalPoint.invitedAt, language), who: focalPoint.invitedBy })}
        ${focalPoint.revokedAt ? html` · ${t('delegations.revokedOn', { date: formatInstant(focalPoint.revokedAt, language), who: focalPoint.revokedBy ?? '' })}` : null}
      </span>
      ${
        focalPoint.revokedAt
          ? null
          : confirming
            ? html`<div role="group" aria-labelledby=${promptId}>
                <p id=${promptId}>${t('delegations.confirmRevoke', { name })}</p>
                ${error ? html`<p class="field-error">${error}</p>` : null}
                <div class="actions">
                  <button ref=${confirmRef} class="button button--danger button--small" type="button" disabled=${busy} onClick=${revoke}>${t('delegations.confirm')}</button>
                  <button class="button button--secondary button--small" type="button" onClick=${() => setConfirming(false)}>${t('delegations.keep')}</button>
                </div>
              </div>`
            : html`<div class="actions">
                <button class="button button--danger button--small" type="button" aria-label=${t('delegations.revokeLabel', { name })} onClick=${() => setConfirming(true)}>
                  ${t('delegations.revoke')}
                </button>
              </div>`
      }
    </li>
  `;
};

const DelegationRow = ({
  eventId,
  delegation,
  label,
  session,
  onChanged,
}: {
  eventId: string;
  delegation: AdminDelegation;
  label: string;
  session: Session;
  onChanged: (message: Message) => void;
}) => {
  const { t } = useLanguage();
  const d = delegation;
  return html`
    <tr data-delegation=${d.code}>
      <th scope="row">
        ${label} <span class="muted">(${d.code})</span><br />
        <span class="muted">${t(`delegations.mode.${d.registration}` as MessageKey)}</span>
      </th>
      <td><${StatusBadge} code=${d.status} label=${t(`delegationStatus.${d.status}` as MessageKey)} /></td>
      <td>${t('delegation.placesOf', { used: d.used, quota: d.quota })}</td>
      <td>${d.headNamed ? t('delegation.headNamed') : t('delegation.headNone')}</td>
      <td>
        ${
          d.focalPoints.length
            ? html`<ul class="focal-points">
                ${d.focalPoints.map(
                  (f) =>
                    html`<${FocalPointItem} key=${`${f.id}:${f.revokedAt ?? ''}`} eventId=${eventId} code=${d.code} focalPoint=${f} session=${session} onChanged=${onChanged} />`,
                )}
              </ul>`
            : html`<span class="muted">${t('delegations.noFocalPoints')}</span>`
        }
      </td>
      <td><${DelegationDossier} eventId=${eventId} delegation=${d} label=${label} session=${session} onDecided=${onChanged} /></td>
    </tr>
  `;
};

const Delegations = ({ eventId, session }: { eventId: string; session: Session }) => {
  const { t, language } = useLanguage();
  const event = useResource(() => getEvent(eventId), [eventId]);
  const list = useResource(() => listDelegations(eventId, session.token), [eventId, session.token]);
  useEffect(() => {
    if (list.error) signInAgainIfExpired(list.error);
  }, [list.error]);
  const [message, setMessage] = useState<Message | undefined>();
  const changed = (next: Message) => {
    setMessage(next);
    list.reload();
  };
  const fallback = event.data?.defaultLanguage ?? language;
  const items = (list.data?.items ?? []).map((d) => ({ d, label: pickLocalized(d.names, language, fallback) }));
  return html`
    <h1 tabindex="-1">${t('delegations.title')}</h1>
    <p>${t('delegations.intro')}</p>
    <div aria-live="polite">${message ? html`<${Notice} kind=${message.kind}>${message.text}<//>` : null}</div>
    ${
      list.data && event.data
        ? html`<${InviteForm}
            eventId=${eventId}
            session=${session}
            delegations=${items.map(({ d, label }) => ({ code: d.code, label })).sort((a, b) => a.label.localeCompare(b.label, language))}
            languages=${event.data.languages}
            onInvited=${changed}
          />`
        : null
    }
    <h2 id="delegations-heading">${t('delegations.list')}</h2>
    ${list.loading && !list.data ? html`<${Loading} />` : null}
    ${list.error ? html`<${LoadFailed} problem=${list.error} />` : null}
    ${
      items.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="delegations-heading">
            <table class="delegations">
              <thead>
                <tr>
                  <th scope="col">${t('field.delegation')}</th>
                  <th scope="col">${t('delegation.status')}</th>
                  <th scope="col">${t('delegation.places')}</th>
                  <th scope="col">${t('delegation.head')}</th>
                  <th scope="col">${t('delegations.focalPoints')}</th>
                  <th scope="col">${t('delegations.dossier')}</th>
                </tr>
              </thead>
              <tbody>
                ${items.map(({ d, label }) => html`<${DelegationRow} key=${d.code} eventId=${eventId} delegation=${d} label=${label} session=${session} onChanged=${changed} />`)}
              </tbody>
            </table>
          </div>`
        : null
    }
  `;
};

export const DelegationsPage = ({ eventId }: { eventId: string }) => {
  const { t } = useLanguage();
  return html`<${ConsoleFrame} eventId=${eventId} needs="registrations" title=${t('delegations.title')}>
    ${(session: Session) => html`<${Delegations} eventId=${eventId} session=${session} />`}
  <//>`;
};
