/**
 * The line the door always shows: online or not, and how many scans wait to be sent; when the sign-in has expired,
 * the way to a fresh one (the waiting scans stay on the device meanwhile).
 */
import { html } from 'htm/preact';
import { useLanguage } from '../i18n/language-context.ts';
import type { SyncStop } from './sync-queue.ts';

export const ConnectionStatus = ({
  online,
  waiting,
  syncStop,
  signInHref,
}: {
  online: boolean;
  waiting: number;
  syncStop: SyncStop | 'syncing';
  signInHref: string;
}) => {
  const { t } = useLanguage();
  const reachable = online && syncStop !== 'offline';
  return html`
    <div class=${`connection connection--${reachable ? 'online' : 'offline'}`} data-testid="connection" role="status">
      <p>
        <span class="connection__dot" aria-hidden="true">${reachable ? '●' : '○'}</span>
        <strong data-testid="connection-state">${reachable ? t('checkin.online') : t('checkin.offline')}</strong>
        <span> · </span>
        <span data-testid="waiting" data-count=${waiting}>${waiting === 0 ? t('checkin.waitingNone') : t('checkin.waiting', { count: waiting })}</span>
      </p>
      ${!reachable && waiting > 0 ? html`<p class="connection__hint">${t('checkin.offlineHint')}</p>` : null}
      ${
        syncStop === 'sign-in'
          ? html`<p class="connection__hint">
              ${t('checkin.signInToSend')} <a class="button button--small" href=${signInHref}>${t('checkin.signInAgain')}</a>
            </p>`
          : null
      }
    </div>
  `;
};
