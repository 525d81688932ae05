/**
 * How long participants' personal data is kept (retention.personalDataDays, docs/privacy.md): the days after the
 * event's last day, shown as the default (90) when the event does not set it, and the date that makes.
 */
import { html } from 'htm/preact';
import { DEFAULT_PERSONAL_DATA_DAYS, erasureDateOf } from '../../../../shared/domain/personal-data/retention-rules.ts';
import { formatDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import type { SectionProps } from './draft.ts';
import { NumberField } from './editor-fields.ts';

export const PrivacySection = ({ draft, set, err }: SectionProps) => {
  const { t, language } = useLanguage();
  const days = draft.retention?.personalDataDays ?? DEFAULT_PERSONAL_DATA_DAYS;
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(draft.endDate) && Number.isInteger(days) && days > 0;
  return html`
    <section aria-labelledby="editor-privacy">
      <h2 id="editor-privacy">${t('editor.privacy')}</h2>
      <${NumberField}
        path=${['retention', 'personalDataDays']}
        label=${t('editor.personalDataDays')}
        hint=${t('editor.personalDataDaysHint')}
        value=${days}
        set=${set}
        err=${err}
      />
      ${
        dated
          ? html`<p class="hint" data-testid="erasure-date">
            ${t('editor.personalDataErasesOn', { date: formatDay(erasureDateOf({ endDate: draft.endDate, retention: { personalDataDays: days } }), language) })}
          </p>`
          : null
      }
    </section>
  `;
};
