/**
 * `/console/sign-in`: on the local platform, every user of the local user list (the sample officers and whoever
 * the secretariat invited); in AWS, the Cognito hosted UI (PKCE).
 * Which one is decided by /config.json at run time, so the same build serves both.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { useResource } from '../../api/use-resource.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import { Notice } from '../../components/notice.ts';
import { usePageTitle } from '../../components/page-title.ts';
import { SiteLayout } from '../../components/site-layout.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { navigate, useLocation } from '../../router/router.ts';
import { startCognitoSignIn } from '../auth/cognito-pkce.ts';
import { listLocalUsers, signInLocally, type LocalUser } from '../auth/local-sign-in.ts';
import { safeReturnTo } from '../auth/return-to.ts';
import { saveSession } from '../auth/session.ts';
import { runtimeConfig } from '../runtime-config.ts';

export const SignInPage = () => {
  const { t } = useLanguage();
  const { query } = useLocation();
  const config = useResource(runtimeConfig, []);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('console.signIn'));
  const returnTo = safeReturnTo(query.get('returnTo'));

  const local = async (user: string) => {
    setBusy(true);
    try {
      if (!saveSession(await signInLocally(user))) throw new Error('unreadable token');
      navigate(returnTo, { replace: true });
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  const auth = config.data?.auth;
  return html`
    <${SiteLayout}>
      <h1 tabindex="-1">${t('console.signIn')}</h1>
      <p>${t('console.signInIntro')}</p>
      ${query.get('expired') ? html`<${Notice} kind="warning" live>${t('console.expired')}<//>` : null}
      ${failed ? html`<${Notice} kind="error" live>${t('console.signInFailed')}<//>` : null}
      ${
        auth?.kind === 'local'
          ? html`
            <p>${t('console.localUsers')}</p>
            <${LocalUsers} busy=${busy} onChoose=${local} />
          `
          : null
      }
      ${
        auth?.kind === 'cognito'
          ? html`<div class="actions">
            <button class="button" type="button" onClick=${() => startCognitoSignIn(auth, returnTo)}>${t('console.withAccount')}</button>
          </div>`
          : null
      }
    <//>
  `;
};

/** The sample officers keep their own button names; anyone invited is named by email. */
const buttonLabel = (user: LocalUser, t: ReturnType<typeof useLanguage>['t']) =>
  user.username === 'secretariat'
    ? t('console.asSecretariat')
    : user.username === 'press'
      ? t('console.asPress')
      : t('console.asUser', { email: user.email });

const LocalUsers = ({ busy, onChoose }: { busy: boolean; onChoose: (username: string) => void }) => {
  const { t } = useLanguage();
  const users = useResource(listLocalUsers, []);
  if (users.loading && !users.data) return html`<${Loading} />`;
  if (users.error) return html`<${LoadFailed} problem=${users.error} />`;
  return html`
    <ul class="local-users">
      ${(users.data ?? [])
        .filter((u) => u.enabled)
        .map(
          (u, i) => html`
            <li class="actions">
              <button class=${`button${i === 0 ? '' : ' button--secondary'}`} type="button" disabled=${busy} onClick=${() => onChoose(u.username)}>
                ${buttonLabel(u, t)}
              </button>
              <span class="muted">${u.email} · ${u.groups.map((g) => t(`colleagues.group.${g}`)).join(', ') || t('colleagues.noGroups')}</span>
            </li>
          `,
        )}
    </ul>
  `;
};
