/**
 * The focal point's nomination form: the registration form's participant fields, role and language, from the same
 * form model (registration-form-model.ts) and checked with the API's own schema (NominationBody) before sending;
 * problems next to their fields; one Idempotency-Key per distinct body, as the registration form does.
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { NominationBody } from '../../../../shared/domain/delegations/nomination-body.ts';
import type { Language } from '../../../../shared/domain/primitives.ts';
import { nominate, type FocalPointDelegation, type NominationOutcome } from '../../api/delegation-api.ts';
import type { PublicEvent } from '../../api/responses.ts';
import { ErrorSummary } from '../../components/error-summary.ts';
import { RadioGroup } from '../../components/form-fields.ts';
import { validate } from '../../forms/field-errors.ts';
import { useIdempotencyKey } from '../../forms/idempotency-key.ts';
import {
  asksForInstitutionText,
  emptyRegistration,
  roleErrors,
  rolesFor,
  toNominationBody,
  type RegistrationValues,
} from '../../forms/registration-form-model.ts';
import { ParticipantFields } from '../../forms/participant-fields.ts';
import { useFormErrors } from '../../forms/use-form-errors.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useLanguage } from '../../i18n/language-context.ts';

export const NominateForm = ({
  event,
  delegation,
  token,
  onNominated,
}: {
  event: PublicEvent;
  delegation: FocalPointDelegation;
  token: string;
  onNominated: (outcome: NominationOutcome, name: string) => void;
}) => {
  const { t, language } = useLanguage();
  const kind = delegation.kind;
  const roles = rolesFor(kind);
  const fresh = (l: Language): RegistrationValues => ({
    ...emptyRegistration(l),
    delegation: delegation.code,
    role: roles.length === 1 ? roles[0]! : '',
  });
  const [values, setValues] = useState<RegistrationValues>(() => fresh(event.languages.includes(language) ? language : event.defaultLanguage));
  const errors = useFormErrors(t);
  const [sending, setSending] = useState(false);
  const keyFor = useIdempotencyKey();
  const set =
    <K extends keyof RegistrationValues>(name: K) =>
    (value: RegistrationValues[K]) =>
      setValues((v) => ({ ...v, [name]: value }));
  // Until the focal point picks the nominee's language, it follows the page's.
  const [languageTouched, setLanguageTouched] = useState(false);
  const chooseLanguage = (l: Language) => {
    setLanguageTouched(true);
    set('language')(l);
  };
  useEffect(() => {
    if (!languageTouched && event.languages.includes(language)) setValues((v) => ({ ...v, language }));
  }, [language, languageTouched, event.languages]);

  const typesInstitution = asksForInstitutionText(kind, values.ministry);
  const err = (path: string) => errors.fields[path];
  const labels: Record<string, string> = {
    role: t('field.role'),
    'participant.title': t('field.title'),
    'participant.givenName': t('field.givenName'),
    'participant.familyName': t('field.familyName'),
    'participant.email': t('field.email'),
    'participant.phone': t('field.phone'),
    'participant.position': t('field.position'),
    'participant.institution': typesInstitution ? t('field.institution') : t('field.ministry'),
    language: t('field.language'),
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (sending) return;
    const body = toNominationBody(values, kind);
    const checked = validate(NominationBody, body);
    const problems = [...(checked.ok ? [] : checked.errors), ...roleErrors(values, kind)];
    if (problems.length) return errors.showFieldErrors(problems);
    setSending(true);
    try {
      const outcome = await nominate(event.id, delegation.code, token, body as NominationBody, keyFor(body));
      const name = `${values.givenName} ${values.familyName}`.trim();
      errors.clear();
      setValues(fresh(values.language));
      onNominated(outcome, name);
    } catch (problem) {
      errors.showProblem(problem);
    }
    setSending(false);
  };

  return html`
    <${ErrorSummary} errors=${errors.fields} general=${errors.general} labels=${labels} attempt=${errors.attempt} />
    <form novalidate onSubmit=${submit} aria-labelledby="nominate-heading">
      <p class="muted">${t('form.required')}</p>
      ${
        roles.length > 1
          ? html`<${RadioGroup}
              path="role"
              label=${t('field.role')}
              error=${err('role')}
              value=${values.role}
              onValue=${set('role')}
              options=${roles.map((r) => ({ value: r, label: t(`role.${r}` as MessageKey) }))}
            />`
          : null
      }
      <${ParticipantFields}
        event=${event}
        values=${values}
        set=${set}
        err=${err}
        about="other"
        emailHint=${t('delegation.emailHint')}
        showsMinistry=${kind !== 'observer'}
        typesInstitution=${typesInstitution}
        onLanguage=${chooseLanguage}
      />
      <div class="actions">
        <button class="button" type="submit" disabled=${sending} aria-disabled=${sending ? 'true' : undefined}>${sending ? t('form.sending') : t('delegation.submit')}</button>
      </div>
    </form>
  `;
};
