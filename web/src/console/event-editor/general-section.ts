/** The event itself: code, titles and descriptions per language, dates and hours, place, host, languages, sender. */
import { html } from 'htm/preact';
import { LANGUAGES, type Language } from '../../../../shared/domain/primitives.ts';
import { SelectField, TextField } from '../../components/form-fields.ts';
import { countryOptions } from '../../forms/countries.ts';
import { LANGUAGE_NAMES } from '../../i18n/i18n.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import type { SectionProps } from './draft.ts';
import { CheckboxGroup, LocalizedFields } from './editor-fields.ts';

export const GeneralSection = ({ draft, set, err }: SectionProps) => {
  const { t, language } = useLanguage();
  const text = (path: string, label: string, value: string | undefined, extra: Record<string, unknown> = {}) =>
    html`<${TextField} path=${path} label=${label} value=${value ?? ''} error=${err(path)} onValue=${(v: string) => set(path.split('.'), v)} ...${extra} />`;
  const languageOptions = LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }));
  return html`
    <section aria-labelledby="editor-general">
      <h2 id="editor-general">${t('editor.general')}</h2>
      ${text('code', t('editor.code'), draft.code, { hint: t('editor.codeHint'), spellcheck: false })}
      <${CheckboxGroup}
        path=${['languages']}
        legend=${t('editor.languages')}
        options=${languageOptions}
        values=${draft.languages}
        set=${set}
        err=${err}
      />
      <${SelectField}
        path="defaultLanguage"
        label=${t('editor.defaultLanguage')}
        value=${draft.defaultLanguage}
        error=${err('defaultLanguage')}
        options=${languageOptions.filter((o) => draft.languages.includes(o.value))}
        onValue=${(v: string) => set(['defaultLanguage'], v as Language)}
      />
      <${LocalizedFields} path=${['titles']} labelKey="editor.titleIn" languages=${draft.languages} values=${draft.titles} set=${set} err=${err} />
      <${LocalizedFields}
        path=${['description']}
        labelKey="editor.descriptionIn"
        languages=${draft.languages}
        values=${draft.description}
        set=${set}
        err=${err}
        multiline
        optional
      />
      <div class="field-row">
        ${text('startDate', t('editor.startDate'), draft.startDate, { type: 'date' })}
        ${text('endDate', t('editor.endDate'), draft.endDate, { type: 'date' })}
      </div>
      <div class="field-row">
        ${text('dailyStart', t('editor.dailyStart'), draft.dailyStart, { type: 'time' })}
        ${text('dailyEnd', t('editor.dailyEnd'), draft.dailyEnd, { type: 'time' })}
      </div>
      ${text('timeZone', t('editor.timeZone'), draft.timeZone, { hint: t('editor.timeZoneHint'), spellcheck: false })}
      ${text('venue.name', t('editor.venueName'), draft.venue.name)}
      ${text('venue.address', t('editor.venueAddress'), draft.venue.address, { optional: true })}
      ${text('venue.city', t('editor.venueCity'), draft.venue.city)}
      <${SelectField}
        path="venue.country"
        label=${t('editor.venueCountry')}
        value=${draft.venue.country}
        error=${err('venue.country')}
        placeholder=""
        options=${countryOptions(language)}
        onValue=${(v: string) => set(['venue', 'country'], v)}
      />
      ${text('host', t('editor.host'), draft.host, { optional: true })}
      ${text('secretariatEmail', t('editor.secretariatEmail'), draft.secretariatEmail, { type: 'email', hint: t('editor.secretariatEmailHint') })}
      ${text('senderName', t('editor.senderName'), draft.senderName)}
    </section>
  `;
};
