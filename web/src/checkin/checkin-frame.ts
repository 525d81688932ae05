/**
 * The frame of the check-in pages: a short navigation (events, sign out) and the guard: signed-out users go to the
 * console's sign-in and come back here; users in neither `checkin` nor `secretariat` are told this app is not theirs.
 */
import { html } from 'htm/preact';
import type { ComponentChildren, VNode } from 'preact';
import { useEffect } from 'preact/hooks';
import { Notice } from '../components/notice.ts';
import { usePageTitle } from '../components/page-title.ts';
import { SiteLayout } from '../components/site-layout.ts';
import { currentSession, type Session } from '../console/auth/session.ts';
import { signOut } from '../console/sign-out.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { navigate } from '../router/router.ts';

export const canCheckIn = (session: Session): boolean => session.groups.includes('checkin') || session.groups.includes('secretariat');

export const signInHref = (): string => `/console/sign-in?returnTo=${encodeURIComponent(window.location.pathname + window.location.search)}`;

const CheckInNav = ({ session }: { session: Session | undefined }) => {
  const { t } = useLanguage();
  return html`
    <nav class="console-nav" aria-label=${t('checkin.nav')}>
      <ul>
        <li><a href="/checkin">${t('checkin.events')}</a></li>
        ${
          session
            ? html`<li><span class="visually-hidden">${t('console.signedInAs', { email: session.email })}</span>
              <button type="button" onClick=${() => void signOut()}>${t('console.signOut')}</button></li>`
            : null
        }
      </ul>
    </nav>
  `;
};

export const CheckInFrame = ({
  title,
  children,
  withoutSession,
}: {
  title: string;
  children: (session: Session | undefined) => ComponentChildren;
  /** What to show a signed-out user instead of sending them to sign in (the event page, working offline). */
  withoutSession?: boolean;
}): VNode => {
  const { t } = useLanguage();
  const session = currentSession();
  const mustSignIn = !session && !withoutSession;
  useEffect(() => {
    if (mustSignIn) navigate(signInHref(), { replace: true });
  }, [mustSignIn]);
  const allowed = session ? canCheckIn(session) : !mustSignIn;
  usePageTitle(allowed ? title : t('console.signIn'));
  return html`
    <${SiteLayout} nav=${html`<${CheckInNav} session=${session} />`}>
      ${mustSignIn ? html`<h1 tabindex="-1">${t('console.signIn')}</h1>` : null}
      ${
        session && !allowed
          ? html`<h1 tabindex="-1">${title}</h1>
            <${Notice} kind="warning">${t('checkin.forbidden')}<//>`
          : null
      }
      ${allowed ? children(session) : null}
    <//>
  `;
};
