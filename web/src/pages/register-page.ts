/** `/events/:eventId/register`: the delegate's form, checked with the API's own schema before it is sent. */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { pickLocalized, type Language } from '../../../shared/domain/primitives.ts';
import { RegistrationBody } from '../../../shared/domain/registration/registration.ts';
import { register } from '../api/public-api.ts';
import type { PublicEvent } from '../api/responses.ts';
import { ErrorSummary } from '../components/error-summary.ts';
import { Checkbox, Fieldset, RadioGroup, SelectField, TextArea, TextField } from '../components/form-fields.ts';
import { LoadFailed } from '../components/loading.ts';
import { NominationNotice, selfRegisteringKinds } from '../components/nomination-notice.ts';
import { Notice } from '../components/notice.ts';
import { usePageTitle } from '../components/page-title.ts';
import { validate } from '../forms/field-errors.ts';
import { useIdempotencyKey } from '../forms/idempotency-key.ts';
import {
  asksForInstitutionText,
  emptyRegistration,
  roleErrors,
  rolesFor,
  toRegistrationBody,
  type RegistrationValues,
} from '../forms/registration-form-model.ts';
import { ParticipantFields } from '../forms/participant-fields.ts';
import { useFormErrors } from '../forms/use-form-errors.ts';
import { useSubmit } from '../forms/use-submit.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { navigate } from '../router/router.ts';
import { eventTitleIn } from './event-page.ts';
import { useEvent } from './use-event.ts';

