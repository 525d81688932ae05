/**
 * `/manage/:eventId/:registrationId#token=...`, reached from the delegate's email: see the registration,
 * correct contact details, needs and language, download the calendar file once confirmed, cancel, see and download
 * everything held about them, or erase it (own-data-panel.ts).
 * A nominee (named by their focal point) is told so, sees what is still missing, and gives their consent here.
 */
import { PRESS_DELEGATION } from '../../../shared/domain/badges/category.ts';
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { pickLocalized } from '../../../shared/domain/primitives.ts';
import { patchSchemaFor } from '../../../shared/domain/registration/patch.ts';
import { participantName } from '../../../shared/domain/registration/registration.ts';
import { ApiProblem } from '../api/http-client.ts';
import { fetchOwnBadge } from '../api/badge-downloads.ts';
import { cancelRegistration, correctRegistration, eraseOwnData, fetchCalendar, getRegistration } from '../api/public-api.ts';
import type { DelegateRegistration, Erased, PublicEvent } from '../api/responses.ts';
import { saveBlob } from '../api/save-blob.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorSummary } from '../components/error-summary.ts';
import { SelectField, TextArea, TextField } from '../components/form-fields.ts';
import { Notice } from '../components/notice.ts';
import { usePageTitle } from '../components/page-title.ts';
import { StatusBadge } from '../components/status-badge.ts';
import { validate } from '../forms/field-errors.ts';
import { problemMessage } from '../forms/problem-message.ts';
import { useFormErrors } from '../forms/use-form-errors.ts';
import type { MessageKey } from '../i18n/en.ts';
import { LANGUAGE_NAMES } from '../i18n/i18n.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { navigate, useLocation } from '../router/router.ts';
import { NomineePanel } from './nominee-panel.ts';
import { ErasePanel, OwnDataPanel } from './own-data-panel.ts';
import { takeManageToken, tokenInAddress } from './manage-token.ts';
import { useEvent } from './use-event.ts';

type Flash = { kind: 'success' | 'error'; text: string } | undefined;

const CorrectionForm = ({
  registration,
  event,
  save,
}: {
  registration: DelegateRegistration;
  event: PublicEvent | undefined;
  save: (patch: unknown) => Promise<void>;
}) => {
  const { t } = useLanguage();
  const errors = useFormErrors(t);
  const [busy, setBusy] = useState(false);
  const [values, setValues] = useState({
    email: registration.participant.email,
    phone: registration.participant.phone ?? '',
    language: registration.language,
    accessibility: registration.needs.accessibility,
    dietary: registration.needs.dietary,
  });
  const set =
    <K extends keyof typeof values>(name: K) =>
    (value: (typeof values)[K]) =>
      setValues((v) => ({ ...v, [name]: value }));
  const labels = {
    'participant.email': t('field.email'),
    'participant.phone': t('field.phone'),
    language: t('field.language'),
    'needs.accessibility': t('field.accessibility'),
    'needs.dietary': t('field.dietary'),
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const patch = {
      participant: { email: values.email, ...(values.phone.trim() ? { phone: values.phone } : {}) },
      language: values.language,
      needs: { accessibility: values.accessibility, dietary: values.dietary },
    };
    const checked = validate(patchSchemaFor(registration.status), patch);
    if (!checked.ok) return errors.showFieldErrors(checked.errors);
    setBusy(true);
    try {
      await save(patch);
      errors.clear();
    } catch (problem) {
      errors.showProblem(problem);
    }
    setBusy(false);
  };
  return html`
    <${ErrorSummary} errors=${errors.fields} general=${errors.general} labels=${labels} attempt=${errors.attempt} />
    <form novalidate onSubmit=${submit}>
      <${TextField} path="participant.email" type="email" label=${t('field.email')} error=${errors.fields['participant.email']} value=${values.email} onValue=${set('email')} autocomplete="email" spellcheck=${false} />
      <${TextField} path="participant.phone" type="tel" label=${t('field.phone')} hint=${t('field.phoneHint')} optional error=${errors.fields['participant.phone']} value=${values.phone} onValue=${set('phone')} autocomplete="tel" />
      <${SelectField}
        path="language"
        label=${t('field.language')}
        error=${errors.fields.language}
        value=${values.language}
        onValue=${set('language')}
        options=${(event?.languages ?? [registration.language]).map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
      />
      <${TextArea} path="needs.accessibility" label=${t('field.accessibility')} optional rows=${3} error=${errors.fields['needs.accessibility']} value=${values.accessibility} onValue=${set('accessibility')} />
      <${TextField} path="needs.dietary" label=${t('field.dietary')} optional error=${errors.fields['needs.dietary']} value=${values.dietary} onValue=${set('dietary')} />
      <button class="button" type="submit" disabled=${busy}>${t('manage.save')}</button>
    </form>
  `;
};

