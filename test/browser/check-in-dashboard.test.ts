/**
 * The console's check-in figures: the dashboard shows checked in against expected, by category and by delegation,
 * and keeps itself current; door staff (the `checkin` group alone) open no secretariat or press page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Language } from '../../shared/domain/primitives.ts';
import { tokenFor } from '../support/api.ts';
import { registrationEvent } from '../integration/registration-helpers.ts';
import { checkIn, confirmedParticipant, doorStaff, scan } from '../integration/venue-helpers.ts';
import { describeInBrowser, expectNoSeriousA11yViolations, launchBrowser, openPage, screenshots, site } from './support/browser.ts';

/** Signs the page in with a token, as the sign-in page would (the session lives in sessionStorage). */
const signedIn = async (page: Page, token: string) =>
  page.context().addInitScript((t) => sessionStorage.setItem('plenary.console.session', t), token);

const stat = (page: Page, card: string) => page.getByTestId(card).locator('.stat').textContent();

/** An event with three confirmed participants (two of Argentina, one of IOM), one of them checked in. */
const eventWithArrivals = async (prefix: string) => {
  const { eventId } = await registrationEvent(prefix);
  const [ana, bruno, iom] = [
    await confirmedParticipant(eventId, { delegation: 'AR' }),
    await confirmedParticipant(eventId, { delegation: 'AR' }),
    await confirmedParticipant(eventId, { delegation: 'iom', role: 'observer' }),
  ];
  expect((await checkIn(eventId, scan({ registrationId: ana.id }))).status).toBe(200);
  return { eventId, bruno: bruno!, iom: iom! };
};

describeInBrowser('check-in on the console dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows checked in against expected by category and delegation, and refreshes itself every 15 seconds', async () => {
    const { eventId, bruno } = await eventWithArrivals('web-checkin-dash');
    const { page, problems, close } = await openPage(browser, { language: 'en' });
    await signedIn(page, await tokenFor('secretariat'));
    await page.clock.install();
    await page.goto(site(`/console/events/${eventId}`));
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await expect.poll(() => stat(page, 'checked-in')).toBe('1 of 3');

    const byCategory = page.getByRole('region', { name: 'Check-in by category' });
    expect(await byCategory.getByRole('row', { name: /Member states/ }).textContent()).toMatch(/Member states\s*1\s*2/);
    expect(await byCategory.getByRole('row', { name: /Observers/ }).textContent()).toMatch(/Observers\s*0\s*1/);
    const byDelegation = page.getByRole('region', { name: 'Check-in by delegation' });
    expect(await byDelegation.getByRole('row', { name: /\(AR\)/ }).textContent()).toMatch(/Argentina \(AR\)\s*1\s*2/);
    const updated = await page.getByTestId('check-in-updated').textContent();
    expect(updated).toMatch(/^Updated at .+\. Refreshes every 15 seconds\.$/);

    // Someone else arrives; nobody touches the page.
    expect((await checkIn(eventId, scan({ registrationId: bruno.id }))).status).toBe(200);
    await page.clock.fastForward(15_000);
    await expect.poll(() => stat(page, 'checked-in'), { timeout: 10_000 }).toBe('2 of 3');
    expect(await byDelegation.getByRole('row', { name: /\(AR\)/ }).textContent()).toMatch(/Argentina \(AR\)\s*2\s*2/);
    expect(await page.getByTestId('check-in-updated').textContent()).not.toBe(updated);
    expect(problems).toEqual([]);
    await close();
  });

  it.each(['es', 'pt', 'en', 'nl'] as Language[])('is accessible in %s, at phone and desktop width', async (language) => {
    const { eventId } = await eventWithArrivals(`web-checkin-a11y-${language}`);
    const { page, problems, close } = await openPage(browser, { language });
    await signedIn(page, await tokenFor('secretariat'));
    await page.goto(site(`/console/events/${eventId}`));
    await page.getByTestId('check-in').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    await expectNoSeriousA11yViolations(page, `dashboard-check-in (${language})`);
    await screenshots(page, `dashboard-check-in-${language}`);
    expect(problems).toEqual([]);
    await close();
  });

  it('door staff see the events leading to the check-in app, and no secretariat or press page', async () => {
    const { eventId } = await registrationEvent('web-checkin-staff');
    const { page, close } = await openPage(browser, { language: 'en' });
    await signedIn(page, await doorStaff());
    await page.goto(site('/console'));
    await page.getByRole('heading', { level: 1, name: 'Secretariat console' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Console' });
    for (const part of ['Dashboard', 'Registrations', 'Press inquiries', 'Emails', 'Colleagues'])
      expect(await nav.getByRole('link', { name: part }).count(), part).toBe(0);
    await expect.poll(() => page.locator(`a[href="/checkin/${eventId}"]`).count()).toBe(1);

    for (const path of [`/console/events/${eventId}`, `/console/events/${eventId}/registrations`, `/console/events/${eventId}/inquiries`]) {
      await page.goto(site(path));
      await page.getByText('Your account cannot open this part of the console.').waitFor();
      expect(await page.locator('main table').count(), path).toBe(0);
    }
    await close();
  });
});
