/**
 * `/console/colleagues` (secretariat only): who may use the console and with which groups; invite a colleague by
 * email, change a colleague's groups, remove one after a confirmation. The server refuses an officer removing
 * themselves or leaving the secretariat group; the page says so next to the control.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { GROUPS, type Group } from '../../../../shared/domain/groups.ts';
import { InviteColleagueBody } from '../../../../shared/domain/colleagues/colleague.ts';
import { ApiProblem } from '../../api/http-client.ts';
import type { Colleague } from '../../api/responses.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorSummary } from '../../components/error-summary.ts';
import { TextField } from '../../components/form-fields.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import { Notice } from '../../components/notice.ts';
import { fieldId, validate, type FieldErrors } from '../../forms/field-errors.ts';
import { useIdempotencyKey } from '../../forms/idempotency-key.ts';
import { problemMessage } from '../../forms/problem-message.ts';
import type { Translate } from '../../i18n/i18n.ts';
import { formatInstant } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import type { Session } from '../auth/session.ts';
import { changeColleagueGroups, inviteColleague, listColleagues, removeColleague } from '../colleagues-api.ts';
import { ConsoleFrame, signInAgainIfExpired } from '../console-frame.ts';

type Message = { kind: 'success' | 'error'; text: string };

const groupNames = (groups: readonly Group[], t: Translate) => groups.map((g) => t(`colleagues.group.${g}`)).join(', ') || t('colleagues.noGroups');

/** The words for what the server refused, by problem type; undefined: the generic message. */
const refusal = (problem: unknown, t: Translate): string | undefined => {
  if (!(problem instanceof ApiProblem)) return undefined;
  if (problem.slug === 'user-exists') return t('colleagues.exists');
  if (problem.slug === 'cannot-leave-secretariat') return t('colleagues.cannotLeave');
  if (problem.slug === 'cannot-remove-yourself') return t('colleagues.cannotRemoveSelf');
  return undefined;
};

/** The form has two fields: the email, and the groups (`groups`, `groups.0`: none chosen, or an unknown one). */
const inviteFieldErrors = (errors: readonly { path: string }[], t: Translate): FieldErrors =>
  Object.fromEntries(errors.map(({ path }) => (path === 'email' ? ['email', t('validation.email')] : ['groups', t('colleagues.chooseGroup')])));

/** One checkbox per group, in a fieldset whose legend names them; its error is tied to the group. */
const GroupChoices = ({
  idBase,
  legend,
  chosen,
  onChange,
  error,
}: {
  idBase: string;
  legend: string;
  chosen: readonly Group[];
  onChange: (groups: Group[]) => void;
  error?: string | undefined;
}) => {
  const { t } = useLanguage();
  const errorId = `${idBase}-error`;
  return html`
    <fieldset class=${`field${error ? ' field--error' : ''}`} aria-describedby=${error ? errorId : undefined}>
      <legend class="field-label">${legend}</legend>
      ${error ? html`<span class="field-error" id=${errorId}><span class="visually-hidden">Error: </span>${error}</span>` : null}
      ${GROUPS.map(
        (group, i) => html`
          <div class="choice">
            <input
              type="checkbox"
              id=${i === 0 ? idBase : `${idBase}-${group}`}
              name=${`${idBase}-groups`}
              value=${group}
              checked=${chosen.includes(group)}
              aria-invalid=${error ? 'true' : undefined}
              aria-describedby=${`${idBase}-${group}-hint`}
              onChange=${(e: Event) =>
                onChange(GROUPS.filter((g) => (g === group ? (e.currentTarget as HTMLInputElement).checked : chosen.includes(g))))}
            />
            <div>
              <label for=${i === 0 ? idBase : `${idBase}-${group}`}>${t(`colleagues.group.${group}`)}</label>
              <span class="hint" id=${`${idBase}-${group}-hint`}>${t(`colleagues.groupHint.${group}`)}</span>
            </div>
          </div>
        `,
      )}
    </fieldset>
  `;
};

