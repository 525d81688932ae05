/**
 * The frame of every console page: the console's navigation (only the parts the user may open), and the
 * guard that sends a signed-out user to the sign-in page and tells a press officer or door staff (the `checkin`
 * group) when a page is not theirs.
 */
import { html } from 'htm/preact';
import type { ComponentChildren, VNode } from 'preact';
import { useEffect } from 'preact/hooks';
import { ApiProblem } from '../api/http-client.ts';
import { Notice } from '../components/notice.ts';
import { usePageTitle } from '../components/page-title.ts';
import { SiteLayout } from '../components/site-layout.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { navigate, useLocation } from '../router/router.ts';
import { canManageColleagues, canSeeInquiries, canSeeRegistrations, clearSession, currentSession, type Session } from './auth/session.ts';
import { signOut } from './sign-out.ts';

const ConsoleNav = ({ eventId, session }: { eventId?: string | undefined; session: Session | undefined }) => {
  const { t } = useLanguage();
  const { path } = useLocation();
  const link = (href: string, label: string) => html`<li><a href=${href} aria-current=${path === href ? 'page' : undefined}>${label}</a></li>`;
  const base = eventId ? `/console/events/${encodeURIComponent(eventId)}` : undefined;
  return html`
    <nav class="console-nav" aria-label=${t('console.nav')}>
      <ul>
        <li><a href="/console" aria-current=${path === '/console' ? 'page' : undefined}>${t('console.title')}</a></li>
        ${base && session && canSeeRegistrations(session) ? link(base, t('console.dashboard')) : null}
        ${base && session && canSeeRegistrations(session) ? link(`${base}/registrations`, t('console.registrations')) : null}
        ${base && session && canSeeRegistrations(session) ? link(`${base}/participants`, t('participants.title')) : null}
        ${base && session && canSeeRegistrations(session) ? link(`${base}/delegations`, t('delegations.title')) : null}
        ${base && session && canSeeInquiries(session) ? link(`${base}/inquiries`, t('console.inquiries')) : null}
        ${base && session && canSeeRegistrations(session) ? link(`${base}/emails`, t('console.emails')) : null}
        ${session && canManageColleagues(session) ? link('/console/colleagues', t('console.colleagues')) : null}
        ${
          session
            ? html`<li><span class="visually-hidden">${t('console.signedInAs', { email: session.email })}</span>
              <button type="button" onClick=${() => signOut()}>${t('console.signOut')}</button></li>`
            : null
        }
      </ul>
    </nav>
  `;
};

/** Sends the user back to sign in when the API says the token is no longer good; true when it did. */
export const signInAgainIfExpired = (error: unknown): boolean => {
  if (!(error instanceof ApiProblem) || error.status !== 401) return false;
  clearSession();
  navigate(`/console/sign-in?expired=1&returnTo=${encodeURIComponent(window.location.pathname + window.location.search)}`, { replace: true });
  return true;
};

export const ConsoleFrame = ({
  eventId,
  needs = 'inquiries',
  title,
  children,
}: {
  eventId?: string | undefined;
  /**
   * The part of the console this page belongs to: `registrations` the secretariat's, `inquiries` also press officers',
   * `signedIn` anyone's (the list of events). Door staff (`checkin` alone) open no secretariat or press page.
   */
  needs?: 'registrations' | 'inquiries' | 'signedIn';
  title: string;
  children: (session: Session) => ComponentChildren;
}): VNode => {
  const { t } = useLanguage();
  const session = currentSession();
  const signedIn = session !== undefined;
  useEffect(() => {
    // Read the address now, once: this page is about to be replaced by the sign-in page.
    if (!signedIn) navigate(`/console/sign-in?returnTo=${encodeURIComponent(window.location.pathname + window.location.search)}`, { replace: true });
  }, [signedIn]);
  const allowed = session && (needs === 'signedIn' || (needs === 'inquiries' ? canSeeInquiries(session) : canSeeRegistrations(session)));
  usePageTitle(allowed ? title : t('console.signIn'));
  return html`
    <${SiteLayout} nav=${html`<${ConsoleNav} eventId=${eventId} session=${session} />`}>
      ${!session ? html`<h1 tabindex="-1">${t('console.signIn')}</h1>` : null}
      ${
        session && !allowed
          ? html`<h1 tabindex="-1">${title}</h1>
            <${Notice} kind="warning">${t('console.forbidden')}<//>`
          : null
      }
      ${session && allowed ? children(session) : null}
    <//>
  `;
};
