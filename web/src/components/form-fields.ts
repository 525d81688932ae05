/**
 * Labelled form controls. Each ties its hint and its error to the control (`aria-describedby`), marks a
 * bad value with `aria-invalid`, and takes its id from the API path it fills, so the error summary and the
 * server's `errors[].path` point at the same control.
 */
import { html } from 'htm/preact';
import type { ComponentChildren } from 'preact';
import { fieldId } from '../forms/field-errors.ts';
import { useLanguage } from '../i18n/language-context.ts';

interface Common {
  path: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

const Label = ({ id, label, optional }: { id: string; label: string; optional?: boolean | undefined }) => {
  const { t } = useLanguage();
  return html`<label for=${id}>${label}${optional ? html` <span class="optional">${t('form.optional')}</span>` : null}</label>`;
};

const HintAndError = ({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) => html`
  ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : null}
  ${error ? html`<span class="field-error" id=${`${id}-error`}><span class="visually-hidden">Error: </span>${error}</span>` : null}
`;

/** The frame every control shares: its label, hint and error around it. */
const Field = ({ id, label, hint, error, optional, children }: Omit<Common, 'path'> & { id: string; children: ComponentChildren }) => html`
  <div class=${`field${error ? ' field--error' : ''}`}>
    <${Label} id=${id} label=${label} optional=${optional} />
    <${HintAndError} id=${id} hint=${hint} error=${error} />
    ${children}
  </div>
`;

/** The attributes every control shares: id and name from the API path, required, and its error wiring. */
const controlAttributes = (id: string, { path, hint, error, optional }: Common) => ({
  id,
  name: path,
  required: !optional,
  'aria-invalid': error ? 'true' : undefined,
  'aria-describedby': describedBy(id, hint, error),
});

export const TextField = ({
  path,
  label,
  hint,
  error,
  optional,
  value,
  onValue,
  type = 'text',
  autocomplete,
  inputMode,
  spellcheck,
}: Common & {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'datetime-local' | 'date' | 'time';
  autocomplete?: string;
  inputMode?: string;
  spellcheck?: boolean;
}) => {
  const id = fieldId(path);
  return html`
    <${Field} id=${id} label=${label} hint=${hint} error=${error} optional=${optional}>
      <input
        ...${controlAttributes(id, { path, label, hint, error, optional })}
        type=${type}
        value=${value}
        autocomplete=${autocomplete}
        inputmode=${inputMode}
        spellcheck=${spellcheck}
        aria-required=${optional ? undefined : 'true'}
        onInput=${(e: Event) => onValue((e.currentTarget as HTMLInputElement).value)}
      />
    <//>
  `;
};

export const TextArea = ({
  path,
  label,
  hint,
  error,
  optional,
  value,
  onValue,
  rows = 5,
}: Common & { value: string; onValue: (value: string) => void; rows?: number }) => {
  const id = fieldId(path);
  return html`
    <${Field} id=${id} label=${label} hint=${hint} error=${error} optional=${optional}>
      <textarea
        ...${controlAttributes(id, { path, label, hint, error, optional })}
        rows=${rows}
        value=${value}
        onInput=${(e: Event) => onValue((e.currentTarget as HTMLTextAreaElement).value)}
      ></textarea>
    <//>
  `;
};

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

export const SelectField = ({
  path,
  label,
  hint,
  error,
  optional,
  value,
  onValue,
  placeholder,
  options = [],
  groups,
}: Common & {
  value: string;
  onValue: (value: string) => void;
  placeholder?: string;
  options?: Option[];
  groups?: { label: string; options: Option[] }[];
}) => {
  const id = fieldId(path);
  const renderOption = (o: Option) => html`<option value=${o.value} lang=${o.lang}>${o.label}</option>`;
  return html`
    <${Field} id=${id} label=${label} hint=${hint} error=${error} optional=${optional}>
      <select
        ...${controlAttributes(id, { path, label, hint, error, optional })}
        value=${value}
        onChange=${(e: Event) => onValue((e.currentTarget as HTMLSelectElement).value)}
      >
        ${placeholder !== undefined ? html`<option value="">${placeholder}</option>` : null}
        ${options.map(renderOption)}
        ${groups?.map((g) => html`<optgroup label=${g.label}>${g.options.map(renderOption)}</optgroup>`)}
      </select>
    <//>
  `;
};

export const RadioGroup = ({
  path,
  label,
  hint,
  error,
  value,
  onValue,
  options,
}: Common & { value: string; onValue: (value: string) => void; options: Option[] }) => {
  const id = fieldId(path);
  return html`
    <fieldset class=${`field${error ? ' field--error' : ''}`} aria-describedby=${describedBy(id, hint, error)}>
      <legend class="field-label">${label}</legend>
      <${HintAndError} id=${id} hint=${hint} error=${error} />
      ${options.map(
        (o, i) => html`
          <div class="choice">
            <input
              type="radio"
              id=${i === 0 ? id : `${id}-${o.value}`}
              name=${path}
              value=${o.value}
              checked=${value === o.value}
              aria-invalid=${error ? 'true' : undefined}
              onChange=${() => onValue(o.value)}
            />
            <label for=${i === 0 ? id : `${id}-${o.value}`}>${o.label}</label>
          </div>
        `,
      )}
    </fieldset>
  `;
};

export const Checkbox = ({ path, label, error, checked, onChecked }: Common & { checked: boolean; onChecked: (checked: boolean) => void }) => {
  const id = fieldId(path);
  return html`
    <div class=${`field${error ? ' field--error' : ''}`}>
      <${HintAndError} id=${id} error=${error} />
      <div class="choice">
        <input
          type="checkbox"
          id=${id}
          name=${path}
          checked=${checked}
          aria-invalid=${error ? 'true' : undefined}
          aria-describedby=${describedBy(id, undefined, error)}
          onChange=${(e: Event) => onChecked((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for=${id}>${label}</label>
      </div>
    </div>
  `;
};

export const Fieldset = ({ legend, children }: { legend: string; children: ComponentChildren }) =>
  html`<fieldset><legend>${legend}</legend>${children}</fieldset>`;
