/**
 * On an inquiry of topic `accreditation`: Accredit, or Decline with a reason the journalist is told; once decided, who
 * decided, when, the outcome and (accredited) the registration made. POST .../inquiries/{id}/accreditation.
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiProblem, requestJson } from '../api/http-client.ts';
import type { Inquiry } from '../api/responses.ts';
import { TextArea } from '../components/form-fields.ts';
import { fieldId } from '../forms/field-errors.ts';
import { useIdempotencyKey } from '../forms/idempotency-key.ts';
import { problemMessage } from '../forms/problem-message.ts';
import type { MessageKey } from '../i18n/en.ts';
import { formatInstant } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language-context.ts';
import type { Session } from './auth/session.ts';
import { signInAgainIfExpired } from './console-frame.ts';

type Decision = { decision: 'accredit' } | { decision: 'decline'; reason: string };

const decideAccreditation = (eventId: string, id: string, token: string, body: Decision, idempotencyKey: string) =>
  requestJson<Inquiry>(`/admin/events/${encodeURIComponent(eventId)}/inquiries/${encodeURIComponent(id)}/accreditation`, {
    method: 'POST',
    token,
    body,
    idempotencyKey,
  });

/** The refusals a press officer can meet here, in their words. */
const PROBLEMS: Record<string, MessageKey> = {
  'media-capacity-reached': 'accreditation.problem.media-capacity-reached',
  'already-decided': 'accreditation.problem.already-decided',
  'already-registered': 'accreditation.problem.already-registered',
};

export const AccreditationPanel = ({
  eventId,
  inquiry,
  session,
  onDecided,
}: {
  eventId: string;
  inquiry: Inquiry;
  session: Session;
  onDecided: (text: string) => void;
}) => {
  const { t, language } = useLanguage();
  const keyFor = useIdempotencyKey();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const reasonPath = `inquiry-${inquiry.id}.accreditation-reason`;
  // Opening the decline form takes the keyboard to its reason.
  useEffect(() => {
    if (declining) document.getElementById(fieldId(reasonPath))?.focus();
  }, [declining, reasonPath]);

  const decided = inquiry.accreditation;
  if (decided) {
    const registration = decided.registration;
    const canOpen = session.groups.includes('secretariat');
    return html`
      <div class="accreditation" data-testid="accreditation-outcome">
        <p>
          <strong>${t(decided.outcome === 'accredited' ? 'accreditation.accredited' : 'accreditation.declined')}</strong>
          ${' '}${t('accreditation.decidedBy', { by: decided.by, date: formatInstant(decided.at, language) })}
          ${
            registration
              ? html`<br />${t('accreditation.registration')}:${' '}
                  ${
                    canOpen
                      ? html`<a href=${`/console/events/${encodeURIComponent(eventId)}/registrations/${encodeURIComponent(registration.id)}`}
                          >${registration.reference}</a
                        >`
                      : registration.reference
                  }`
              : null
          }
          ${decided.reason ? html`<br />${t('accreditation.reason')}: ${decided.reason}` : null}
        </p>
      </div>
    `;
  }

  const send = async (body: Decision) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await decideAccreditation(eventId, inquiry.id, session.token, body, keyFor(body));
      onDecided(
        t(body.decision === 'accredit' ? 'accreditation.done.accredited' : 'accreditation.done.declined', {
          name: inquiry.journalist.name,
          reference: inquiry.reference,
        }),
      );
    } catch (error) {
      if (!signInAgainIfExpired(error)) {
        const known = error instanceof ApiProblem ? PROBLEMS[error.slug] : undefined;
        setProblem(known ? t(known) : problemMessage(error as Error, t));
      }
    } finally {
      setBusy(false);
    }
  };

  return html`
    <div class="accreditation" role="group" aria-label=${`${t('accreditation.title')} ${inquiry.reference}`}>
      ${problem ? html`<p class="field-error" role="alert">${problem}</p>` : null}
      ${
        declining
          ? html`<form
              novalidate
              onSubmit=${(e: Event) => {
                e.preventDefault();
                if (!reason.trim()) {
                  setReasonError(t('accreditation.reasonRequired'));
                  document.getElementById(fieldId(reasonPath))?.focus();
                  return;
                }
                setReasonError(undefined);
                void send({ decision: 'decline', reason: reason.trim() });
              }}
            >
              <${TextArea}
                path=${reasonPath}
                label=${t('accreditation.reasonForJournalist')}
                error=${reasonError}
                rows=${3}
                value=${reason}
                onValue=${setReason}
              />
              <button class="button button--small" type="submit" disabled=${busy}>
                ${t('accreditation.sendDecline')}<span class="visually-hidden"> ${inquiry.reference}</span>
              </button>
              ${' '}
              <button class="button button--small button--secondary" type="button" onClick=${() => setDeclining(false)}>
                ${t('accreditation.keep')}
              </button>
            </form>`
          : html`<p>
              <button class="button button--small" type="button" disabled=${busy} onClick=${() => void send({ decision: 'accredit' })}>
                ${t('accreditation.accredit')}<span class="visually-hidden"> ${inquiry.journalist.name} (${inquiry.reference})</span>
              </button>
              ${' '}
              <button class="button button--small button--secondary" type="button" disabled=${busy} onClick=${() => setDeclining(true)}>
                ${t('accreditation.decline')}<span class="visually-hidden"> ${inquiry.journalist.name} (${inquiry.reference})</span>
              </button>
            </p>`
      }
    </div>
  `;
};
