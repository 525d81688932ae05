/**
 * `/console/events/:eventId/participants`: the confirmed participants grouped by delegation, head of delegation first
 * (the order of the CSV, participant-order.ts), for the desk and the room. It prints cleanly: the print styles
 * (`.participants` in main.css) drop the navigation and the buttons, repeat each table's header on a new sheet and
 * keep a delegation on one sheet when it fits, rather than forcing a page per delegation, which would waste a
 * sheet on every three-person delegation.
 */
import { PRESS_DELEGATION } from '../../../../shared/domain/badges/category.ts';
import { html } from 'htm/preact';
import { pickLocalized } from '../../../../shared/domain/primitives.ts';
import { groupByDelegation } from '../../../../shared/domain/registration/participant-order.ts';
import { participantName } from '../../../../shared/domain/registration/registration.ts';
import { getEvent } from '../../api/public-api.ts';
import type { AdminRegistration } from '../../api/responses.ts';
import { useResource } from '../../api/use-resource.ts';
import { LoadFailed, Loading } from '../../components/loading.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { useLanguage } from '../../i18n/language-context.ts';
import { listRegistrations } from '../admin-api.ts';
import type { Session } from '../auth/session.ts';
import { BadgePrintPanel } from '../badge-print.ts';
import { ConsoleFrame, signInAgainIfExpired } from '../console-frame.ts';

/** Every confirmed registration, page after page (the plain list by status: no search bound applies). */
const allConfirmed = async (eventId: string, token: string): Promise<AdminRegistration[]> => {
  const all: AdminRegistration[] = [];
  let cursor: string | undefined;
  do {
    const page = await listRegistrations(eventId, token, { status: 'confirmed', limit: 200, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
};

const Participants = ({ eventId, session }: { eventId: string; session: Session }) => {
  const { t, language } = useLanguage();
  const event = useResource(() => getEvent(eventId), [eventId]);
  const confirmed = useResource(
    () =>
      allConfirmed(eventId, session.token).catch((e: unknown) => {
        signInAgainIfExpired(e);
        throw e;
      }),
    [eventId, session.token],
  );
  const problem = event.error ?? confirmed.error;
  if (problem) return html`<h1 tabindex="-1">${t('participants.title')}</h1><${LoadFailed} problem=${problem} />`;
  if (!event.data || !confirmed.data) return html`<h1 tabindex="-1">${t('participants.title')}</h1><${Loading} />`;
  const ev = event.data;
  const names = new Map(ev.delegations.map((d) => [d.code, pickLocalized(d.names, language, ev.defaultLanguage)]));
  // Accredited journalists come last, in a section of their own.
  names.set(PRESS_DELEGATION, t('participants.press'));
  const groups = groupByDelegation(ev, confirmed.data);

  return html`
    <div class="participants">
      <h1 tabindex="-1">${t('participants.title')}: ${pickLocalized(ev.titles, language, ev.defaultLanguage)}</h1>
      <p class="participants__scope">${t('participants.scope')} ${t('participants.count', { count: confirmed.data.length })}</p>
      <div class="actions">
        <button class="button" type="button" onClick=${() => window.print()}>${t('participants.print')}</button>
      </div>
      <${BadgePrintPanel} eventId=${eventId} token=${session.token} delegations=${ev.delegations.map((d) => ({ code: d.code, name: names.get(d.code) ?? d.code }))} />
      ${groups.length === 0 ? html`<p>${t('participants.none')}</p>` : null}
      ${groups.map(
        ({ delegation, members }) => html`
          <section class="delegation-group" aria-labelledby=${`delegation-${delegation}`} data-delegation=${delegation}>
            <h2 id=${`delegation-${delegation}`}>${names.get(delegation) ?? delegation}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">${t('table.name')}</th>
                  <th scope="col">${t('table.role')}</th>
                  <th scope="col">${t('table.position')}</th>
                  <th scope="col">${t('table.institution')}</th>
                </tr>
              </thead>
              <tbody>
                ${members.map(
                  (r) => html`
                    <tr data-reference=${r.reference}>
                      <td>${participantName(r.participant)}</td>
                      <td>${t(`role.${r.role}` as MessageKey)}</td>
                      <td>${r.participant.position}</td>
                      <td>${r.participant.institution}</td>
                    </tr>
                  `,
                )}
              </tbody>
            </table>
          </section>
        `,
      )}
    </div>
  `;
};

export const ParticipantsPage = ({ eventId }: { eventId: string }) => {
  const { t } = useLanguage();
  return html`
    <${ConsoleFrame} eventId=${eventId} needs="registrations" title=${t('participants.title')}>
      ${(session: Session) => html`<${Participants} eventId=${eventId} session=${session} />`}
    <//>
  `;
};
