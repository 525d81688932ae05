/** After registering: the reference and status, and the way back to the registration (the manage link). */
import { html } from 'htm/preact';
import type { Registered } from '../api/responses.ts';
import { Notice } from '../components/notice.ts';
import { usePageTitle } from '../components/page-title.ts';
import { StatusBadge } from '../components/status-badge.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useLanguage } from '../i18n/language-context.ts';

/** The manage link as a path on this site, so following it keeps the app loaded. */
const sitePath = (url: string) => {
  const parsed = new URL(url, window.location.origin);
  return parsed.origin === window.location.origin ? parsed.pathname + parsed.search + parsed.hash : url;
};

export const RegistrationReceivedPage = ({ eventId, state }: { eventId: string; state: unknown }) => {
  const { t } = useLanguage();
  const receipt = (state as { receipt?: Registered } | null)?.receipt;
  usePageTitle(t('received.title'));
  if (!receipt) {
    return html`
      <h1 tabindex="-1">${t('received.title')}</h1>
      <p>${t('received.missing')}</p>
      <p class="back-link"><a href=${`/events/${encodeURIComponent(eventId)}`}>${t('site.backToEvent')}</a></p>
    `;
  }
  const explanation = `received.${receipt.status}` as MessageKey;
  return html`
    <h1 tabindex="-1">${t('received.title')}</h1>
    <${Notice} kind="success">
      <p>${t('received.reference')}</p>
      <p class="reference" data-testid="reference">${receipt.reference}</p>
      <p>${t('received.status')}: <${StatusBadge} code=${receipt.status} label=${t(`status.${receipt.status}` as MessageKey)} /></p>
    <//>
    <p>${t(explanation)}</p>
    <div class="actions">
      <a class="button" href=${sitePath(receipt.manageUrl)}>${t('received.manage')}</a>
      <a href=${`/events/${encodeURIComponent(eventId)}`}>${t('site.backToEvent')}</a>
    </div>
  `;
};
