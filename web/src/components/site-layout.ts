/** The frame of every page: skip link, header with the language switch, the main landmark, footer. */
import { html } from 'htm/preact';
import type { ComponentChildren } from 'preact';
import { useLanguage } from '../i18n/language-context.ts';
import { LanguageSwitch } from './language-switch.ts';

export const SiteLayout = ({ children, nav }: { children: ComponentChildren; nav?: ComponentChildren }) => {
  const { t } = useLanguage();
  return html`
    <a class="skip-link" href="#main">${t('site.skip')}</a>
    <header class="site-header">
      <div class="site-header__inner">
        <a class="brand" href="/">${t('site.name')}<small>${t('site.tagline')}</small></a>
        <${LanguageSwitch} />
      </div>
    </header>
    ${nav}
    <main id="main" class="site-main" tabindex="-1">${children}</main>
    <footer class="site-footer">
      <div class="site-footer__inner">
        <span>${t('site.footer')}</span>
        <a href="/console">${t('site.console')}</a>
      </div>
    </footer>
  `;
};
