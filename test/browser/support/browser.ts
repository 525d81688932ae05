/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core (nothing is
 * downloaded). Where it is missing the suites are skipped with the reason, except under CI, where a
 * missing browser is a failure: `.ci/run` installs it, so a skip there would hide a broken setup.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import type { Language } from '../../../shared/domain/primitives.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
const SKIP_REASON = `skipped: Chromium is not installed at ${CHROMIUM} (apt-get install chromium)`;

if (missing && process.env.CI) {
  throw new Error(`Chromium is not installed at ${CHROMIUM}, and CI=${process.env.CI} forbids skipping the browser tests.`);
}
if (missing) console.warn(`browser tests ${SKIP_REASON}`);

// The platform serves web/dist as it was when it started; without a build it serves a placeholder page.
const WEB_DIST = resolve(import.meta.dirname, '..', '..', '..', 'web', 'dist', 'index.html');
if (!missing && !existsSync(WEB_DIST)) throw new Error('web/dist is not built: run `npm run build:web` before the browser tests.');

/** `describe`, or a skipped one whose name carries the reason. */
export const describeInBrowser = (name: string, body: () => void) =>
  missing ? describe.skip(`${name} [${SKIP_REASON}]`, body) : describe(name, body);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `extraArgs`: e.g. the fake camera's flags (test/browser/support/fake-camera.ts). */
export const launchBrowser = (extraArgs: readonly string[] = []): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...extraArgs] });

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

export const site = (path: string): string => `${inject('platform').baseUrl}${path}`;

export interface OpenedPage {
  page: Page;
  /** Console errors and CSP violations seen so far; a clean page has none. */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh context (own storage), optionally with a remembered language, that records console errors. */
export const openPage = async (
  browser: Browser,
  { language, locale = 'en-US' }: { language?: Language; locale?: string } = {},
): Promise<OpenedPage> => {
  const context = await browser.newContext({ viewport: DESKTOP, locale, acceptDownloads: true });
  if (language) await context.addInitScript((l) => localStorage.setItem('plenary.language', l), language);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A 4xx answer the page expects (a refused form) is logged by Chromium as a failed resource; not a page error.
    if (message.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems, close: () => context.close() };
};

const require = createRequire(import.meta.url);
/** The project's own axe-core (4.14), newer than the copy @axe-core/playwright bundles. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

/** axe-core with the WCAG 2.0-2.2 A and AA rules; serious and critical findings fail the test. */
export const expectNoSeriousA11yViolations = async (page: Page, label: string): Promise<void> => {
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${label}: axe found serious or critical violations`).toEqual([]);
};

/** Full-page screenshots at phone and desktop width, kept as artefacts in test-results/screenshots/. */
export const screenshots = async (page: Page, name: string): Promise<void> => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [width, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: resolve(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
};

/** Picks a language with the switch in the header, as a reader would. */
export const switchLanguage = async (page: Page, name: 'Español' | 'Português' | 'English' | 'Nederlands'): Promise<void> => {
  await page.locator('.language-switch').getByRole('button', { name, exact: true }).click();
};
