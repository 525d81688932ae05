/** `/console/callback`: where the Cognito hosted UI sends the user back with an authorization code. */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../../components/notice.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { SiteLayout } from '../../components/site-layout.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { navigate, useLocation } from '../../router/router.ts';
import { finishCognitoSignIn } from '../auth/cognito-pkce.ts';
import { saveSession } from '../auth/session.ts';
import { runtimeConfig } from '../runtime-config.ts';
import { safeReturnTo } from '../auth/return-to.ts';

export const CognitoCallbackPage = () => {
  const { t } = useLanguage();
  const { query } = useLocation();
  const [failed, setFailed] = useState(false);
  usePageTitle(t('console.signIn'));
  useEffect(() => {
    (async () => {
      const { auth } = await runtimeConfig();
      if (auth.kind !== 'cognito') throw new Error('not configured for Cognito');
      const { idToken, returnTo } = await finishCognitoSignIn(auth, query);
      if (!saveSession(idToken)) throw new Error('unreadable token');
      navigate(safeReturnTo(returnTo), { replace: true });
    })().catch(() => setFailed(true));
    // The code can be exchanged once only: run on arrival, never again.
  }, []);
  return html`
    <${SiteLayout}>
      <h1 tabindex="-1">${t('console.signIn')}</h1>
      ${
        failed
          ? html`<${Notice} kind="error" live>${t('console.signInFailed')}<//><p><a href="/console/sign-in">${t('console.signIn')}</a></p>`
          : html`<p role="status">${t('console.signingIn')}</p>`
      }
    <//>
  `;
};
