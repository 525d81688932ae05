/**
 * Who may register and how many: the window, capacity, the media capacity (accredited journalists), quotas per kind, approval, waiting list, who registers each
 * kind of delegate (themselves or their focal point) and the focal points' deadline, whether a delegation's list needs
 * a head of delegation, hourly limits, ministries.
 */
import { html } from 'htm/preact';
import { Checkbox, RadioGroup, TextField } from '../../components/form-fields.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { listOfLines, type SectionProps } from './draft.ts';
import { ListTextField, NumberField } from './editor-fields.ts';

export const RegistrationSection = ({ draft, set, err }: SectionProps) => {
  const { t } = useLanguage();
  const r = draft.registration;
  const when = (name: 'opensAt' | 'closesAt' | 'nominationsCloseAt', label: string, hint = t('editor.dateTimeHint')) => html`
    <${TextField}
      path=${`registration.${name}`}
      label=${label}
      hint=${hint}
      value=${r[name] ?? ''}
      error=${err(`registration.${name}`)}
      spellcheck=${false}
      onValue=${(v: string) => set(['registration', name], v)}
    />
  `;
  const modeOptions = [
    { value: 'self', label: t('editor.modeSelf') },
    { value: 'focal_point', label: t('editor.modeFocalPoint') },
  ];
  const mode = (name: 'memberStates' | 'observers', label: string) => html`
    <${RadioGroup}
      path=${`registration.${name}`}
      label=${label}
      value=${r[name] ?? 'self'}
      error=${err(`registration.${name}`)}
      options=${modeOptions}
      onValue=${(v: string) => set(['registration', name], v)}
    />
  `;
  // The deadline matters only when some focal point nominates; otherwise it is not asked (and an old one is kept).
  const nominated = r.memberStates === 'focal_point' || r.observers === 'focal_point';
  const number = (path: (string | number)[], label: string, value: number | undefined, hint?: string) =>
    html`<${NumberField} path=${path} label=${label} hint=${hint} value=${value} set=${set} err=${err} />`;
  return html`
    <section aria-labelledby="editor-registration">
      <h2 id="editor-registration">${t('editor.registration')}</h2>
      <div class="field-row">${when('opensAt', t('editor.opensAt'))} ${when('closesAt', t('editor.closesAt'))}</div>
      ${number(['registration', 'capacity'], t('editor.capacity'), r.capacity)}
      <${NumberField}
        path=${['registration', 'mediaCapacity']}
        label=${t('editor.mediaCapacity')}
        hint=${t('editor.mediaCapacityHint')}
        value=${r.mediaCapacity}
        optional
        set=${set}
        err=${err}
      />
      <div class="field-row">
        ${number(['registration', 'quotas', 'member_state'], t('editor.quotaMember'), r.quotas.member_state)}
        ${number(['registration', 'quotas', 'observer'], t('editor.quotaObserver'), r.quotas.observer)}
      </div>
      <${Checkbox}
        path="registration.approvalRequired"
        label=${t('editor.approval')}
        checked=${r.approvalRequired}
        error=${err('registration.approvalRequired')}
        onChecked=${(v: boolean) => set(['registration', 'approvalRequired'], v)}
      />
      <${Checkbox}
        path="registration.waitlist"
        label=${t('editor.waitlist')}
        checked=${r.waitlist}
        error=${err('registration.waitlist')}
        onChecked=${(v: boolean) => set(['registration', 'waitlist'], v)}
      />
      ${mode('memberStates', t('editor.memberStatesMode'))} ${mode('observers', t('editor.observersMode'))}
      ${nominated ? when('nominationsCloseAt', t('editor.nominationsCloseAt'), t('editor.nominationsCloseAtHint')) : null}
      <${Checkbox}
        path="registration.headOfDelegationRequired"
        label=${t('editor.headRequired')}
        checked=${r.headOfDelegationRequired ?? false}
        error=${err('registration.headOfDelegationRequired')}
        onChecked=${(v: boolean) => set(['registration', 'headOfDelegationRequired'], v)}
      />
      <div class="field-row">
        ${number(['registration', 'clientLimitPerHour'], t('editor.clientLimit'), r.clientLimitPerHour, t('editor.clientLimitHint'))}
        ${number(['registration', 'emailLimitPerHour'], t('editor.emailLimit'), r.emailLimitPerHour)}
        ${number(['press', 'hourlyLimit'], t('editor.pressLimit'), draft.press.hourlyLimit)}
      </div>
      <${ListTextField}
        path=${['ministries']}
        label=${t('editor.ministries')}
        hint=${t('editor.onePerLine')}
        values=${draft.ministries}
        parse=${listOfLines}
        separator=${'\n'}
        set=${set}
        err=${err}
      />
    </section>
  `;
};
