/**
 * `/console/events/:eventId/edit` and `/console/new-event`: everything PUT takes, in sections, checked with the
 * API's own schema before sending and saved over the version loaded (If-Match), so a colleague's save made meanwhile
 * is never overwritten: the officer is told and can load the latest version. A new event is created only if its id
 * is free (If-None-Match: *): an id taken, even by a colleague a moment ago, is said next to the id field.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { EventConfigBody } from '../../../../shared/domain/event-config.ts';
import { Slug } from '../../../../shared/domain/primitives.ts';
import { ApiProblem } from '../../api/http-client.ts';
import type { FieldError } from '../../api/responses.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorSummary } from '../../components/error-summary.ts';
import { TextField } from '../../components/form-fields.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import { Notice } from '../../components/notice.ts';
import { validate } from '../../forms/field-errors.ts';
import { problemMessage } from '../../forms/problem-message.ts';
import { browserTimeZone } from '../../forms/local-date-time.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { navigate } from '../../router/router.ts';
import type { Session } from '../auth/session.ts';
import { ConsoleFrame, signInAgainIfExpired } from '../console-frame.ts';
import { ContactsSection } from '../event-editor/contacts-section.ts';
import { DelegationsSection } from '../event-editor/delegations-section.ts';
import { draftOf, emptyDraft, setIn, toBody, type Draft, type Path } from '../event-editor/draft.ts';
import { useEditorErrors } from '../event-editor/editor-errors.ts';
import { editorLabels } from '../event-editor/editor-labels.ts';
import { GeneralSection } from '../event-editor/general-section.ts';
import { PrivacySection } from '../event-editor/privacy-section.ts';
import { RegistrationSection } from '../event-editor/registration-section.ts';
import { RoutingSection } from '../event-editor/routing-section.ts';
import { createEvent, getAdminEvent, saveEvent } from '../event-setup-api.ts';

const editPath = (eventId: string) => `/console/events/${encodeURIComponent(eventId)}/edit`;

const EditorForm = ({
  session,
  eventId,
  initial,
  version,
  onReload,
  justCreated = false,
}: {
  session: Session;
  /** Undefined for a new event: the officer names it. */
  eventId: string | undefined;
  initial: Draft;
  /** The `updatedAt` loaded, sent as If-Match. */
  version: string | undefined;
  onReload: () => void;
  /** Opened right after creating the event: it says "Saved." as a save on this page would. */
  justCreated?: boolean;
}) => {
  const { t } = useLanguage();
  const [draft, setDraft] = useState(initial);
  const [base, setBase] = useState(version);
  const [newId, setNewId] = useState('');
  const [state, setState] = useState<'editing' | 'sending' | 'saved' | 'conflict'>(justCreated ? 'saved' : 'editing');
  const errors = useEditorErrors(t);
  const set = (path: Path, value: unknown) => {
    setDraft((d) => setIn(d, path, value));
    if (state === 'saved') setState('editing');
  };
  const err = (path: string) => errors.fields[path];

  const save = async (published = draft.published) => {
    if (state === 'sending') return;
    const body = toBody({ ...draft, published });
    const problems: FieldError[] = [];
    if (!eventId && !Slug.safeParse(newId).success) problems.push({ path: 'eventId', message: 'Lower-case letters, digits and dashes' });
    const checked = validate(EventConfigBody, body);
    if (!checked.ok) problems.push(...checked.errors);
    if (problems.length) return errors.show(problems);
    setState('sending');
    try {
      const id = eventId ?? newId;
      const saved = eventId ? await saveEvent(id, session.token, body, base) : await createEvent(id, session.token, body);
      errors.clear();
      setDraft((d) => ({ ...d, published }));
      setBase(saved.updatedAt);
      setState('saved');
      if (!eventId) navigate(editPath(id), { replace: true, state: { created: true } });
    } catch (problem) {
      if (signInAgainIfExpired(problem)) return;
      // Creating, a 412 can only mean the id is taken (the check and the write are one, so no race is missed).
      if (!eventId && problem instanceof ApiProblem && problem.status === 412) {
        setState('editing');
        return errors.showMessages({ eventId: t('editor.eventIdTaken') });
      }
      if (problem instanceof ApiProblem && problem.status === 412) return setState('conflict');
      setState('editing');
      const general = problem instanceof ApiProblem && problem.slug === 'limit-below-use' ? t('editor.limitBelowUse') : undefined;
      if (problem instanceof ApiProblem && problem.errors.length) return errors.show(problem.errors, general);
      errors.show([], problemMessage(problem instanceof Error ? problem : new Error(String(problem)), t));
    }
  };

  const labels = editorLabels(draft, t, !eventId);
  const props = { draft, set, err };
  return html`
    <form
      class="editor"
      noValidate
      onSubmit=${(e: Event) => {
        e.preventDefault();
        void save();
      }}
    >
      ${
        state === 'conflict'
          ? html`<div class="notice notice--warning" role="alert">
              <p>${t('editor.conflict')}</p>
              <button type="button" class="button" onClick=${onReload}>${t('editor.reload')}</button>
            </div>`
          : null
      }
      <${ErrorSummary} errors=${errors.fields} general=${errors.general} labels=${labels} attempt=${errors.attempt} />
      <${Notice} kind=${draft.published ? 'success' : 'info'}>${draft.published ? t('editor.isPublished') : t('editor.isUnpublished')}<//>
      ${
        eventId
          ? null
          : html`<${TextField}
              path="eventId"
              label=${t('editor.eventId')}
              hint=${t('editor.newIdHint')}
              value=${newId}
              error=${err('eventId')}
              spellcheck=${false}
              onValue=${setNewId}
            />`
      }
      <${GeneralSection} ...${props} />
      <${RegistrationSection} ...${props} />
      <${PrivacySection} ...${props} />
      <${DelegationsSection} ...${props} />
      <${ContactsSection} ...${props} />
      <${RoutingSection} ...${props} />
      <div class="button-row editor-actions">
        <button type="submit" class="button" disabled=${state === 'sending'}>${state === 'sending' ? t('editor.saving') : t('editor.save')}</button>
        <button type="button" class="button button--secondary" disabled=${state === 'sending'} onClick=${() => void save(!draft.published)}>
          ${draft.published ? t('editor.unpublish') : t('editor.publish')}
        </button>
      </div>
      <div role="status" class="editor-status">${state === 'saved' ? html`<${Notice} kind="success">${t('editor.saved')}<//>` : null}</div>
    </form>
  `;
};

const ExistingEvent = ({ session, eventId, justCreated }: { session: Session; eventId: string; justCreated: boolean }) => {
  const [reloaded, setReloaded] = useState(false);
  const event = useResource(
    () =>
      getAdminEvent(eventId, session.token).catch((e: unknown) => {
        signInAgainIfExpired(e);
        throw e;
      }),
    [eventId, session.token],
  );
  if (event.error) return html`<${LoadFailed} problem=${event.error} />`;
  if (!event.data || event.loading) return html`<${Loading} />`;
  // A new key on every load: the form starts again from the version just read.
  return html`<${EditorForm}
    key=${event.data.updatedAt}
    session=${session}
    eventId=${eventId}
    initial=${draftOf(event.data)}
    version=${event.data.updatedAt}
    onReload=${() => {
      setReloaded(true);
      event.reload();
    }}
    justCreated=${justCreated && !reloaded}
  />`;
};

export const EventEditorPage = ({ eventId, justCreated = false }: { eventId?: string; justCreated?: boolean }) => {
  const { t, language } = useLanguage();
  const title = eventId ? t('editor.title') : t('editor.createTitle');
  return html`
    <${ConsoleFrame} eventId=${eventId} needs="registrations" title=${title}>
      ${(session: Session) => html`
        <h1 tabindex="-1">${title}</h1>
        ${eventId ? html`<p class="muted">${eventId}</p>` : null}
        ${
          eventId
            ? html`<${ExistingEvent} session=${session} eventId=${eventId} justCreated=${justCreated} />`
            : html`<${EditorForm}
                session=${session}
                eventId=${undefined}
                initial=${emptyDraft(language, browserTimeZone())}
                version=${undefined}
                onReload=${() => undefined}
              />`
        }
      `}
    <//>
  `;
};
