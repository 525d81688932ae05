/**
 * One delegation's dossier on the console's Delegations page: a button that asks the API for the note verbale's
 * short-lived link as JSON (a script cannot follow the 303 to the bucket's origin) and opens it in a new tab, leaving
 * the link on the page too; and, for a `submitted` list, the decision: accredit, or return it to the focal points with
 * a reason (required to return; the problem next to the field).
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { useResource } from '../../api/use-resource.ts';
import { TextArea } from '../../components/form-fields.ts';
import { problemMessage } from '../../forms/problem-message.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { listRegistrations } from '../admin-api.ts';
import type { Session } from '../auth/session.ts';
import { signInAgainIfExpired } from '../console-frame.ts';
import { decideAccreditation, noteVerbaleLink, type AdminDelegation } from '../delegations-api.ts';

type Message = { kind: 'success' | 'error'; text: string };

const NoteVerbaleLink = ({
  eventId,
  delegation,
  label,
  session,
}: {
  eventId: string;
  delegation: AdminDelegation;
  label: string;
  session: Session;
}) => {
  const { t } = useLanguage();
  const [url, setUrl] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  if (!delegation.noteVerbale) return html`<p class="muted">${t('delegations.noNoteVerbale')}</p>`;
  const open = async () => {
    setError(undefined);
    try {
      const link = await noteVerbaleLink(eventId, delegation.code, session.token);
      setUrl(link.url);
      window.open(link.url, '_blank', 'noopener');
    } catch (problem) {
      if (!signInAgainIfExpired(problem)) setError(problemMessage(problem as Error, t));
    }
  };
  return html`
    <p>
      <button class="button button--secondary button--small" type="button" aria-label=${t('delegations.openNoteVerbaleOf', { name: label })} onClick=${open}>
        ${t('delegations.openNoteVerbale')}
      </button>
      <br />
      <span class="muted">${delegation.noteVerbale.fileName}</span>
      ${url ? html`<br /><a href=${url} target="_blank" rel="noopener" data-testid="note-verbale-link">${delegation.noteVerbale.fileName}</a>` : null}
    </p>
    ${error ? html`<p class="field-error" role="alert">${error}</p>` : null}
  `;
};

/** The nominees the note verbale should name (the admin list filtered by delegation; the withdrawn left out). */
const Nominees = ({ eventId, delegation, session }: { eventId: string; delegation: AdminDelegation; session: Session }) => {
  const { t } = useLanguage();
  const list = useResource(
    () => listRegistrations(eventId, session.token, { delegation: delegation.code, limit: 100 }),
    [eventId, delegation.code, delegation.status],
  );
  const people = (list.data?.items ?? []).filter((r) => r.status !== 'cancelled' && r.status !== 'declined');
  if (!people.length) return null;
  return html`
    <p class="muted">${t('delegations.nominees')}</p>
    <ul class="focal-points" data-testid="nominees">
      ${people.map(
        (r) =>
          html`<li>${r.participant.givenName} ${r.participant.familyName} · ${t(`role.${r.role}` as MessageKey)} · ${t(`status.${r.status}` as MessageKey)}</li>`,
      )}
    </ul>
  `;
};

const DecisionForm = ({
  eventId,
  delegation,
  label,
  session,
  onDecided,
}: {
  eventId: string;
  delegation: AdminDelegation;
  label: string;
  session: Session;
  onDecided: (message: Message) => void;
}) => {
  const { t } = useLanguage();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const path = `reason-${delegation.code}`;
  const decide = async (decision: 'accredit' | 'return') => {
    if (busy) return;
    setReasonError(undefined);
    setGeneral(undefined);
    const trimmed = reason.trim();
    if (decision === 'return' && !trimmed) {
      setReasonError(t('delegations.reasonRequired'));
      document.getElementById(`f-${path}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const outcome = await decideAccreditation(eventId, delegation.code, session.token, { decision, ...(trimmed ? { reason: trimmed } : {}) });
      onDecided({
        kind: 'success',
        text:
          decision === 'accredit'
            ? t('delegations.accredited', { name: label, count: outcome.confirmed })
            : t('delegations.returned', { name: label }),
      });
    } catch (problem) {
      if (!signInAgainIfExpired(problem)) {
        const onReason = (problem as { errors?: { path: string }[] }).errors?.some((e) => e.path === 'reason');
        if (onReason) setReasonError(t('delegations.reasonRequired'));
        else setGeneral(problemMessage(problem as Error, t));
      }
    }
    setBusy(false);
  };
  return html`
    <div role="group" aria-label=${t('delegations.dossier')} data-testid="decision">
      <${TextArea} path=${path} label=${t('delegations.reason')} hint=${t('delegations.reasonHint')} optional error=${reasonError} value=${reason} onValue=${setReason} rows=${3} />
      ${general ? html`<p class="field-error" role="alert">${general}</p>` : null}
      <div class="actions">
        <button class="button button--small" type="button" disabled=${busy} onClick=${() => decide('accredit')}>${t('delegations.accredit')}</button>
        <button class="button button--secondary button--small" type="button" disabled=${busy} onClick=${() => decide('return')}>${t('delegations.return')}</button>
      </div>
    </div>
  `;
};

export const DelegationDossier = (props: {
  eventId: string;
  delegation: AdminDelegation;
  label: string;
  session: Session;
  onDecided: (message: Message) => void;
}) =>
  html`
    <${NoteVerbaleLink} ...${props} />
    ${props.delegation.noteVerbale || ['submitted', 'returned', 'accredited'].includes(props.delegation.status) ? html`<${Nominees} ...${props} />` : null}
    ${props.delegation.status === 'submitted' ? html`<${DecisionForm} ...${props} />` : null}
  `;
