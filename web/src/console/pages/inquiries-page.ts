/** `/console/events/:eventId/inquiries`: the press board, one column per status, each card with its status change and note. */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { pickLocalized } from '../../../../shared/domain/primitives.ts';
import { INQUIRY_STATUSES } from '../../../../shared/domain/press/inquiry.ts';
import { SETTABLE_STATUSES, checkStatusChange, type SettableStatus } from '../../../../shared/domain/press/status-change.ts';
import { getEvent } from '../../api/public-api.ts';
import { useResource } from '../../api/use-resource.ts';
import { SelectField, TextArea } from '../../components/form-fields.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import { Notice } from '../../components/notice.ts';
import { problemMessage } from '../../forms/problem-message.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatInstant } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import type { Inquiry } from '../../api/responses.ts';
import { changeInquiryStatus, eraseInquiry, listInquiries } from '../admin-api.ts';
import type { Session } from '../auth/session.ts';
import { ConsoleFrame, signInAgainIfExpired } from '../console-frame.ts';
import { dueAtOf } from '../inquiry-deadlines.ts';
import { ErasePersonalData } from '../erase-personal-data.ts';

const nextStatuses = (from: Inquiry['status']): SettableStatus[] =>
  SETTABLE_STATUSES.filter((to) => {
    try {
      checkStatusChange(from, to);
      return true;
    } catch {
      return false;
    }
  });

const InquiryCard = ({
  inquiry,
  contactName,
  onChange,
  onErase,
}: {
  inquiry: Inquiry;
  contactName: string;
  onChange: (status: SettableStatus, note: string) => Promise<boolean>;
  onErase: (reason: string) => Promise<void>;
}) => {
  const { t, language } = useLanguage();
  const options = nextStatuses(inquiry.status);
  const [status, setStatus] = useState<string>(options[0] ?? '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const dueAt = dueAtOf(inquiry);
  const prefix = `inquiry-${inquiry.id}`;
  return html`
    <li class="card" id=${prefix} data-reference=${inquiry.reference}>
      <h3>${inquiry.erasedAt ? inquiry.reference : `${inquiry.reference} · ${inquiry.subject}`}</h3>
      <p>
        ${inquiry.erasedAt ? t('erase.inquiryErased') : `${t('table.from')}: ${inquiry.journalist.name}, ${inquiry.journalist.outlet}`}<br />
        ${t(`topic.${inquiry.topic}` as MessageKey)} · <span lang=${inquiry.language}>${inquiry.language.toUpperCase()}</span><br />
        ${t('inquiries.routedTo', { contact: contactName })}
        ${
          dueAt && (inquiry.status === 'received' || inquiry.status === 'acknowledged')
            ? html`<br /><span class="due-soon">${t('inquiries.due', { date: formatInstant(dueAt, language) })}</span>`
            : null
        }
      </p>
      ${
        options.length
          ? html`<form
            onSubmit=${async (e: Event) => {
              e.preventDefault();
              setBusy(true);
              if (await onChange(status as SettableStatus, note)) setNote('');
              setBusy(false);
            }}
          >
            <${SelectField}
              path=${`${prefix}.status`}
              label=${t('inquiries.status')}
              value=${status}
              onValue=${setStatus}
              options=${options.map((s) => ({ value: s, label: t(`inquiry.${s}` as MessageKey) }))}
            />
            <${TextArea} path=${`${prefix}.note`} label=${t('inquiries.note')} optional rows=${2} value=${note} onValue=${setNote} />
            <button class="button button--small" type="submit" disabled=${busy}>
              ${t('inquiries.update')}<span class="visually-hidden"> ${inquiry.reference}</span>
            </button>
          </form>`
          : null
      }
      ${
        inquiry.erasedAt
          ? null
          : html`<${ErasePersonalData} path=${`${prefix}.eraseReason`} what=${'erase.inquiryWhat'} subject=${inquiry.reference} onErase=${onErase} />`
      }
    </li>
  `;
};

const Board = ({ eventId, session }: { eventId: string; session: Session }) => {
  const { t, language } = useLanguage();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | undefined>();
  const event = useResource(() => getEvent(eventId), [eventId]);
  const inquiries = useResource(
    () =>
      listInquiries(eventId, session.token, { limit: 200 }).catch((e: unknown) => {
        signInAgainIfExpired(e);
        throw e;
      }),
    [eventId, session.token],
  );
  const contacts = new Map(
    (event.data?.pressContacts ?? []).map((c) => {
      const role = pickLocalized(c.role, language, event.data!.defaultLanguage);
      return [c.id, role === c.name ? c.name : `${c.name} (${role})`];
    }),
  );
  const change = (inquiry: Inquiry) => async (status: SettableStatus, note: string) => {
    try {
      await changeInquiryStatus(eventId, inquiry.id, session.token, { status, note });
      setMessage({ kind: 'success', text: t('inquiries.updated', { reference: inquiry.reference, status: t(`inquiry.${status}` as MessageKey) }) });
      inquiries.reload();
      return true;
    } catch (error) {
      if (!signInAgainIfExpired(error)) setMessage({ kind: 'error', text: problemMessage(error as Error, t) });
      return false;
    }
  };
  const erase = (inquiry: Inquiry) => async (reason: string) => {
    try {
      await eraseInquiry(eventId, inquiry.id, session.token, reason);
      setMessage({ kind: 'success', text: t('erase.inquiryDone', { reference: inquiry.reference }) });
      inquiries.reload();
    } catch (error) {
      if (!signInAgainIfExpired(error)) setMessage({ kind: 'error', text: problemMessage(error as Error, t) });
    }
  };
  const items = inquiries.data?.items ?? [];
  return html`
    <h1 tabindex="-1">${t('inquiries.title')}</h1>
    <div aria-live="polite">${message ? html`<${Notice} kind=${message.kind}>${message.text}<//>` : null}</div>
    ${inquiries.loading && !inquiries.data ? html`<${Loading} />` : null}
    ${inquiries.error ? html`<${LoadFailed} problem=${inquiries.error} />` : null}
    ${
      inquiries.data
        ? html`<div class="board">
          ${INQUIRY_STATUSES.map((status) => {
            const column = items.filter((i) => i.status === status);
            return html`
              <section aria-labelledby=${`column-${status}`}>
                <h2 id=${`column-${status}`}>${t(`inquiry.${status}` as MessageKey)} (${column.length})</h2>
                ${
                  column.length
                    ? html`<ul>
                      ${column.map((i) => html`<${InquiryCard} key=${`${i.id}-${i.status}`} inquiry=${i} contactName=${contacts.get(i.contactId) ?? i.contactId} onChange=${change(i)} onErase=${erase(i)} />`)}
                    </ul>`
                    : html`<p class="muted">${t('inquiries.none')}</p>`
                }
              </section>
            `;
          })}
        </div>`
        : null
    }
  `;
};

export const InquiriesPage = ({ eventId }: { eventId: string }) => {
  const { t } = useLanguage();
  return html`
    <${ConsoleFrame} eventId=${eventId} needs="inquiries" title=${t('inquiries.title')}>
      ${(session: Session) => html`<${Board} eventId=${eventId} session=${session} />`}
    <//>
  `;
};
