/**
 * The list of problems above a form. It takes focus when it appears (so keyboard and screen-reader users
 * land on it), and each entry links to its control.
 */
import { html } from 'htm/preact';
import { useEffect, useRef } from 'preact/hooks';
import { fieldId, type FieldErrors } from '../forms/field-errors.ts';
import { useLanguage } from '../i18n/language-context.ts';

export const ErrorSummary = ({
  errors,
  general,
  labels,
  attempt,
}: {
  errors: FieldErrors;
  /** A problem that is not about one field. */
  general?: string | undefined;
  /** The visible label of each path, in the order of the form, so an entry reads "Email address: Enter an email address…". */
  labels: Record<string, string>;
  /** Bumped on every submit, so the summary takes focus again after each failed attempt. */
  attempt: number;
}) => {
  const { t } = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  // In the order of the form (the order of `labels`), then anything else the API named.
  const order = Object.keys(labels);
  const rank = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
  const paths = Object.keys(errors).sort((a, b) => rank(a) - rank(b));
  const shown = paths.length > 0 || Boolean(general);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [attempt, shown]);
  if (!shown) return null;
  const jump = (path: string) => (event: Event) => {
    const target = document.getElementById(fieldId(path));
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };
  return html`
    <div class="error-summary" ref=${ref} tabindex="-1" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${t('form.errorSummary')}</h2>
      ${general ? html`<p>${general}</p>` : null}
      ${
        paths.length
          ? html`<ul>
            ${paths.map(
              (path) =>
                html`<li><a href=${`#${fieldId(path)}`} onClick=${jump(path)}>${labels[path] ? `${labels[path]}: ` : ''}${errors[path]}</a></li>`,
            )}
          </ul>`
          : null
      }
    </div>
  `;
};