const CancelPanel = ({ cancel }: { cancel: () => Promise<void> }) => {
  const { t } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!confirming)
    return html`<button class="button button--danger" type="button" onClick=${() => setConfirming(true)}>${t('manage.cancel')}</button>`;
  return html`
    <div class="notice notice--warning" role="group" aria-labelledby="cancel-warning">
      <p id="cancel-warning">${t('manage.cancelWarning')}</p>
      <div class="actions">
        <button
          class="button button--danger"
          type="button"
          disabled=${busy}
          ref=${(el: HTMLButtonElement | null) => el?.focus()}
          onClick=${async () => {
            setBusy(true);
            await cancel();
            setBusy(false);
          }}
        >
          ${t('manage.cancelConfirm')}
        </button>
        <button class="button button--secondary" type="button" onClick=${() => setConfirming(false)}>${t('manage.keep')}</button>
      </div>
    </div>
  `;
};

export const ManagePage = ({ eventId, registrationId }: { eventId: string; registrationId: string }) => {
  const { t, language } = useLanguage();
  const { path } = useLocation();
  const [token] = useState(() => takeManageToken(registrationId));
  const [flash, setFlash] = useState<Flash>();
  useEffect(() => {
    if (tokenInAddress()) navigate(path, { replace: true });
  }, [path]);
  const event = useEvent(eventId);
  const loaded = useResource<DelegateRegistration>(
    () => (token ? getRegistration(eventId, registrationId, token) : Promise.reject(new Error('no token'))),
    [eventId, registrationId, token],
  );
  const [registration, setRegistration] = useState<DelegateRegistration | undefined>();
  const [erased, setErased] = useState<Erased | undefined>();
  // One key per page: a retry after a lost answer is the same erasure, not a second one.
  const [eraseKey] = useState(() => crypto.randomUUID());
  useEffect(() => setRegistration(loaded.data), [loaded.data]);
  usePageTitle(t('manage.title'));
  const r = registration;

  /** Errors of a correction are the form's to show, next to its fields. */
  const save = async (patch: unknown, saved: MessageKey = 'manage.saved') => {
    setRegistration(await correctRegistration(eventId, registrationId, token!, patch));
    setFlash({ kind: 'success', text: t(saved) });
  };
  const cancel = async () => {
    try {
      setRegistration(await cancelRegistration(eventId, registrationId, token!));
      setFlash({ kind: 'success', text: t('manage.cancelled') });
    } catch (problem) {
      setFlash({ kind: 'error', text: problemMessage(problem as Error, t) });
    }
  };
  // The .ics is fetched with the token in the Authorization header and handed over as a file: no link that
  // carries the token, so nothing for an access log, a calendar app's subscription list or a browser history.
  const downloadCalendar = async () => {
    try {
      saveBlob(await fetchCalendar(eventId, registrationId, token!), `${eventId}.ics`);
    } catch (problem) {
      setFlash({ kind: 'error', text: problemMessage(problem as Error, t) });
    }
  };
  // The badge likewise: fetched with the token in the header, saved as a file (A6: what a home printer prints).
  const downloadBadge = async () => {
    try {
      saveBlob(await fetchOwnBadge(eventId, registrationId, token!, 'a6'), `badge-${r?.reference ?? eventId}.pdf`);
    } catch (problem) {
      setFlash({ kind: 'error', text: problemMessage(problem as Error, t) });
    }
  };
  const erase = async () => {
    try {
      setErased(await eraseOwnData(eventId, registrationId, token!, eraseKey));
      setRegistration(undefined);
      setFlash(undefined);
    } catch (problem) {
      setFlash({ kind: 'error', text: problemMessage(problem as Error, t) });
    }
  };
  const delegation = event.data?.delegations.find((d) => d.code === r?.delegation);
  const active = r && ['nominated', 'pending_approval', 'confirmed', 'waitlisted'].includes(r.status);
  const delegationName = delegation && event.data ? pickLocalized(delegation.names, language, event.data.defaultLanguage) : r?.delegation;

  if (erased)
    return html`
      <h1 tabindex="-1" ref=${(el: HTMLHeadingElement | null) => el?.focus()}>${t('manage.erasedTitle')}</h1>
      <${Notice} kind="success">
        <p data-testid="erased">${t('manage.erasedText', { reference: erased.reference })}</p>
      <//>
      <p>${t('manage.erasedAgain')}</p>
      <p class="back-link"><a href=${`/events/${encodeURIComponent(eventId)}`}>${t('site.backToEvent')}</a></p>
    `;

  return html`
    <h1 tabindex="-1">${t('manage.title')}</h1>
    ${
      loaded.error && !r
        ? html`<${Notice} kind="error">${loaded.error instanceof ApiProblem && loaded.error.status !== 404 ? problemMessage(loaded.error, t) : t('manage.notFound')}<//>`
        : null
    }
    <div aria-live="polite">${flash ? html`<${Notice} kind=${flash.kind}>${flash.text}<//>` : null}</div>
    ${
      r
        ? html`
          <dl class="facts">
            <dt>${t('received.reference')}</dt>
            <dd class="reference" data-testid="reference">${r.reference}</dd>
            <dt>${t('received.status')}</dt>
            <dd data-testid="status"><${StatusBadge} code=${r.status} label=${t(`status.${r.status}` as MessageKey)} /></dd>
            <dt>${t('table.name')}</dt>
            <dd>${participantName(r.participant)}</dd>
            ${
              r.delegation === PRESS_DELEGATION
                ? // An accredited journalist belongs to no delegation: their outlet says who they are here.
                  html`<dt>${t('press.outlet')}</dt>
                    <dd>${r.participant.institution} · ${t('role.press')}</dd>`
                : html`<dt>${t('manage.delegation')}</dt>
                    <dd>${delegationName} · ${t(`role.${r.role}` as MessageKey)}</dd>`
            }
          </dl>
          ${
            r.status === 'nominated'
              ? html`<${NomineePanel}
                  registration=${r}
                  delegationName=${delegationName ?? r.delegation}
                  kind=${delegation?.kind ?? 'member_state'}
                  save=${(patch: unknown) => save(patch, 'manage.consentSaved')}
                />`
              : null
          }
          ${
            r.status === 'confirmed'
              ? html`<div class="actions">
                  <button class="button button--secondary" type="button" onClick=${downloadCalendar}>${t('manage.calendar')}</button>
                  <button class="button button--secondary" type="button" onClick=${downloadBadge}>${t('badges.download')}</button>
                </div>`
              : active
                ? html`<p class="muted">${t('manage.calendarLater')}</p>`
                : null
          }
          ${
            active
              ? html`
                <h2>${t('manage.correct')}</h2>
                <${CorrectionForm} key=${r.updatedAt} registration=${r} event=${event.data} save=${save} />
                <h2>${t('manage.cancelTitle')}</h2>
                <${CancelPanel} cancel=${cancel} />
              `
              : null
          }
          <${OwnDataPanel} eventId=${eventId} registrationId=${registrationId} token=${token!} />
          <${ErasePanel} active=${Boolean(active)} erase=${erase} />
        `
        : null
    }
    <p class="back-link"><a href=${`/events/${encodeURIComponent(eventId)}`}>${t('site.backToEvent')}</a></p>
  `;
};
