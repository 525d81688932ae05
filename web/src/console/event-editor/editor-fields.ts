/**
 * The few controls the event editor needs beyond the public forms' (form-fields.ts): a whole number, one text per
 * event language, and a set of checkboxes. Each takes its id from its API path, like every control.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import type { Language } from '../../../../shared/domain/primitives.ts';
import { TextArea, TextField, type Option } from '../../components/form-fields.ts';
import { fieldId } from '../../forms/field-errors.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { LANGUAGE_NAMES } from '../../i18n/i18n.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import type { Path, SectionProps } from './draft.ts';

const dotted = (path: Path) => path.join('.');

/** A whole number; anything else is kept as NaN so the schema names the field. */
export const NumberField = ({
  path,
  label,
  hint,
  value,
  set,
  err,
  optional = false,
}: Pick<SectionProps, 'set' | 'err'> & { path: Path; label: string; hint?: string; value: number | undefined; optional?: boolean }) => {
  const id = fieldId(dotted(path));
  const error = err(dotted(path));
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return html`
    <div class=${`field${error ? ' field--error' : ''}`}>
      <label for=${id}>${label}</label>
      ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : null}
      ${error ? html`<span class="field-error" id=${`${id}-error`}>${error}</span>` : null}
      <input
        id=${id}
        name=${dotted(path)}
        type="number"
        inputmode="numeric"
        step="1"
        class="input-number"
        required=${!optional}
        value=${value === undefined || Number.isNaN(value) ? '' : String(value)}
        aria-invalid=${error ? 'true' : undefined}
        aria-describedby=${described}
        onInput=${(e: Event) => {
          const text = (e.currentTarget as HTMLInputElement).value;
          set(path, text === '' && optional ? undefined : Number(text === '' ? NaN : text));
        }}
      />
    </div>
  `;
};

/** One text per language of the event (titles, names, roles); `labelKey` takes `{language}`. */
export const LocalizedFields = ({
  path,
  labelKey,
  languages,
  values,
  set,
  err,
  multiline = false,
  optional = false,
}: Pick<SectionProps, 'set' | 'err'> & {
  path: Path;
  labelKey: MessageKey;
  languages: readonly Language[];
  values: Partial<Record<Language, string>> | undefined;
  multiline?: boolean;
  optional?: boolean;
}) => {
  const { t } = useLanguage();
  return html`${languages.map((lang) => {
    const props = {
      path: dotted([...path, lang]),
      label: t(labelKey, { language: LANGUAGE_NAMES[lang] }),
      value: values?.[lang] ?? '',
      error: err(dotted([...path, lang])),
      optional,
      onValue: (text: string) => set([...path, lang], text),
    };
    return multiline ? html`<${TextArea} ...${props} rows=${3} />` : html`<${TextField} ...${props} />`;
  })}`;
};

/** A set of choices, each a checkbox; the value is the list of the checked ones. */
export const CheckboxGroup = ({
  path,
  legend,
  options,
  values,
  set,
  err,
  emptyAs = [],
}: Pick<SectionProps, 'set' | 'err'> & {
  path: Path;
  legend: string;
  options: Option[];
  values: readonly string[] | undefined;
  /** What no choice at all means: [] (required list) or undefined (an optional condition). */
  emptyAs?: [] | undefined;
}) => {
  const id = fieldId(dotted(path));
  const error = err(dotted(path));
  const chosen = values ?? [];
  const toggle = (value: string, on: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? on : chosen.includes(v)));
    set(path, next.length ? next : emptyAs);
  };
  return html`
    <fieldset class=${`field checkbox-group${error ? ' field--error' : ''}`} aria-describedby=${error ? `${id}-error` : undefined}>
      <legend class="field-label">${legend}</legend>
      ${error ? html`<span class="field-error" id=${`${id}-error`}>${error}</span>` : null}
      ${options.map(
        (o, i) => html`
          <div class="choice">
            <input
              type="checkbox"
              id=${i === 0 ? id : `${id}-${o.value}`}
              checked=${chosen.includes(o.value)}
              onChange=${(e: Event) => toggle(o.value, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for=${i === 0 ? id : `${id}-${o.value}`} lang=${o.lang}>${o.label}</label>
          </div>
        `,
      )}
    </fieldset>
  `;
};

/**
 * A list typed as text (one per line, or separated by commas): the text is kept as typed, so a separator just
 * typed does not vanish, and the parsed list goes to the draft.
 */
export const ListTextField = ({
  path,
  label,
  hint,
  values,
  parse,
  separator,
  set,
  err,
  optional = false,
}: Pick<SectionProps, 'set' | 'err'> & {
  path: Path;
  label: string;
  hint?: string;
  values: readonly string[] | undefined;
  parse: (text: string) => string[] | undefined;
  separator: '\n' | ', ';
  optional?: boolean;
}) => {
  const [text, setText] = useState((values ?? []).join(separator));
  const props = {
    path: dotted(path),
    label,
    hint,
    value: text,
    error: err(dotted(path)),
    optional,
    onValue: (typed: string) => {
      setText(typed);
      set(path, parse(typed));
    },
  };
  return separator === '\n' ? html`<${TextArea} ...${props} rows=${4} />` : html`<${TextField} ...${props} spellcheck=${false} />`;
};
