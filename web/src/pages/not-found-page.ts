import { html } from 'htm/preact';
import { usePageTitle } from '../components/page-title.ts';
import { useLanguage } from '../i18n/language-context.ts';

export const NotFoundPage = () => {
  const { t } = useLanguage();
  usePageTitle(t('site.notFound'));
  return html`
    <h1 tabindex="-1">${t('site.notFound')}</h1>
    <p>${t('site.notFoundBody')}</p>
    <p><a href="/">${t('site.home')}</a></p>
  `;
};
