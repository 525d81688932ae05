/** The route table of the web app: which page answers which path, inside which frame. */
import { html } from 'htm/preact';
import type { VNode } from 'preact';
import { SiteLayout } from './components/site-layout.ts';
import { LazyCheckIn } from './checkin/lazy-checkin.ts';
import { CognitoCallbackPage } from './console/pages/cognito-callback-page.ts';
import { ColleaguesPage } from './console/pages/colleagues-page.ts';
import { ConsoleHomePage } from './console/pages/console-home-page.ts';
import { DashboardPage } from './console/pages/dashboard-page.ts';
import { DelegationsPage } from './console/pages/delegations-page.ts';
import { EmailsPage } from './console/pages/emails-page.ts';
import { EventEditorPage } from './console/pages/event-editor-page.ts';
import { InquiriesPage } from './console/pages/inquiries-page.ts';
import { ParticipantsPage } from './console/pages/participants-page.ts';
import { RegistrationDetailPage } from './console/pages/registration-detail-page.ts';
import { RegistrationsPage } from './console/pages/registrations-page.ts';
import { SignInPage } from './console/pages/sign-in-page.ts';
import { LanguageContext, useLanguageState } from './i18n/language-context.ts';
import { EventListPage } from './pages/event-list-page.ts';
import { DelegationPage } from './pages/delegation-page.ts';
import { EventPage } from './pages/event-page.ts';
import { InquirySentPage } from './pages/inquiry-sent-page.ts';
import { PressInquiryPage } from './pages/press-inquiry-page.ts';
import { ManagePage } from './pages/manage-page.ts';
import { NotFoundPage } from './pages/not-found-page.ts';
import { RegisterPage } from './pages/register-page.ts';
import { RegistrationReceivedPage } from './pages/registration-received-page.ts';
import { matchPath, useLocation, type Location } from './router/router.ts';
import { useRouteFocus } from './router/use-route-focus.ts';

type Page = (params: Record<string, string>, location: Location) => VNode;

const PUBLIC_PAGES: [pattern: string, page: Page][] = [
  ['/', () => html`<${EventListPage} />`],
  ['/events/:eventId', (p) => html`<${EventPage} eventId=${p.eventId} />`],
  ['/events/:eventId/register', (p) => html`<${RegisterPage} eventId=${p.eventId} />`],
  ['/events/:eventId/press', (p) => html`<${PressInquiryPage} eventId=${p.eventId} />`],
  ['/events/:eventId/press/sent', (p, l) => html`<${InquirySentPage} eventId=${p.eventId} state=${l.state} />`],
  ['/manage/:eventId/:registrationId', (p) => html`<${ManagePage} eventId=${p.eventId} registrationId=${p.registrationId} />`],
  ['/delegations/:eventId/:code', (p) => html`<${DelegationPage} eventId=${p.eventId} code=${p.code} />`],
  ['/events/:eventId/register/received', (p, l) => html`<${RegistrationReceivedPage} eventId=${p.eventId} state=${l.state} />`],
];

/** Console pages bring their own frame (navigation, sign-in guard). */
const CONSOLE_PAGES: [pattern: string, page: Page][] = [
  ['/console', () => html`<${ConsoleHomePage} />`],
  ['/console/sign-in', () => html`<${SignInPage} />`],
  ['/console/callback', () => html`<${CognitoCallbackPage} />`],
  ['/console/colleagues', () => html`<${ColleaguesPage} />`],
  ['/console/events/:eventId', (p) => html`<${DashboardPage} eventId=${p.eventId} />`],
  ['/console/new-event', () => html`<${EventEditorPage} />`],
  [
    '/console/events/:eventId/edit',
    (p, l) => html`<${EventEditorPage} eventId=${p.eventId} justCreated=${(l.state as { created?: boolean } | null)?.created === true} />`,
  ],
  ['/console/events/:eventId/registrations', (p) => html`<${RegistrationsPage} eventId=${p.eventId} />`],
  ['/console/events/:eventId/registrations/:id', (p) => html`<${RegistrationDetailPage} eventId=${p.eventId} id=${p.id} />`],
  ['/console/events/:eventId/inquiries', (p) => html`<${InquiriesPage} eventId=${p.eventId} />`],
  ['/console/events/:eventId/emails', (p) => html`<${EmailsPage} eventId=${p.eventId} />`],
  ['/console/events/:eventId/delegations', (p) => html`<${DelegationsPage} eventId=${p.eventId} />`],
  ['/console/events/:eventId/participants', (p) => html`<${ParticipantsPage} eventId=${p.eventId} />`],
  // The venue's check-in app (its own chunk, its own frame).
  ['/checkin', () => html`<${LazyCheckIn} />`],
  ['/checkin/:eventId', (p) => html`<${LazyCheckIn} eventId=${p.eventId} />`],
];

const resolve = (location: Location): VNode => {
  for (const [pattern, page] of PUBLIC_PAGES) {
    const params = matchPath(pattern, location.path);
    if (params) return html`<${SiteLayout}>${page(params, location)}<//>`;
  }
  for (const [pattern, page] of CONSOLE_PAGES) {
    const params = matchPath(pattern, location.path);
    if (params) return page(params, location);
  }
  return html`<${SiteLayout}><${NotFoundPage} /><//>`;
};

export const App = () => {
  const language = useLanguageState();
  const location = useLocation();
  useRouteFocus(location.path);
  return html`<${LanguageContext.Provider} value=${language}>${resolve(location)}<//>`;
};
