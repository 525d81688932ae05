/** What a page shows while it loads, and when loading failed. */
import { html } from 'htm/preact';
import type { ApiProblem } from '../api/http-client.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { problemMessage } from '../forms/problem-message.ts';
import { Notice } from './notice.ts';

export const Loading = () => {
  const { t } = useLanguage();
  return html`<p role="status" class="muted">${t('site.loading')}</p>`;
};

export const LoadFailed = ({ problem }: { problem: ApiProblem | Error }) => {
  const { t } = useLanguage();
  return html`<${Notice} kind="error" live>${problemMessage(problem, t)}<//>`;
};
