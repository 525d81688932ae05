/**
 * The camera and the QR reader, loaded only when the check-in page opens its camera (a separate chunk: the rest of
 * the site does not carry it). `BarcodeDetector` is the browser's own where it has one (Android Chrome); elsewhere
 * (desktop Chromium on Linux, Safari, Firefox) the `barcode-detector` ponyfill reads QR codes with ZXing compiled to
 * WebAssembly, whose .wasm is served by this site (bundled by Vite, precached by the service worker): no CDN, so it
 * works under the strict CSP and without network.
 */
import { BarcodeDetector as PonyfillDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

let prepared = false;

const detector = async (): Promise<Detector> => {
  const native = (globalThis as { BarcodeDetector?: { new (o: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> } })
    .BarcodeDetector;
  if (native && (await native.getSupportedFormats().catch((): string[] => [])).includes('qr_code')) return new native({ formats: ['qr_code'] });
  if (!prepared) {
    prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) } });
    prepared = true;
  }
  return new PonyfillDetector({ formats: ['qr_code'] });
};

export interface CameraScanner {
  stop(): void;
}

/**
 * Shows the back camera in `video` and calls `onCode` with each QR text read; the same text is not repeated within
 * `repeatAfterMs` (a badge held still is one scan, not ten).
 */
export const startCameraScanner = async (
  video: HTMLVideoElement,
  onCode: (text: string) => void,
  { repeatAfterMs = 3000, intervalMs = 150 } = {},
): Promise<CameraScanner> => {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
  video.srcObject = stream;
  video.muted = true;
  video.setAttribute('playsinline', '');
  await video.play();
  const reader = await detector();
  let stopped = false;
  let last = { text: '', at: 0 };
  const tick = async () => {
    if (stopped) return;
    try {
      if (video.readyState >= 2) {
        for (const { rawValue } of await reader.detect(video)) {
          const now = Date.now();
          if (rawValue && (rawValue !== last.text || now - last.at > repeatAfterMs)) onCode(rawValue);
          if (rawValue) last = { text: rawValue, at: now };
        }
      }
    } catch {
      // A frame that cannot be read (camera starting, tab hidden) is skipped.
    }
    if (!stopped) setTimeout(() => void tick(), intervalMs);
  };
  void tick();
  return {
    stop: () => {
      stopped = true;
      stream.getTracks().forEach((track) => track.stop());
      video.srcObject = null;
    },
  };
};
