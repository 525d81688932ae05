/**
 * Reading badge PDFs back in tests as a person and a scanner would: the page rendered by poppler's pdftoppm
 * (Debian poppler-utils) and its QR code decoded by jsQR; the page's text extracted by pdftotext.
 *
 * pdftoppm writes PPM here rather than PNG: a PPM is a short text header and raw RGB bytes, so no PNG decoder
 * is needed to hand jsQR its pixels.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { it } from 'vitest';

// jsQR is CommonJS whose types declare an ES default export: from ESM its default is `module.exports`, the function
// itself, which also carries `default` (as ajv-formats does in openapi-conformance.test.ts).
const jsQR = jsQRModule.default;

/**
 * Whether poppler is installed. Like Chromium for the browser tests (test/browser/support/browser.ts), it is a
 * prerequisite `.ci/run` installs: where it is missing the tests that render a badge are skipped with the reason,
 * except under CI, where a skip would hide a broken setup.
 */
const popplerMissing = spawnSync('pdftoppm', ['-v']).error !== undefined;
if (popplerMissing && process.env.CI) {
  throw new Error(`poppler's pdftoppm is not installed, and CI=${process.env.CI} forbids skipping the badge rendering tests.`);
}
if (popplerMissing) console.warn('Badge rendering tests skipped: poppler is not installed (apt-get install poppler-utils).');

/** `it` for a test that renders a badge with poppler; skipped (with the warning above) where poppler is missing. */
export const itWithPoppler = popplerMissing ? it.skip : it;

const withPdfFile = <T>(pdf: Uint8Array, work: (file: string, dir: string) => T): T => {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-badge-'));
  try {
    const file = join(dir, 'badge.pdf');
    writeFileSync(file, pdf);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** A binary PPM (P6): `P6 <width> <height> <maxval>` then width x height RGB triples. */
const parsePpm = (bytes: Buffer): { width: number; height: number; rgba: Uint8ClampedArray } => {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('Not a binary PPM');
  const [whole, w, h] = header;
  const width = Number(w);
  const height = Number(h);
  const rgb = bytes.subarray(whole.length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += 3) {
    rgba[i * 4] = rgb[j]!;
    rgba[i * 4 + 1] = rgb[j + 1]!;
    rgba[i * 4 + 2] = rgb[j + 2]!;
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
};

/** The text of the QR code on page `page` (1-based) rendered at `dpi`, or undefined when none reads. */
export const scanBadgeQr = (pdf: Uint8Array, page = 1, dpi = 150): string | undefined =>
  withPdfFile(pdf, (file, dir) => {
    const out = join(dir, 'page');
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, out]);
    const { width, height, rgba } = parsePpm(readFileSync(`${out}.ppm`));
    return jsQR(rgba, width, height)?.data;
  });

/**
 * How many dark pixels page `page` has above `fraction` of its height (from the top), rendered in grey at `dpi`:
 * text that extracts but prints blank (a font embedded without its outlines) shows here as missing ink.
 */
export const inkAbove = (pdf: Uint8Array, fraction: number, page = 1, dpi = 72): number =>
  withPdfFile(pdf, (file, dir) => {
    const out = join(dir, 'page');
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, out]);
    const { width, height, rgba } = parsePpm(readFileSync(`${out}.ppm`));
    let dark = 0;
    for (let i = 0; i < width * Math.floor(height * fraction); i++) if (rgba[i * 4]! + rgba[i * 4 + 1]! + rgba[i * 4 + 2]! < 3 * 128) dark++;
    return dark;
  });

/** The text of page `page` (1-based) as pdftotext extracts it. */
export const badgeText = (pdf: Uint8Array, page = 1): string =>
  withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
