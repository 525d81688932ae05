/**
 * What a nominee sees on their manage page: who nominated them (their focal point, not themselves), what is still
 * missing, and the form to give their consent, which nobody else can give for them (the PATCH accepts `consent`
 * only while `nominated`: shared/domain/registration/patch.ts).
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { NomineePatch } from '../../../shared/domain/registration/patch.ts';
import type { DelegateRegistration } from '../api/responses.ts';
import { ErrorSummary } from '../components/error-summary.ts';
import { Checkbox, Fieldset } from '../components/form-fields.ts';
import { Notice } from '../components/notice.ts';
import { validate } from '../forms/field-errors.ts';
import { useFormErrors } from '../forms/use-form-errors.ts';
import { useLanguage } from '../i18n/language-context.ts';

const ConsentForm = ({ save }: { save: (patch: unknown) => Promise<void> }) => {
  const { t } = useLanguage();
  const errors = useFormErrors(t);
  const [busy, setBusy] = useState(false);
  const [dataProcessing, setDataProcessing] = useState(false);
  const [listInParticipants, setListInParticipants] = useState(false);
  const labels = { 'consent.dataProcessing': t('field.dataProcessing'), 'consent.listInParticipants': t('field.listInParticipants') };
  const submit = async (e: Event) => {
    e.preventDefault();
    const patch = { consent: { dataProcessing, listInParticipants } };
    const checked = validate(NomineePatch, patch);
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
      <${Fieldset} legend=${t('register.consent')}>
        <p class="muted">${t('manage.consentIntro')}</p>
        <${Checkbox} path="consent.dataProcessing" label=${t('field.dataProcessing')} error=${errors.fields['consent.dataProcessing']} checked=${dataProcessing} onChecked=${setDataProcessing} />
        <${Checkbox} path="consent.listInParticipants" label=${t('field.listInParticipants')} error=${errors.fields['consent.listInParticipants']} checked=${listInParticipants} onChecked=${setListInParticipants} />
      <//>
      <button class="button" type="submit" disabled=${busy}>${t('manage.giveConsent')}</button>
    </form>
  `;
};

export const NomineePanel = ({
  registration,
  delegationName,
  kind,
  save,
}: {
  registration: DelegateRegistration;
  delegationName: string;
  kind: 'member_state' | 'observer';
  save: (patch: unknown) => Promise<void>;
}) => {
  const { t } = useLanguage();
  const consentGiven = registration.consent.dataProcessing;
  return html`
    <div data-testid="nominee-panel">
      <${Notice} kind="info">
        <p>${t(kind === 'observer' ? 'manage.nominatedByObserver' : 'manage.nominatedBy', { delegation: delegationName })}</p>
      <//>
      ${
        consentGiven
          ? html`<p data-testid="nothing-missing">${t('manage.nothingMissing')}</p>`
          : html`
            <h2>${t('manage.missingTitle')}</h2>
            <ul data-testid="missing"><li>${t('manage.missingConsent')}</li></ul>
            <h2>${t('manage.consentTitle')}</h2>
            <${ConsentForm} save=${save} />
          `
      }
    </div>
  `;
};
