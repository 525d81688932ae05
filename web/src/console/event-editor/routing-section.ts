/**
 * The press routing rules, in order (the first that matches takes the inquiry), with a box that tries them as the
 * server will: the very routing function the API uses, run on the draft.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { INQUIRY_TOPICS, type InquiryTopic } from '../../../../shared/domain/event-config.ts';
import { routeInquiry } from '../../../../shared/domain/press/route-inquiry.ts';
import { LANGUAGES, type Language } from '../../../../shared/domain/primitives.ts';
import { SelectField, TextField } from '../../components/form-fields.ts';
import { fieldId } from '../../forms/field-errors.ts';
import { LANGUAGE_NAMES } from '../../i18n/i18n.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { listOf, removeAndFocus, type Draft, type SectionProps } from './draft.ts';
import { CheckboxGroup, ListTextField } from './editor-fields.ts';

type Rule = Draft['press']['rules'] extends (infer R)[] | undefined ? R : never;

const RoutingTest = ({ draft }: { draft: Draft }) => {
  const { t } = useLanguage();
  const [facts, setFacts] = useState<{ topic: InquiryTopic; language: Language; country: string }>({
    topic: 'interview_request',
    language: 'pt',
    country: 'BR',
  });
  const routed = routeInquiry(
    { rules: draft.press.rules ?? [], defaultContact: draft.press.defaultContact },
    { topic: facts.topic, language: facts.language, ...(facts.country ? { country: facts.country.trim().toUpperCase() } : {}) },
  );
  const contact = draft.contacts.find((c) => c.id === routed.contactId);
  return html`
    <fieldset class="routing-test">
      <legend>${t('editor.testRouting')}</legend>
      <div class="field-row">
        <${SelectField}
          path="test.topic"
          label=${t('editor.testTopic')}
          value=${facts.topic}
          options=${INQUIRY_TOPICS.map((v) => ({ value: v, label: t(`topic.${v}`) }))}
          onValue=${(v: string) => setFacts({ ...facts, topic: v as InquiryTopic })}
        />
        <${SelectField}
          path="test.language"
          label=${t('editor.testLanguage')}
          value=${facts.language}
          options=${LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
          onValue=${(v: string) => setFacts({ ...facts, language: v as Language })}
        />
        <${TextField}
          path="test.country"
          label=${t('editor.testCountry')}
          value=${facts.country}
          optional
          spellcheck=${false}
          onValue=${(v: string) => setFacts({ ...facts, country: v })}
        />
      </div>
      <p role="status" data-testid="routing-result">
        ${t('editor.routedTo', { contact: contact ? contact.name || contact.id : routed.contactId || '?' })}
        ${' '}${routed.ruleId ? t('editor.routedBy', { rule: routed.ruleId }) : t('editor.routedDefault')}
      </p>
    </fieldset>
  `;
};

export const RoutingSection = ({ draft, set, err }: SectionProps) => {
  const { t } = useLanguage();
  const rules = draft.press.rules ?? [];
  const nameOf = (i: number) => rules[i]!.id || t('editor.ruleN', { n: i + 1 });
  const move = (i: number, by: -1 | 1) => {
    const next = [...rules];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    set(['press', 'rules'], next);
    // Keep the keyboard on the moved rule: the same button, or the other one once it reaches the end.
    setTimeout(() => {
      const [same, other] = by < 0 ? ['up', 'down'] : ['down', 'up'];
      const button = document.getElementById(`rule-${i + by}-${same}`) as HTMLButtonElement | null;
      (button?.disabled ? document.getElementById(`rule-${i + by}-${other}`) : button)?.focus();
    });
  };
  const add = () => {
    const rule: Rule = { id: '', when: {}, contact: draft.press.defaultContact };
    set(['press', 'rules'], [...rules, rule]);
    setTimeout(() => document.getElementById(fieldId(`press.rules.${rules.length}.id`))?.focus());
  };
  return html`
    <section aria-labelledby="editor-routing">
      <h2 id="editor-routing">${t('editor.rules')}</h2>
      <p class="hint">${t('editor.rulesHint')}</p>
      <ol class="editor-list">
        ${rules.map(
          (r, i) => html`
            <li key=${`${i}-${r.id}`}>
              <fieldset>
                <legend>${t('editor.ruleN', { n: i + 1 })}: ${nameOf(i)}</legend>
                <${TextField}
                  path=${`press.rules.${i}.id`}
                  label=${t('editor.ruleId')}
                  value=${r.id}
                  error=${err(`press.rules.${i}.id`)}
                  spellcheck=${false}
                  onValue=${(v: string) => set(['press', 'rules', i, 'id'], v)}
                />
                <${CheckboxGroup}
                  path=${['press', 'rules', i, 'when', 'topics']}
                  legend=${t('editor.ruleTopics')}
                  options=${INQUIRY_TOPICS.map((v) => ({ value: v, label: t(`topic.${v}`) }))}
                  values=${r.when.topics}
                  emptyAs=${undefined}
                  set=${set}
                  err=${err}
                />
                <${CheckboxGroup}
                  path=${['press', 'rules', i, 'when', 'languages']}
                  legend=${t('editor.ruleLanguages')}
                  options=${LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l], lang: l }))}
                  values=${r.when.languages}
                  emptyAs=${undefined}
                  set=${set}
                  err=${err}
                />
                <${ListTextField}
                  path=${['press', 'rules', i, 'when', 'countries']}
                  label=${t('editor.ruleCountries')}
                  hint=${t('editor.ruleCountriesHint')}
                  values=${r.when.countries}
                  parse=${(text: string) => listOf(text.toUpperCase())}
                  separator=", "
                  optional
                  set=${set}
                  err=${err}
                />
                <${SelectField}
                  path=${`press.rules.${i}.contact`}
                  label=${t('editor.ruleContact')}
                  value=${r.contact}
                  error=${err(`press.rules.${i}.contact`)}
                  placeholder=""
                  options=${draft.contacts.filter((c) => c.id).map((c) => ({ value: c.id, label: c.name || c.id }))}
                  onValue=${(v: string) => set(['press', 'rules', i, 'contact'], v)}
                />
                <div class="button-row">
                  <button type="button" id=${`rule-${i}-up`} class="button button--secondary button--small" disabled=${i === 0} onClick=${() => move(i, -1)}>
                    ${t('editor.moveUp', { name: nameOf(i) })}
                  </button>
                  <button
                    type="button"
                    id=${`rule-${i}-down`}
                    class="button button--secondary button--small"
                    disabled=${i === rules.length - 1}
                    onClick=${() => move(i, 1)}
                  >
                    ${t('editor.moveDown', { name: nameOf(i) })}
                  </button>
                  <button type="button" class="button button--secondary button--small" onClick=${() => removeAndFocus(set, ['press', 'rules'], rules, i, 'add-rule')}>
                    ${t('editor.remove', { name: nameOf(i) })}
                  </button>
                </div>
              </fieldset>
            </li>
          `,
        )}
      </ol>
      <button type="button" id="add-rule" class="button button--secondary" onClick=${add}>${t('editor.addRule')}</button>
      <${RoutingTest} draft=${draft} />
    </section>
  `;
};
