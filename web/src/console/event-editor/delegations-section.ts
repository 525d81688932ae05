/**
 * The delegations: add, remove, code and kind, names per language, and a quota of their own overriding their kind's.
 * The names fold away (open where one has a problem): forty delegations stay one screen of codes and quotas.
 */
import { html } from 'htm/preact';
import { pickLocalized } from '../../../../shared/domain/primitives.ts';
import { SelectField, TextField } from '../../components/form-fields.ts';
import { fieldId } from '../../forms/field-errors.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { removeAndFocus, type SectionProps } from './draft.ts';
import { LocalizedFields, NumberField } from './editor-fields.ts';

export const DelegationsSection = ({ draft, set, err }: SectionProps) => {
  const { t, language } = useLanguage();
  const list = draft.delegations;
  const nameOf = (i: number) =>
    pickLocalized(list[i]!.names, language, draft.defaultLanguage) || list[i]!.code || t('editor.delegationN', { n: i + 1 });
  const remove = (i: number) => removeAndFocus(set, ['delegations'], list, i, 'add-delegation');
  const add = () => {
    set(['delegations'], [...list, { code: '', kind: 'member_state', names: {} }]);
    // The new delegation's code field takes focus once drawn.
    setTimeout(() => document.getElementById(fieldId(`delegations.${list.length}.code`))?.focus());
  };
  return html`
    <section aria-labelledby="editor-delegations">
      <h2 id="editor-delegations">${t('editor.delegations')}</h2>
      ${err('delegations') ? html`<p class="field-error" id=${fieldId('delegations')} tabindex="-1">${err('delegations')}</p>` : null}
      <ol class="editor-list">
        ${list.map(
          (d, i) => html`
            <li key=${i}>
              <fieldset>
                <legend>${t('editor.delegationN', { n: i + 1 })}: ${nameOf(i)}</legend>
                <div class="field-row">
                  <${TextField}
                    path=${`delegations.${i}.code`}
                    label=${t('editor.delegationCode')}
                    hint=${t('editor.delegationCodeHint')}
                    value=${d.code}
                    error=${err(`delegations.${i}.code`)}
                    spellcheck=${false}
                    onValue=${(v: string) => set(['delegations', i, 'code'], v)}
                  />
                  <${SelectField}
                    path=${`delegations.${i}.kind`}
                    label=${t('editor.delegationKind')}
                    value=${d.kind}
                    error=${err(`delegations.${i}.kind`)}
                    options=${[
                      { value: 'member_state', label: t('editor.kindMember') },
                      { value: 'observer', label: t('editor.kindObserver') },
                    ]}
                    onValue=${(v: string) => set(['delegations', i, 'kind'], v)}
                  />
                  <${NumberField}
                    path=${['delegations', i, 'quota']}
                    label=${t('editor.quotaOverride')}
                    hint=${t('editor.quotaOverrideHint')}
                    value=${d.quota}
                    optional
                    set=${set}
                    err=${err}
                  />
                </div>
                <details class="names" open=${draft.languages.some((l) => err(`delegations.${i}.names.${l}`))}>
                  <summary>${t('editor.names', { name: nameOf(i) })}</summary>
                  <${LocalizedFields}
                    path=${['delegations', i, 'names']}
                    labelKey="editor.nameIn"
                    languages=${draft.languages}
                    values=${d.names}
                    set=${set}
                    err=${err}
                  />
                </details>
                <button type="button" class="button button--secondary" onClick=${() => remove(i)}>${t('editor.remove', { name: nameOf(i) })}</button>
              </fieldset>
            </li>
          `,
        )}
      </ol>
      <button type="button" id="add-delegation" class="button button--secondary" onClick=${add}>${t('editor.addDelegation')}</button>
    </section>
  `;
};
