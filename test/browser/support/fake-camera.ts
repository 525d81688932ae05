/**
 * A camera that shows a badge: Chromium's fake capture device plays a Y4M file, so the check-in app's scanner sees a
 * QR code as a door phone would. The QR is painted straight into the luminance (Y) plane from `qrcode`'s modules,
 * black on white with the quiet zone; the colour planes are neutral (128). One file per badge, one browser per file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import QRCode from 'qrcode';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

const WIDTH = 640;
const HEIGHT = 480;
/** Frames per badge: at 10 frames a second, a badge shown for 1.5 s before the next (Chromium loops the file). */
const FRAMES_EACH = 15;
const QUIET_MODULES = 4;
const FOLDER = resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'fake-camera');

const qrFrame = (text: string): Buffer => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cells = modules.size + 2 * QUIET_MODULES;
  const scale = Math.floor((HEIGHT - 40) / cells);
  const left = Math.floor((WIDTH - cells * scale) / 2);
  const top = Math.floor((HEIGHT - cells * scale) / 2);
  const y = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      const x0 = left + (col + QUIET_MODULES) * scale;
      const y0 = top + (row + QUIET_MODULES) * scale;
      for (let dy = 0; dy < scale; dy++) y.fill(16, (y0 + dy) * WIDTH + x0, (y0 + dy) * WIDTH + x0 + scale);
    }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  return Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
};

/** Writes a Y4M video showing each text as a QR code in turn (then again: Chromium loops it); returns its path. */
export const writeQrVideo = (texts: string | readonly string[], name: string): string => {
  const frames = (typeof texts === 'string' ? [texts] : texts).flatMap((text) => Array<Buffer>(FRAMES_EACH).fill(qrFrame(text)));
  mkdirSync(FOLDER, { recursive: true });
  const file = resolve(FOLDER, `${name}.y4m`);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), ...frames]));
  return file;
};

/** Chromium whose camera shows `video` (granted without asking). */
export const launchWithCamera = (video: string): Promise<Browser> =>
  launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
