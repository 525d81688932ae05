/**
 * The secretariat on the morning the ministries answer: finds delegates by part of a name, by email and by
 * reference, approves twenty pending registrations in one action, and prints the participants list by delegation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createEvent, tokenFor, uniqueEventId } from '../support/api.ts';
import { describeInBrowser, expectNoSeriousA11yViolations, launchBrowser, openPage, screenshots, site } from './support/browser.ts';

const DELEGATIONS = ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PY', 'PE', 'SR'];

const registerOne = async (eventId: string, i: number, over: { givenName?: string; familyName?: string; role?: string } = {}) => {
  const answer = await api(`/events/${eventId}/registrations`, {
    // Each from a client of its own: the public hourly limits per client are not what this test is about.
    headers: { 'X-Plenary-Viewer-Address': `203.0.113.${i + 1}:40000` },
    body: {
      participant: {
        givenName: over.givenName ?? `Delegate${i}`,
        familyName: over.familyName ?? `Surname${String(i).padStart(2, '0')}`,
        email: `scale-${i}-${eventId}@example.org`,
        position: 'Adviser',
        institution: 'Foreign Affairs',
      },
      delegation: DELEGATIONS[i % DELEGATIONS.length],
      role: over.role ?? 'delegate',
      language: 'en',
      consent: { dataProcessing: true, listInParticipants: true },
    },
  });
  expect(answer.status).toBe(201);
  return answer.json as { id: string; reference: string };
};

const rows = (page: Page) => page.locator('main tbody tr');

const search = async (page: Page, q: string) => {
  await page.getByRole('textbox', { name: /^Search/ }).fill(q);
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === q);
  await page.waitForLoadState('networkidle');
};

describeInBrowser('registrations at scale in the console', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds a delegate by name part, email and reference, approves 20 at once, and prints participants by delegation', async () => {
    const eventId = uniqueEventId('web-scale');
    await createEvent(eventId); // the sample event: approval required
    const registered = [];
    // The first is the delegate the officer looks for; an Argentine head of delegation arrives after an Argentine delegate.
    registered.push(await registerOne(eventId, 0, { givenName: 'Joaquín', familyName: 'Ñáñez Quispe' }));
    for (let i = 1; i < 19; i++) registered.push(await registerOne(eventId, i));
    registered.push(await registerOne(eventId, 20, { givenName: 'Beatriz', familyName: 'Acosta', role: 'head_of_delegation' }));
    expect(registered).toHaveLength(20);
    const wanted = registered[0]!;

    const { page, problems, close } = await openPage(browser, { language: 'en' });
    await page.goto(site(`/console/events/${eventId}/registrations`));
    await page.getByRole('button', { name: 'Sign in as the secretariat officer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrations' }).waitFor();
    await rows(page).first().waitFor();

    // By part of the name, without the accents and in capitals; by part of the email; by reference in lower case.
    for (const q of ['NANEZ', `scale-0-${eventId}`, wanted.reference.toLowerCase()]) {
      await search(page, q);
      await expect.poll(() => rows(page).count()).toBe(1);
      expect(await rows(page).first().getAttribute('data-reference'), q).toBe(wanted.reference);
    }
    await screenshots(page, 'registrations-search-en');

    // Every pending registration, selected with one box, approved in one action.
    await page.goto(site(`/console/events/${eventId}/registrations?status=pending_approval`));
    await expect.poll(() => rows(page).count()).toBe(20);
    await page.getByLabel('Select every registration on this page that awaits a decision').check();
    expect(await page.locator('.select-row:checked').count()).toBe(20);
    await page.getByRole('button', { name: 'Approve selected' }).click();
    await page.getByRole('status').filter({ hasText: '20 decided, 0 not changed.' }).waitFor();
    expect(await page.locator('.outcomes li.outcome--approved').count()).toBe(20);
    await expect.poll(() => rows(page).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'registrations after a bulk approval');
    await screenshots(page, 'registrations-bulk-approved-en');

    const confirmed = await api(`/admin/events/${eventId}/registrations?status=confirmed&limit=50`, { token: await tokenFor('secretariat') });
    expect(confirmed.json.items).toHaveLength(20);

    // The participants list: grouped by delegation, the head of delegation first, printable.
    await page.getByRole('link', { name: 'Participants list (printable)' }).click();
    await page.getByRole('heading', { level: 1, name: /^Participants/ }).waitFor();
    await page.getByText('Confirmed participants only').waitFor();
    const groups = page.locator('.delegation-group');
    await expect.poll(() => groups.count()).toBe(DELEGATIONS.length);
    const argentina = page.locator('.delegation-group[data-delegation="AR"] tbody tr');
    expect(await argentina.first().textContent()).toContain('Head of delegation');
    expect(await argentina.first().textContent()).toContain('Acosta');
    await expectNoSeriousA11yViolations(page, 'participants');
    await screenshots(page, 'participants-en');

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Console' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await groups.first().isVisible()).toBe(true);
    await screenshots(page, 'participants-print-en');
    await page.emulateMedia({ media: 'screen' });

    expect(problems).toEqual([]);
    await close();
  });
});
