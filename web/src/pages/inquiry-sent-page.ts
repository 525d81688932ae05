/** After a press inquiry: the reference to quote. */
import { html } from 'htm/preact';
import type { InquiryAccepted } from '../api/responses.ts';
import { Notice } from '../components/notice.ts';
import { usePageTitle } from '../components/page-title.ts';
import { useLanguage } from '../i18n/language-context.ts';

export const InquirySentPage = ({ eventId, state }: { eventId: string; state: unknown }) => {
  const { t } = useLanguage();
  const receipt = (state as { receipt?: InquiryAccepted } | null)?.receipt;
  usePageTitle(t('press.sentTitle'));
  return html`
    <h1 tabindex="-1">${t('press.sentTitle')}</h1>
    ${
      receipt
        ? html`<${Notice} kind="success">
            <p>${t('press.reference')}</p>
            <p class="reference" data-testid="reference">${receipt.reference}</p>
          <//>
          <p>${t('press.sentBody')}</p>`
        : html`<p>${t('received.missing')}</p>`
    }
    <p class="back-link"><a href=${`/events/${encodeURIComponent(eventId)}`}>${t('site.backToEvent')}</a></p>
  `;
};