const InviteForm = ({ session, onInvited }: { session: Session; onInvited: (colleague: Colleague) => void }) => {
  const { t } = useLanguage();
  const [email, setEmail] = useState('');
  const [groups, setGroups] = useState<Group[]>([]);
  const [errors, setErrors] = useState<{ fields: FieldErrors; general?: string; attempt: number }>({ fields: {}, attempt: 0 });
  const [sending, setSending] = useState(false);
  const keyFor = useIdempotencyKey();
  const show = (fields: FieldErrors, general?: string) => setErrors((e) => ({ fields, ...(general ? { general } : {}), attempt: e.attempt + 1 }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const body = { email, groups };
    const checked = validate(InviteColleagueBody, body);
    if (!checked.ok) return show(inviteFieldErrors(checked.errors, t));
    setSending(true);
    try {
      const colleague = await inviteColleague(session.token, checked.data, keyFor(checked.data));
      setEmail('');
      setGroups([]);
      setErrors((e) => ({ fields: {}, attempt: e.attempt }));
      onInvited(colleague);
    } catch (problem) {
      if (signInAgainIfExpired(problem)) return;
      const known = refusal(problem, t);
      if (known) show({ email: known });
      else if (problem instanceof ApiProblem && problem.errors.length) show(inviteFieldErrors(problem.errors, t));
      else show({}, problemMessage(problem as Error, t));
    } finally {
      setSending(false);
    }
  };

  return html`
    <form novalidate onSubmit=${submit} aria-labelledby="invite-heading">
      <h2 id="invite-heading">${t('colleagues.invite')}</h2>
      <${ErrorSummary}
        errors=${errors.fields}
        general=${errors.general}
        labels=${{ email: t('colleagues.email'), groups: t('colleagues.groups') }}
        attempt=${errors.attempt}
      />
      <${TextField}
        path="email"
        label=${t('colleagues.email')}
        hint=${t('colleagues.inviteHint')}
        type="email"
        autocomplete="off"
        spellcheck=${false}
        value=${email}
        onValue=${setEmail}
        error=${errors.fields.email}
      />
      <${GroupChoices} idBase=${fieldId('groups')} legend=${t('colleagues.groups')} chosen=${groups} onChange=${setGroups} error=${errors.fields.groups} />
      <div class="actions">
        <button class="button" type="submit" disabled=${sending}>${sending ? t('form.sending') : t('colleagues.send')}</button>
      </div>
    </form>
  `;
};

const ColleagueCard = ({
  colleague,
  self,
  session,
  onChanged,
}: {
  colleague: Colleague;
  self: boolean;
  session: Session;
  onChanged: (message: Message) => void;
}) => {
  const { t, language } = useLanguage();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const [groups, setGroups] = useState<Group[]>(colleague.groups);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const idBase = `f-groups-${colleague.username.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const { email } = colleague;

  // Moving focus into what just opened, so a keyboard user carries on where the action is.
  useEffect(() => {
    if (mode === 'confirm') confirmRef.current?.focus();
    if (mode === 'edit') document.getElementById(idBase)?.focus();
  }, [mode]);

  const run = async (work: () => Promise<Message>) => {
    setBusy(true);
    setError(undefined);
    try {
      const message = await work();
      setMode('view');
      onChanged(message);
    } catch (problem) {
      if (!signInAgainIfExpired(problem)) setError(refusal(problem, t) ?? problemMessage(problem as Error, t));
    } finally {
      setBusy(false);
    }
  };
  const save = (event: Event) => {
    event.preventDefault();
    if (!groups.length) return setError(t('colleagues.chooseGroup'));
    void run(async () => {
      const saved = await changeColleagueGroups(session.token, colleague.username, { groups });
      return { kind: 'success', text: t('colleagues.saved', { email, groups: groupNames(saved.groups, t) }) };
    });
  };
  const remove = () =>
    run(async () => {
      await removeColleague(session.token, colleague.username);
      return { kind: 'success', text: t('colleagues.removed', { email }) };
    });

  return html`
    <li class="card colleague" data-username=${colleague.username}>
      <h3>${email}${self ? html` <span class="muted">${t('colleagues.you')}</span>` : null}</h3>
      <dl class="facts">
        <dt>${t('colleagues.groups')}</dt>
        <dd>${groupNames(colleague.groups, t)}</dd>
        <dt>${t('colleagues.status')}</dt>
        <dd>${t(`colleagues.state.${colleague.status}`)}${colleague.enabled ? '' : ` · ${t('colleagues.disabled')}`}</dd>
        <dt>${t('colleagues.since')}</dt>
        <dd>${formatInstant(colleague.createdAt, language)}</dd>
      </dl>
      ${
        mode === 'view'
          ? html`<div class="actions">
              <button class="button button--secondary button--small" type="button" aria-label=${t('colleagues.changeLabel', { email })} onClick=${() => {
                setGroups(colleague.groups);
                setError(undefined);
                setMode('edit');
              }}>
                ${t('colleagues.change')}
              </button>
              ${
                self
                  ? null
                  : html`<button class="button button--danger button--small" type="button" aria-label=${t('colleagues.removeLabel', { email })} onClick=${() => {
                      setError(undefined);
                      setMode('confirm');
                    }}>
                      ${t('colleagues.remove')}
                    </button>`
              }
            </div>`
          : null
      }
      ${
        mode === 'edit'
          ? html`<form novalidate onSubmit=${save}>
              <${GroupChoices}
                idBase=${idBase}
                legend=${t('colleagues.changeFor', { email })}
                chosen=${groups}
                onChange=${setGroups}
                error=${error}
              />
              <div class="actions">
                <button class="button button--small" type="submit" disabled=${busy}>${t('colleagues.save')}</button>
                <button class="button button--secondary button--small" type="button" onClick=${() => setMode('view')}>${t('colleagues.cancel')}</button>
              </div>
            </form>`
          : null
      }
      ${
        mode === 'confirm'
          ? html`<div role="group" aria-labelledby=${`${idBase}-confirm`}>
              <p id=${`${idBase}-confirm`}>${t('colleagues.confirmRemove', { email })}</p>
              ${error ? html`<p class="field-error">${error}</p>` : null}
              <div class="actions">
                <button ref=${confirmRef} class="button button--danger button--small" type="button" disabled=${busy} onClick=${remove}>
                  ${t('colleagues.confirm')}
                </button>
                <button class="button button--secondary button--small" type="button" onClick=${() => setMode('view')}>${t('colleagues.keep')}</button>
              </div>
            </div>`
          : null
      }
    </li>
  `;
};

const Colleagues = ({ session }: { session: Session }) => {
  const { t } = useLanguage();
  const colleagues = useResource(() => listColleagues(session.token), [session.token]);
  const [message, setMessage] = useState<Message | undefined>();
  const changed = (next: Message) => {
    setMessage(next);
    colleagues.reload();
  };
  const items = colleagues.data?.items ?? [];
  return html`
    <h1 tabindex="-1">${t('colleagues.title')}</h1>
    <p>${t('colleagues.intro')}</p>
    <div aria-live="polite">${message ? html`<${Notice} kind=${message.kind}>${message.text}<//>` : null}</div>
    <${InviteForm} session=${session} onInvited=${(c: Colleague) => changed({ kind: 'success', text: t('colleagues.invited', { email: c.email }) })} />
    <h2 id="colleagues-heading">${t('colleagues.list')}</h2>
    ${colleagues.loading && !colleagues.data ? html`<${Loading} />` : null}
    ${colleagues.error ? html`<${LoadFailed} problem=${colleagues.error} />` : null}
    ${colleagues.data && !items.length ? html`<p>${t('colleagues.none')}</p>` : null}
    <ul class="cards" aria-labelledby="colleagues-heading">
      ${items.map(
        (c) =>
          html`<${ColleagueCard}
            key=${`${c.username}:${c.groups.join(',')}`}
            colleague=${c}
            self=${c.email.toLowerCase() === session.email.toLowerCase()}
            session=${session}
            onChanged=${changed}
          />`,
      )}
    </ul>
  `;
};

export const ColleaguesPage = () => {
  const { t } = useLanguage();
  // `registrations` is the secretariat's part of the console: press and check-in staff are told it is not theirs.
  return html`<${ConsoleFrame} needs="registrations" title=${t('colleagues.title')}>${(session: Session) => html`<${Colleagues} session=${session} />`}<//>`;
};
