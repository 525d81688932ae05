/** The press contacts (who answers journalists) and the default one, who takes an inquiry no rule routes. */
import { html } from 'htm/preact';
import { Checkbox, SelectField, TextField } from '../../components/form-fields.ts';
import { fieldId } from '../../forms/field-errors.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { removeAndFocus, type Draft, type SectionProps } from './draft.ts';
import { LocalizedFields, NumberField } from './editor-fields.ts';

type Contact = Draft['contacts'][number];

const emptyContact = (): Contact => ({ id: '', name: '', role: {}, organisation: '', phone: '', email: '', responseTargetHours: 24, public: true });

export const ContactsSection = ({ draft, set, err }: SectionProps) => {
  const { t } = useLanguage();
  const list = draft.contacts;
  const nameOf = (i: number) => list[i]!.name || list[i]!.id || t('editor.contactN', { n: i + 1 });
  const add = () => {
    set(['contacts'], [...list, emptyContact()]);
    setTimeout(() => document.getElementById(fieldId(`contacts.${list.length}.id`))?.focus());
  };
  const text = (i: number, name: 'id' | 'name' | 'organisation' | 'phone' | 'email', label: string, type = 'text') => html`
    <${TextField}
      path=${`contacts.${i}.${name}`}
      label=${label}
      type=${type}
      value=${list[i]![name]}
      error=${err(`contacts.${i}.${name}`)}
      spellcheck=${name === 'name' || name === 'organisation'}
      onValue=${(v: string) => set(['contacts', i, name], v)}
    />
  `;
  return html`
    <section aria-labelledby="editor-contacts">
      <h2 id="editor-contacts">${t('editor.contacts')}</h2>
      <ol class="editor-list">
        ${list.map(
          (c, i) => html`
            <li key=${i}>
              <fieldset>
                <legend>${t('editor.contactN', { n: i + 1 })}: ${nameOf(i)}</legend>
                <div class="field-row">${text(i, 'id', t('editor.contactId'))} ${text(i, 'name', t('editor.contactName'))}</div>
                <${LocalizedFields} path=${['contacts', i, 'role']} labelKey="editor.roleIn" languages=${draft.languages} values=${c.role} set=${set} err=${err} />
                ${text(i, 'organisation', t('editor.organisation'))}
                <div class="field-row">${text(i, 'phone', t('editor.phone'), 'tel')} ${text(i, 'email', t('editor.email'), 'email')}</div>
                <${NumberField} path=${['contacts', i, 'responseTargetHours']} label=${t('editor.responseHours')} value=${c.responseTargetHours} set=${set} err=${err} />
                <${Checkbox}
                  path=${`contacts.${i}.public`}
                  label=${t('editor.contactPublic')}
                  checked=${c.public ?? true}
                  onChecked=${(v: boolean) => set(['contacts', i, 'public'], v)}
                />
                <button type="button" class="button button--secondary" onClick=${() => removeAndFocus(set, ['contacts'], list, i, 'add-contact')}>
                  ${t('editor.remove', { name: nameOf(i) })}
                </button>
              </fieldset>
            </li>
          `,
        )}
      </ol>
      <button type="button" id="add-contact" class="button button--secondary" onClick=${add}>${t('editor.addContact')}</button>
      <${SelectField}
        path="press.defaultContact"
        label=${t('editor.defaultContact')}
        value=${draft.press.defaultContact}
        error=${err('press.defaultContact')}
        placeholder=""
        options=${list.filter((c) => c.id).map((c) => ({ value: c.id, label: c.name || c.id }))}
        onValue=${(v: string) => set(['press', 'defaultContact'], v)}
      />
    </section>
  `;
};
