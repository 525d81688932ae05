/**
 * Approve or decline the selected registrations in one action (`POST .../registrations/decisions`, see its route
 * spec for why one request rather than one per row). The outcome of every row stays on the page, refused rows with
 * the reason, and a summary is announced in a live region so a screen reader user hears how it went.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { participantName } from '../../../shared/domain/registration/registration.ts';
import type { BulkDecisionBody } from '../../../shared/domain/registration/bulk-decisions.ts';
import type { AdminRegistration, RegistrationDecisionResults } from '../api/responses.ts';
import { TextArea } from '../components/form-fields.ts';
import { Notice } from '../components/notice.ts';
import { useIdempotencyKey } from '../forms/idempotency-key.ts';
import { problemMessage } from '../forms/problem-message.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { decideRegistrations } from './admin-api.ts';
import type { Session } from './auth/session.ts';
import { signInAgainIfExpired } from './console-frame.ts';

type Outcome = RegistrationDecisionResults['results'][number];

const WHY: Record<string, MessageKey> = { 'invalid-transition': 'bulk.why.invalid-transition', 'not-found': 'bulk.why.not-found' };

export const BulkDecisions = ({
  eventId,
  session,
  selected,
  canSelect,
  onDecided,
}: {
  eventId: string;
  session: Session;
  /** The selected rows, as the list showed them (their references and names label the outcomes). */
  selected: AdminRegistration[];
  /** Whether the list shows any row a decision applies to; the outcomes of the last action stay shown either way. */
  canSelect: boolean;
  onDecided: () => void;
}) => {
  const { t } = useLanguage();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState<{ kind: 'success' | 'error' | 'info'; text: string } | undefined>();
  const [outcomes, setOutcomes] = useState<{ row: AdminRegistration; outcome: Outcome }[]>([]);
  const keyFor = useIdempotencyKey();

  const decide = async (decision: 'approve' | 'decline') => {
    setReasonError(undefined);
    if (selected.length === 0) return setAnnouncement({ kind: 'error', text: t('bulk.none') });
    if (decision === 'decline' && !reason.trim()) return setReasonError(t('validation.required'));
    const ids = selected.map((r) => r.id);
    const body: BulkDecisionBody =
      decision === 'approve' ? { ids, decision, ...(reason.trim() ? { reason: reason.trim() } : {}) } : { ids, decision, reason: reason.trim() };
    setBusy(true);
    setAnnouncement({ kind: 'info', text: t('bulk.working', { count: ids.length }) });
    try {
      const { results } = await decideRegistrations(eventId, session.token, body, keyFor(body));
      const rows = new Map(selected.map((r) => [r.id, r]));
      setOutcomes(results.flatMap((outcome) => (rows.has(outcome.id) ? [{ row: rows.get(outcome.id)!, outcome }] : [])));
      const refused = results.filter((r) => r.outcome === 'refused').length;
      setAnnouncement({ kind: refused ? 'error' : 'success', text: t('bulk.summary', { done: results.length - refused, refused }) });
      setReason('');
      onDecided();
    } catch (error) {
      if (!signInAgainIfExpired(error)) setAnnouncement({ kind: 'error', text: problemMessage(error as Error, t) });
    } finally {
      setBusy(false);
    }
  };

  const describe = (outcome: Outcome) =>
    outcome.outcome === 'refused'
      ? t('bulk.refused', { why: t(WHY[outcome.problem?.type.split('/').pop() ?? ''] ?? 'bulk.why.other') })
      : t(outcome.outcome === 'approved' ? 'bulk.approved' : 'bulk.declined');

  const controls = html`
      <${TextArea}
        path="bulk.reason"
        label=${t('registration.reason')}
        hint=${t('bulk.reasonHint')}
        optional
        rows=${2}
        value=${reason}
        onValue=${setReason}
        error=${reasonError}
      />
      <div class="actions actions--inline">
        <button class="button" type="button" disabled=${busy} onClick=${() => decide('approve')}>${t('bulk.approve')}</button>
        <button class="button button--secondary" type="button" disabled=${busy} onClick=${() => decide('decline')}>${t('bulk.decline')}</button>
      </div>
  `;

  if (!canSelect && !outcomes.length && !announcement) return null;
  return html`
    <section class="bulk" aria-labelledby="bulk-title">
      <h2 id="bulk-title">${t('bulk.title')}</h2>
      ${canSelect ? html`<p>${t('bulk.selected', { count: selected.length })}</p>` : null}
      ${canSelect ? controls : null}
      <div role="status" aria-live="polite" aria-atomic="true">${announcement ? html`<${Notice} kind=${announcement.kind}>${announcement.text}<//>` : null}</div>
      ${
        outcomes.length
          ? html`
            <h3 id="bulk-results">${t('bulk.results')}</h3>
            <ul class="outcomes" aria-labelledby="bulk-results">
              ${outcomes.map(
                ({ row, outcome }) => html`
                  <li class=${`outcome outcome--${outcome.outcome}`} data-reference=${row.reference}>
                    <strong>${row.reference}</strong> ${participantName(row.participant)}: ${describe(outcome)}
                  </li>
                `,
              )}
            </ul>
          `
          : null
      }
    </section>
  `;
};
