/**
 * `/delegations/:eventId/:code#token=...`, reached from the focal point's invitation: the delegation's quota and
 * places used, the deadline, its status and head, the members nominated (with their status and consent), a form
 * to nominate, a withdrawal per nominee, and the note verbale and submission (delegation/note-verbale-section.ts). The token is read from the fragment, taken out of the address at once
 * and sent only as a bearer (delegation-token.ts). A wrong or revoked token answers 404: "this link is not valid".
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { pickLocalized } from '../../../shared/domain/primitives.ts';
import { getDelegation, withdrawNominee, type DelegationMember, type FocalPointDelegation, type NominationOutcome } from '../api/delegation-api.ts';
import { ApiProblem } from '../api/http-client.ts';
import { useResource } from '../api/use-resource.ts';
import { LoadFailed, Loading } from '../components/loading.ts';
import { Notice } from '../components/notice.ts';
import { usePageTitle } from '../components/page-title.ts';
import { StatusBadge } from '../components/status-badge.ts';
import { problemMessage } from '../forms/problem-message.ts';
import type { MessageKey } from '../i18n/en.ts';
import { formatInstant } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { navigate, useLocation } from '../router/router.ts';
import { DelegationMembers } from './delegation/delegation-members.ts';
import { NominateForm } from './delegation/nominate-form.ts';
import { NoteVerbaleSection } from './delegation/note-verbale-section.ts';
import { forgetDelegationToken, takeDelegationToken } from './delegation-token.ts';
import { tokenInAddress } from './manage-token.ts';
import { eventTitleIn } from './event-page.ts';
import { useEvent } from './use-event.ts';

type Flash = { kind: 'success' | 'error'; text: string } | undefined;

const InvalidLink = () => {
  const { t } = useLanguage();
  usePageTitle(t('delegation.invalidTitle'));
  return html`
    <h1 tabindex="-1">${t('delegation.invalidTitle')}</h1>
    <${Notice} kind="warning">${t('delegation.invalid')}<//>
  `;
};

const Facts = ({ d, timeZone }: { d: FocalPointDelegation; timeZone: string | undefined }) => {
  const { t, language } = useLanguage();
  return html`
    <dl class="facts">
      <dt>${t('delegation.status')}</dt>
      <dd data-testid="delegation-status"><${StatusBadge} code=${d.status} label=${t(`delegationStatus.${d.status}` as MessageKey)} /></dd>
      <dt>${t('delegation.places')}</dt>
      <dd data-testid="places">${t('delegation.placesOf', { used: d.used, quota: d.quota })}</dd>
      <dt>${t('delegation.deadline')}</dt>
      <dd>${formatInstant(d.nominationsCloseAt, language, timeZone)}</dd>
      <dt>${t('delegation.head')}</dt>
      <dd data-testid="head">
        ${d.headNamed ? (d.members.find((m) => m.role === 'head_of_delegation' && m.status !== 'cancelled')?.name ?? t('delegation.headNamed')) : t('delegation.headNone')}
      </dd>
      <dt>${t('delegation.focalPoint')}</dt>
      <dd>${d.focalPoint.name}</dd>
    </dl>
  `;
};

export const DelegationPage = ({ eventId, code }: { eventId: string; code: string }) => {
  const { t, language } = useLanguage();
  const { path } = useLocation();
  const [token, setToken] = useState(() => takeDelegationToken(eventId, code));
  const [flash, setFlash] = useState<Flash>();
  // The token leaves the address bar (and so the history) before anything else happens.
  useEffect(() => {
    if (tokenInAddress()) navigate(path, { replace: true });
  }, [path]);
  // Another link opened while the page is open (only its fragment differs, so nothing reloads): use its token.
  useEffect(() => {
    const followLink = () => {
      if (!tokenInAddress()) return;
      setToken(takeDelegationToken(eventId, code));
      navigate(window.location.pathname, { replace: true });
    };
    window.addEventListener('hashchange', followLink);
    return () => window.removeEventListener('hashchange', followLink);
  }, [eventId, code]);
  const event = useEvent(eventId);
  const loaded = useResource<FocalPointDelegation>(
    () => (token ? getDelegation(eventId, code, token) : Promise.reject(new ApiProblem(404, 'not-found'))),
    [eventId, code, token],
  );
  const d = loaded.data;
  const invalid = loaded.error instanceof ApiProblem && loaded.error.status === 404;
  useEffect(() => {
    if (invalid) forgetDelegationToken(eventId, code);
  }, [invalid]);
  const name = d ? pickLocalized(d.names, language, event.data?.defaultLanguage ?? language) : code;
  usePageTitle(t('delegation.title', { name }));
  if (invalid) return html`<${InvalidLink} />`;

  const nominated = (outcome: NominationOutcome, who: string) => {
    setFlash({ kind: 'success', text: t('delegation.nominated', { name: who, reference: outcome.reference }) });
    loaded.reload();
  };
  const withdraw = async (member: DelegationMember) => {
    try {
      await withdrawNominee(eventId, code, token!, member.id);
      setFlash({ kind: 'success', text: t('delegation.withdrawn', { name: member.name }) });
    } catch (problem) {
      if (problem instanceof ApiProblem && problem.status === 404) return loaded.reload();
      setFlash({ kind: 'error', text: problemMessage(problem as Error, t) });
    }
    loaded.reload();
  };
  const full = d ? d.used >= d.quota : false;
  // Submitted or accredited, the list is with the secretariat: nothing to nominate or withdraw until it is returned.
  const listOpen = d ? d.status !== 'submitted' && d.status !== 'accredited' : false;
  const dossierChanged = (message: NonNullable<Flash>) => {
    setFlash(message);
    loaded.reload();
  };

  return html`
    <h1 tabindex="-1">${t('delegation.title', { name })}</h1>
    ${event.data ? html`<p class="lead">${eventTitleIn(event.data, language)}</p>` : null}
    ${loaded.loading && !d ? html`<${Loading} />` : null}
    ${loaded.error && !invalid ? html`<${LoadFailed} problem=${loaded.error} />` : null}
    <div aria-live="polite">${flash ? html`<${Notice} kind=${flash.kind}>${flash.text}<//>` : null}</div>
    ${
      d
        ? html`
          <p>${t('delegation.intro')}</p>
          <p class="muted">${t('delegation.private')}</p>
          <${Facts} d=${d} timeZone=${event.data?.timeZone} />
          <h2>${t('delegation.members')}</h2>
          <${DelegationMembers} members=${d.members} withdraw=${listOpen ? withdraw : undefined} />
          ${
            listOpen
              ? html`<h2 id="nominate-heading">${t('delegation.nominate')}</h2>
                  ${!d.nominationsOpen ? html`<${Notice} kind="warning">${t('delegation.closed')}<//>` : null}
                  ${d.nominationsOpen && full ? html`<${Notice} kind="warning">${t('delegation.full')}<//>` : null}
                  ${
                    d.nominationsOpen && !full && event.data
                      ? html`<p>${t('delegation.nominateIntro')}</p>
                          <${NominateForm} event=${event.data} delegation=${d} token=${token!} onNominated=${nominated} />`
                      : null
                  }`
              : null
          }
          <${NoteVerbaleSection} eventId=${eventId} delegation=${d} token=${token!} timeZone=${event.data?.timeZone} onChanged=${dossierChanged} />
        `
        : null
    }
  `;
};
