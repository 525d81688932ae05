/**
 * `/checkin/{eventId}`: the door. Name the device once, then scan (camera) or search (damaged badge). Works without
 * network once the roster is on the device; says at all times whether it is online and how many scans wait.
 */
import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from '../components/loading.ts';
import { Notice } from '../components/notice.ts';
import { currentSession } from '../console/auth/session.ts';
import { problemMessage } from '../forms/problem-message.ts';
import { useLanguage } from '../i18n/language-context.ts';
import { navigate } from '../router/router.ts';
import { CameraPanel } from './camera-panel.ts';
import { CheckInFrame, signInHref } from './checkin-frame.ts';
import { loadRoster } from './checkin-storage.ts';
import { ConnectionStatus } from './connection-status.ts';
import { DeviceNameForm } from './device-name-form.ts';
import { savedDeviceName } from './device-name.ts';
import { ManualSearch } from './manual-search.ts';
import { refusedScans } from './scan-queue.ts';
import { ScanResultPanel } from './scan-result-panel.ts';
import { enableOfflineShell } from './service-worker-registration.ts';
import { useEventTitle } from './event-title.ts';
import { useCheckIn } from './use-checkin.ts';

const Door = ({ eventId, device, onRename }: { eventId: string; device: string; onRename: () => void }) => {
  const { t } = useLanguage();
  const door = useCheckIn(eventId, device);
  const refused = refusedScans(door.queue);
  return html`
    ${
      // Only once the queue is read from the device: before that "every scan has been sent" could be untrue.
      door.loaded
        ? html`<${ConnectionStatus} online=${door.online} waiting=${door.waiting} syncStop=${door.syncStop} signInHref=${signInHref()} />`
        : null
    }
    <p class="checkin-device">
      ${t('checkin.device.current', { device })}
      <button class="button button--small button--secondary" type="button" onClick=${onRename}>${t('checkin.device.change')}</button>
    </p>
    ${!door.loaded || (!door.roster && door.online && !door.rosterProblem && door.syncStop !== 'sign-in') ? html`<${Loading} />` : null}
    ${door.rosterProblem ? html`<${Notice} kind="error" live>${problemMessage(door.rosterProblem, t)}<//>` : null}
    ${door.loaded && !door.roster && !door.online ? html`<${Notice} kind="warning">${t('checkin.noRosterOffline')}<//>` : null}
    ${
      door.roster
        ? html`
          <p class="muted" data-testid="roster-size">${t('checkin.rosterSize', { count: door.roster.entries.length })}</p>
          <${ScanResultPanel} result=${door.result} />
          <${CameraPanel} onCode=${(code: string) => void door.scanCode(code)} />
          <${ManualSearch} entries=${door.roster.entries} onCheckIn=${(id: string) => void door.checkInManually(id)} />
        `
        : null
    }
    ${
      refused.length > 0
        ? html`<section aria-labelledby="refused-title">
            <h2 id="refused-title">${t('checkin.serverRefused.title')}</h2>
            <ul>
              ${refused.map((s) => html`<li>${s.label}: ${t(s.problem === 'invalid-badge' ? 'checkin.refused.forged' : 'checkin.refused.not_confirmed')}</li>`)}
            </ul>
          </section>`
        : null
    }
  `;
};

export const CheckInEventPage = ({ eventId }: { eventId: string }) => {
  const { t, language } = useLanguage();
  const eventTitle = useEventTitle(eventId, language);
  const [device, setDevice] = useState(savedDeviceName);
  const [renaming, setRenaming] = useState(false);
  // Signed out (the sign-in expired, the tab was reopened) with this event's roster on the device: the door keeps
  // working offline; sending waits for a sign-in. Without a roster there is nothing to check against: sign in.
  const [offlineAllowed, setOfflineAllowed] = useState<boolean | undefined>(currentSession() ? true : undefined);
  useEffect(() => {
    enableOfflineShell();
    if (offlineAllowed === undefined)
      void loadRoster(eventId).then((roster) => (roster ? setOfflineAllowed(true) : navigate(signInHref(), { replace: true })));
  }, [eventId]);
  const title = t('checkin.title');
  if (offlineAllowed === undefined) return html`<${Loading} />`;
  return html`
    <${CheckInFrame} title=${title} withoutSession=${true}>
      ${() => html`
        <h1 tabindex="-1">${title}</h1>
        <p class="checkin-event" data-testid="event-title">${eventTitle}</p>
        ${
          !device || renaming
            ? html`<${DeviceNameForm}
                current=${device}
                onSaved=${(name: string) => {
                  setDevice(name);
                  setRenaming(false);
                }}
              />`
            : html`<${Door} eventId=${eventId} device=${device} onRename=${() => setRenaming(true)} />`
        }
      `}
    <//>
  `;
};
