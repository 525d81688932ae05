/**
 * "Erase personal data" in the console (a registration's page, an inquiry's card): a disclosure holding a required
 * reason, what the erasure does, and the button. Used on a request that reached the secretariat or the press office
 * another way (docs/privacy.md); the reason is kept in the history.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { AdminErasureBody } from '../../../shared/domain/personal-data/requests.ts';
import { TextArea } from '../components/form-fields.ts';
import { fieldId } from '../forms/field-errors.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useLanguage } from '../i18n/language-context.ts';

export const ErasePersonalData = ({
  path,
  what,
  subject,
  onErase,
}: {
  /** The reason field's path (unique on the page). */
  path: string;
  /** What the erasure does, in words for this kind of record. */
  what: MessageKey;
  /** Read by screen readers after the summary, so several cards' buttons are told apart. */
  subject?: string;
  onErase: (reason: string) => Promise<void>;
}) => {
  const { t } = useLanguage();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  return html`
    <details class="erase-personal-data">
      <summary>${t('erase.summary')}${subject ? html`<span class="visually-hidden"> ${subject}</span>` : null}</summary>
      <form
        novalidate
        onSubmit=${async (e: Event) => {
          e.preventDefault();
          if (!AdminErasureBody.safeParse({ reason }).success) {
            setError(t('validation.required'));
            document.getElementById(fieldId(path))?.focus();
            return;
          }
          setError(undefined);
          setBusy(true);
          await onErase(reason);
          setBusy(false);
        }}
      >
        <p>${t(what)}</p>
        <${TextArea} path=${path} label=${t('erase.reason')} hint=${t('erase.reasonHint')} rows=${2} error=${error} value=${reason} onValue=${setReason} />
        <button class="button button--danger" type="submit" disabled=${busy}>
          ${t('erase.confirm')}${subject ? html`<span class="visually-hidden"> ${subject}</span>` : null}
        </button>
      </form>
    </details>
  `;
};
