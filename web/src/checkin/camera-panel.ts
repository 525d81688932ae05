/**
 * The camera view: started by a tap (browsers ask for the camera only then), stopped when the page closes. The reader
 * (camera-scanner.ts, with the WebAssembly QR reader where the browser has none) is loaded on that first tap.
 */
import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Notice } from '../components/notice.ts';
import { useLanguage } from '../i18n/language-context.ts';
import type { CameraScanner } from './camera-scanner.ts';

export const CameraPanel = ({ onCode }: { onCode: (text: string) => void }) => {
  const { t } = useLanguage();
  const video = useRef<HTMLVideoElement>(null);
  const scanner = useRef<CameraScanner | undefined>();
  const latest = useRef(onCode);
  latest.current = onCode;
  const [state, setState] = useState<'off' | 'starting' | 'on' | 'failed'>('off');

  const start = async () => {
    setState('starting');
    try {
      const { startCameraScanner } = await import('./camera-scanner.ts');
      scanner.current = await startCameraScanner(video.current!, (text) => latest.current(text));
      setState('on');
    } catch {
      setState('failed');
    }
  };
  const stop = () => {
    scanner.current?.stop();
    scanner.current = undefined;
    setState('off');
  };
  useEffect(() => () => scanner.current?.stop(), []);

  return html`
    <section class="camera" aria-labelledby="camera-title">
      <h2 id="camera-title" class="visually-hidden">${t('checkin.camera.title')}</h2>
      <video ref=${video} class=${`camera__view${state === 'on' ? '' : ' camera__view--off'}`} muted playsinline aria-label=${t('checkin.camera.view')}></video>
      <div class="actions">
        ${
          state === 'on'
            ? html`<button class="button button--secondary" type="button" onClick=${stop}>${t('checkin.camera.stop')}</button>`
            : html`<button class="button camera__start" type="button" disabled=${state === 'starting'} onClick=${() => void start()}>
                ${t('checkin.camera.start')}
              </button>`
        }
      </div>
      ${state === 'failed' ? html`<${Notice} kind="error" live>${t('checkin.camera.failed')}<//>` : null}
    </section>
  `;
};
