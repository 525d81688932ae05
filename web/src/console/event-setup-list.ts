/**
 * The secretariat's events on the console home, published or not: edit one, copy one (a new id and the days to
 * move every date; the copy opens in the editor, unpublished), or start a new one.
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { pickLocalized } from '../../../shared/domain/primitives.ts';
import { CopyEventBody } from '../../../shared/domain/copy-event.ts';
import { useResource } from '../api/use-resource.ts';
import { ErrorSummary } from '../components/error-summary.ts';
import { TextField } from '../components/form-fields.ts';
import { StatusBadge } from '../components/status-badge.ts';
import { LoadFailed, Loading } from '../components/loading.ts';
import { validate } from '../forms/field-errors.ts';
import { formatDayRange } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { navigate } from '../router/router.ts';
import type { Session } from './auth/session.ts';
import { signInAgainIfExpired } from './console-frame.ts';
import { useEditorErrors } from './event-editor/editor-errors.ts';
import { copyEvent, listAdminEvents, type AdminEventList } from './event-setup-api.ts';

type Summary = AdminEventList['items'][number];

const CopyForm = ({ session, source, title, onCancel }: { session: Session; source: Summary; title: string; onCancel: () => void }) => {
  const { t } = useLanguage();
  const [newEventId, setNewEventId] = useState(`${source.id}-copy`);
  const [shiftDays, setShiftDays] = useState('365');
  const [sending, setSending] = useState(false);
  const errors = useEditorErrors(t);
  const submit = async (e: Event) => {
    e.preventDefault();
    const checked = validate(CopyEventBody, { newEventId, shiftDays: /^-?\d+$/.test(shiftDays.trim()) ? Number(shiftDays) : NaN });
    if (!checked.ok) return errors.show(checked.errors);
    setSending(true);
    try {
      await copyEvent(source.id, session.token, checked.data);
      navigate(`/console/events/${encodeURIComponent(checked.data.newEventId)}/edit`);
    } catch (problem) {
      setSending(false);
      if (signInAgainIfExpired(problem)) return;
      const slug = (problem as { slug?: string }).slug;
      if (slug === 'event-exists') errors.showMessages({ newEventId: t('editor.eventIdTaken') });
      else errors.show([], t('site.error'));
    }
  };
  return html`
    <form class="copy-form" noValidate onSubmit=${submit} aria-label=${t('editor.copyOf', { title })}>
      <${ErrorSummary}
        errors=${errors.fields}
        general=${errors.general}
        labels=${{ newEventId: t('editor.newId'), shiftDays: t('editor.shiftDays') }}
        attempt=${errors.attempt}
      />
      <${TextField} path="newEventId" label=${t('editor.newId')} hint=${t('editor.newIdHint')} value=${newEventId} error=${errors.fields.newEventId} spellcheck=${false} onValue=${setNewEventId} />
      <${TextField} path="shiftDays" label=${t('editor.shiftDays')} hint=${t('editor.shiftDaysHint')} value=${shiftDays} error=${errors.fields.shiftDays} inputMode="numeric" onValue=${setShiftDays} />
      <div class="button-row">
        <button type="submit" class="button" disabled=${sending}>${t('editor.makeCopy')}</button>
        <button type="button" class="button button--secondary" onClick=${onCancel}>${t('editor.cancel')}</button>
      </div>
    </form>
  `;
};

export const EventSetupList = ({ session }: { session: Session }) => {
  const { t, language } = useLanguage();
  const events = useResource(() => listAdminEvents(session.token), [session.token]);
  const [copying, setCopying] = useState<string | undefined>();
  return html`
    <section aria-labelledby="event-setup">
      <h2 id="event-setup">${t('editor.setup')}</h2>
      <p><a class="button" href="/console/new-event">${t('editor.newEvent')}</a></p>
      ${events.loading && !events.data ? html`<${Loading} />` : null}
      ${events.error ? html`<${LoadFailed} problem=${events.error} />` : null}
      <ul class="cards">
        ${(events.data?.items ?? []).map((e) => {
          const title = pickLocalized(e.titles, language, 'es');
          return html`
            <li class="card" key=${e.id} data-event=${e.id}>
              <h3>${title}</h3>
              <p>${formatDayRange(e.startDate, e.endDate, language)} · ${e.id}</p>
              <p><${StatusBadge} code=${e.published ? 'confirmed' : 'cancelled'} label=${e.published ? t('editor.published') : t('editor.unpublished')} /></p>
              <div class="button-row">
                <a class="button button--secondary" href=${`/console/events/${encodeURIComponent(e.id)}/edit`} aria-label=${t('editor.edit', { title: `${title} (${e.id})` })}>
                  ${t('editor.editShort')}
                </a>
                <button type="button" class="button button--secondary" aria-expanded=${copying === e.id} aria-label=${t('editor.copyOf', { title: `${title} (${e.id})` })} onClick=${() => setCopying(copying === e.id ? undefined : e.id)}>
                  ${t('editor.copy')}
                </button>
              </div>
              ${copying === e.id ? html`<${CopyForm} session=${session} source=${e} title=${title} onCancel=${() => setCopying(undefined)} />` : null}
            </li>
          `;
        })}
      </ul>
    </section>
  `;
};