const RegistrationForm = ({ event }: { event: PublicEvent }) => {
  const { t, language } = useLanguage();
  const [values, setValues] = useState<RegistrationValues>(() =>
    emptyRegistration(event.languages.includes(language) ? language : event.defaultLanguage),
  );
  const errors = useFormErrors(t);
  const { sending, submit: submitWith } = useSubmit(errors);
  const keyFor = useIdempotencyKey();
  const set =
    <K extends keyof RegistrationValues>(name: K) =>
    (value: RegistrationValues[K]) =>
      setValues((v) => ({ ...v, [name]: value }));

  const kind = event.delegations.find((d) => d.code === values.delegation)?.kind;
  // Until the reader picks a language for emails, it follows the language they read the page in.
  const [languageTouched, setLanguageTouched] = useState(false);
  const chooseLanguage = (l: Language) => {
    setLanguageTouched(true);
    set('language')(l);
  };
  useEffect(() => {
    if (!languageTouched && event.languages.includes(language)) setValues((v) => ({ ...v, language }));
  }, [language, languageTouched, event.languages]);
  const chooseDelegation = (code: string) =>
    setValues((v) => {
      const nextRoles = rolesFor(event.delegations.find((d) => d.code === code)?.kind);
      const role = nextRoles.length === 1 ? nextRoles[0]! : nextRoles.includes(v.role as never) ? v.role : '';
      return { ...v, delegation: code, role };
    });
  // With one kind nominated by focal points, the form offers only the other; until a delegation is chosen, the
  // fields follow that kind (no roles or ministries of member states on a form for observers only).
  const selfKinds = selfRegisteringKinds(event);
  const formKind = kind ?? (selfKinds.length === 1 ? selfKinds[0] : undefined);
  const typesInstitution = asksForInstitutionText(kind, values.ministry);
  const showsMinistry = formKind !== 'observer';

  const labels: Record<string, string> = {
    delegation: t('field.delegation'),
    role: t('field.role'),
    'participant.title': t('field.title'),
    'participant.givenName': t('field.givenName'),
    'participant.familyName': t('field.familyName'),
    'participant.email': t('field.email'),
    'participant.phone': t('field.phone'),
    'participant.position': t('field.position'),
    'participant.institution': typesInstitution ? t('field.institution') : t('field.ministry'),
    language: t('field.language'),
    'needs.accessibility': t('field.accessibility'),
    'needs.dietary': t('field.dietary'),
    'consent.dataProcessing': t('register.consent'),
  };
  const err = (path: string) => errors.fields[path];
  const names = (d: PublicEvent['delegations'][number]) => pickLocalized(d.names, language, event.defaultLanguage);
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, language);
  const delegationOptions = (k: 'member_state' | 'observer') =>
    event.delegations
      .filter((d) => d.kind === k)
      .map((d) => ({ value: d.code, label: names(d) }))
      .sort(byName);

  const submit = async (e: Event) => {
    e.preventDefault();
    const body = toRegistrationBody(values, kind);
    const checked = validate(RegistrationBody, body);
    await submitWith({
      problems: [...(checked.ok ? [] : checked.errors), ...roleErrors(values, kind)],
      send: () => register(event.id, body, keyFor(body)),
      done: (receipt) => navigate(`/events/${encodeURIComponent(event.id)}/register/received`, { state: { receipt } }),
    });
  };

  return html`
    <${ErrorSummary} errors=${errors.fields} general=${errors.general} labels=${labels} attempt=${errors.attempt} />
    <form novalidate onSubmit=${submit}>
      <p class="muted">${t('form.required')}</p>
      <${Fieldset} legend=${t('register.delegation')}>
        <${SelectField}
          path="delegation"
          label=${t('field.delegation')}
          error=${err('delegation')}
          value=${values.delegation}
          onValue=${chooseDelegation}
          placeholder=${t('form.choose')}
          groups=${selfKinds.map((k) =>
            k === 'member_state'
              ? { label: t('field.memberStates'), options: delegationOptions('member_state') }
              : { label: t('field.observers'), options: delegationOptions('observer') },
          )}
        />
        ${
          formKind !== 'observer'
            ? html`<${RadioGroup}
              path="role"
              label=${t('field.role')}
              error=${err('role')}
              value=${values.role}
              onValue=${set('role')}
              options=${rolesFor('member_state').map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))}
            />`
            : null
        }
      <//>
      <${Fieldset} legend=${t('register.participant')}>
        <${ParticipantFields}
          event=${event}
          values=${values}
          set=${set}
          err=${err}
          about="self"
          emailHint=${t('field.emailHint')}
          showsMinistry=${showsMinistry}
          typesInstitution=${typesInstitution}
          onLanguage=${chooseLanguage}
        />
      <//>
      <${Fieldset} legend=${t('register.needs')}>
        <${TextArea} path="needs.accessibility" label=${t('field.accessibility')} hint=${t('field.accessibilityHint')} optional error=${err('needs.accessibility')} value=${values.accessibility} onValue=${set('accessibility')} />
        <${TextField} path="needs.dietary" label=${t('field.dietary')} optional error=${err('needs.dietary')} value=${values.dietary} onValue=${set('dietary')} />
      <//>
      <${Fieldset} legend=${t('register.consent')}>
        <${Checkbox} path="consent.dataProcessing" label=${t('field.dataProcessing')} error=${err('consent.dataProcessing')} checked=${values.dataProcessing} onChecked=${set('dataProcessing')} />
        <${Checkbox} path="consent.listInParticipants" label=${t('field.listInParticipants')} error=${err('consent.listInParticipants')} checked=${values.listInParticipants} onChecked=${set('listInParticipants')} />
      <//>
      <div class="actions">
        <button class="button" type="submit" disabled=${sending} aria-disabled=${sending ? 'true' : undefined}>${sending ? t('form.sending') : t('register.submit')}</button>
      </div>
    </form>
  `;
};

export const RegisterPage = ({ eventId }: { eventId: string }) => {
  const { t, language } = useLanguage();
  const event = useEvent(eventId);
  const e = event.data;
  const selfKinds = e ? selfRegisteringKinds(e) : [];
  usePageTitle(e ? `${t('register.title')} · ${eventTitleIn(e, language)}` : t('register.title'));
  return html`
    <h1 tabindex="-1">${t('register.title')}</h1>
    ${e ? html`<p class="lead">${eventTitleIn(e, language)}</p><p>${t('register.intro')}</p>` : null}
    ${event.error ? html`<${LoadFailed} problem=${event.error} />` : null}
    ${e ? html`<${NominationNotice} event=${e} />` : null}
    ${e && !e.registration.open ? html`<${Notice} kind="warning">${t('register.closed')}<//>` : null}
    ${e && e.registration.open && selfKinds.length ? html`${selfKinds.length === 1 ? html`<p>${t(selfKinds[0] === 'observer' ? 'nomination.observersBelow' : 'nomination.memberStatesBelow')}</p>` : null}<${RegistrationForm} event=${e} />` : null}
    <p class="back-link"><a href=${`/events/${encodeURIComponent(eventId)}`}>${t('site.backToEvent')}</a></p>
  `;
};
