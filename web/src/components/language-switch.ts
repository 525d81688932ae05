/** Four buttons, each language named in itself and marked with its own `lang`, the current one `aria-current`. */
import { html } from 'htm/preact';
import { LANGUAGES } from '../../../shared/domain/primitives.ts';
import { LANGUAGE_NAMES } from '../i18n/i18n.ts';
import { useLanguage } from '../i18n/language-context.ts';

export const LanguageSwitch = () => {
  const { language, choose, t } = useLanguage();
  return html`
    <nav aria-label=${t('site.language')}>
      <ul class="language-switch">
        ${LANGUAGES.map(
          (code) => html`
            <li>
              <button type="button" lang=${code} aria-current=${code === language ? 'true' : 'false'} onClick=${() => choose(code)}>
                ${LANGUAGE_NAMES[code]}
              </button>
            </li>
          `,
        )}
      </ul>
    </nav>
  `;
};
