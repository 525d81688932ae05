/**
 * The venue's check-in app in real Chromium with a fake camera showing badges (test/browser/support/fake-camera.ts):
 * the scanner recognises a participant; three badges scanned without network are verified on the device, queued and
 * sent once when the network is back (and the app reloads without network, from its service worker); a badge scanned
 * at a second door says when and where it was first checked in; a forged badge is refused; a damaged badge is found
 * by name; a user outside the check-in and secretariat groups is told the app is not theirs.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { keyPairFromSeed, signCheckInCode } from '../../shared/domain/badges/check-in-code.ts';
import { api, createEvent, tokenFor, uniqueEventId } from '../support/api.ts';
import { describeInBrowser, launchBrowser, openPage, PHONE, screenshots, site, type OpenedPage } from './support/browser.ts';
import { badgeCodes, confirmedParticipants, type Participant } from './support/checkin.ts';
import { launchWithCamera, writeQrVideo } from './support/fake-camera.ts';

const PEOPLE = [
  { givenName: 'Ana María', familyName: 'Peñalosa' },
  { givenName: 'João', familyName: 'Silva', delegation: 'BR' },
  { givenName: 'Lucía', familyName: 'Fernández', delegation: 'PE' },
  { givenName: 'Rosa', familyName: 'Quispe', delegation: 'BO' },
  { givenName: 'Pieter', familyName: 'de Vries', delegation: 'AR' },
  { givenName: 'Marta', familyName: 'Rojas', delegation: 'UY' },
  { givenName: 'Carmen', familyName: 'Vidal', delegation: 'EC' },
];

const DOC_IMAGES = resolve(import.meta.dirname, '..', '..', 'docs', 'images');

/** With PLENARY_DOC_SCREENSHOTS=1, the pictures docs/venue.md shows are refreshed in docs/images/ (a phone's screen). */
const keepForDocs = async (page: Page, name: string) => {
  if (process.env.PLENARY_DOC_SCREENSHOTS !== '1') return;
  await mkdir(DOC_IMAGES, { recursive: true });
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(DOC_IMAGES, `${name}.png`) });
};

interface RosterAnswer {
  items: { registrationId: string; checkedIn: { at: string; device: string } | null }[];
}

describeInBrowser('the check-in app at the door', () => {
  let eventId: string;
  let people: Participant[];
  let codes: string[];
  const browsers: Browser[] = [];
  const pages: OpenedPage[] = [];

  beforeAll(async () => {
    eventId = uniqueEventId('checkin');
    await createEvent(eventId);
    people = await confirmedParticipants(eventId, PEOPLE);
    codes = await badgeCodes(
      eventId,
      people.map((p) => p.id),
    );
  });
  afterEach(async () => {
    for (const opened of pages.splice(0)) await opened.close();
    for (const browser of browsers.splice(0)) await browser.close();
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
  });

  const withCamera = async (texts: string | string[], name: string) => {
    const browser = await launchWithCamera(writeQrVideo(texts, `${eventId}-${name}`));
    browsers.push(browser);
    return browser;
  };

  /** A door: signed in as door staff (group `checkin`), the device named, the roster on the device. */
  const openDoor = async (browser: Browser, device: string): Promise<OpenedPage> => {
    const opened = await openPage(browser, { language: 'en' });
    pages.push(opened);
    const { page } = opened;
    await page.setViewportSize(PHONE);
    await page.goto(site(`/checkin/${eventId}`));
    // Venue staff: the local sample user of the `checkin` group.
    await page.getByRole('button', { name: 'Sign in as door.staff@example.org' }).click();
    await page.getByLabel('Name of this device').fill(device);
    if (device === 'door 1') await keepForDocs(page, 'checkin-device');
    await page.getByRole('button', { name: 'Save the name' }).click();
    await expect.poll(() => page.getByTestId('roster-size').textContent(), { timeout: 15_000 }).toBe(`${PEOPLE.length} participants on this device`);
    return opened;
  };

  const result = (page: Page) => page.getByTestId('scan-result');
  const waiting = (page: Page) => page.getByTestId('waiting').getAttribute('data-count');
  const rosterOf = async () =>
    (await api(`/admin/events/${eventId}/check-in/roster`, { token: await tokenFor('secretariat') })).json as unknown as RosterAnswer;
  const checkedInOf = async (id: string) => (await rosterOf()).items.find((i) => i.registrationId === id)?.checkedIn ?? null;

  it('recognises the participant whose badge is held to the camera, and the API records the check-in', async () => {
    const door = await openDoor(await withCamera(codes[0]!, 'one'), 'door 1');
    await door.page.getByRole('button', { name: 'Start the camera' }).click();
    await expect.poll(() => result(door.page).textContent(), { timeout: 20_000 }).toContain('Ana María Peñalosa');
    await expect.poll(() => result(door.page).locator('[data-verdict]').getAttribute('data-verdict')).toBe('admitted');
    expect(await result(door.page).textContent()).toContain('Checked in');
    expect(await result(door.page).textContent()).toContain('Member state');
    expect(await door.page.getByTestId('event-title').textContent()).toBe('Seventh South American Conference on Migration');
    await expect.poll(() => waiting(door.page)).toBe('0');
    expect(await checkedInOf(people[0]!.id)).toMatchObject({ device: 'door 1' });
    await door.page.getByRole('button', { name: 'Stop the camera' }).click();
    await keepForDocs(door.page, 'checkin-admitted');
    await screenshots(door.page, 'checkin-admitted');
    expect(door.problems).toEqual([]);
  });

  it('without network verifies and queues three badges, reloads from the service worker, and sends them once the network is back', async () => {
    const door = await openDoor(await withCamera([codes[1]!, codes[2]!, codes[3]!], 'three'), 'door 3');
    const { page } = door;
    // The offline shell is in place once the service worker is active (its install precached the app).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.context().setOffline(true);
    await expect.poll(() => page.getByTestId('connection-state').textContent()).toBe('No network');
    await page.getByRole('button', { name: 'Start the camera' }).click();
    await expect.poll(() => waiting(page), { timeout: 30_000 }).toBe('3');
    expect(await page.getByTestId('waiting').textContent()).toBe('3 scans waiting to be sent');
    await page.getByRole('button', { name: 'Stop the camera' }).click();
    await keepForDocs(page, 'checkin-offline');
    await screenshots(page, 'checkin-offline');
    expect(await checkedInOf(people[1]!.id)).toBeNull();

    await page.reload();
    await expect.poll(() => page.getByTestId('roster-size').textContent(), { timeout: 15_000 }).toBe(`${PEOPLE.length} participants on this device`);
    expect(await page.getByTestId('connection-state').textContent()).toBe('No network');
    expect(await waiting(page)).toBe('3');

    await page.context().setOffline(false);
    await expect.poll(() => waiting(page), { timeout: 20_000 }).toBe('0');
    expect(await page.getByTestId('connection-state').textContent()).toBe('Online');
    await keepForDocs(page, 'checkin-synced');
    const roster = await rosterOf();
    for (const person of people.slice(1, 4))
      expect(roster.items.find((i) => i.registrationId === person.id)?.checkedIn).toMatchObject({ device: 'door 3' });
    const summary = (await api(`/admin/events/${eventId}/summary`, { token: await tokenFor('secretariat') })).json as {
      checkIn: { checkedIn: number; expected: number };
    };
    // Ana María at door 1 in the first test, these three here: each counted once.
    expect(summary.checkIn).toMatchObject({ checkedIn: 4, expected: PEOPLE.length });
    // Offline, the page logs its failed fetches (the roster refresh): expected, not a page error.
    expect(door.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(p))).toEqual([]);
  });

  it("tells the second door the badge was checked in already, with the first door's time and name", async () => {
    const browser = await withCamera(codes[4]!, 'two-doors');
    // Door 2 has its roster before door 1 scans: only the API can tell it the badge is already used.
    const second = await openDoor(browser, 'door 2');
    const first = await openDoor(browser, 'door 1');
    await first.page.getByRole('button', { name: 'Start the camera' }).click();
    await expect.poll(() => result(first.page).locator('[data-verdict]').getAttribute('data-verdict'), { timeout: 20_000 }).toBe('admitted');
    await expect.poll(() => waiting(first.page)).toBe('0');
    await first.page.getByRole('button', { name: 'Stop the camera' }).click();
    const { at, device } = (await checkedInOf(people[4]!.id))!;
    expect(device).toBe('door 1');
    const time = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(new Date(at));

    await second.page.getByRole('button', { name: 'Start the camera' }).click();
    await expect.poll(() => result(second.page).locator('[data-verdict]').getAttribute('data-verdict'), { timeout: 20_000 }).toBe('already');
    expect(await result(second.page).textContent()).toContain(`Already checked in at ${time} at door 1.`);
    expect(await result(second.page).textContent()).toContain('Pieter de Vries');
    await second.page.getByRole('button', { name: 'Stop the camera' }).click();
    await keepForDocs(second.page, 'checkin-already');
    await screenshots(second.page, 'checkin-already');
    expect((await checkedInOf(people[4]!.id))?.device).toBe('door 1');
  });

  it('refuses a forged badge as forged, and checks in a damaged badge found by name', async () => {
    const forger = await keyPairFromSeed(new Uint8Array(32).fill(9));
    const forged = await signCheckInCode({ eventId, registrationId: people[5]!.id }, forger.privateKey);
    const door = await openDoor(await withCamera(forged, 'forged'), 'door 4');
    const { page } = door;
    await page.getByRole('button', { name: 'Start the camera' }).click();
    await expect.poll(() => result(page).locator('[data-verdict]').getAttribute('data-reason'), { timeout: 20_000 }).toBe('forged');
    expect(await result(page).textContent()).toContain('Not accepted');
    expect(await result(page).textContent()).toContain('forged');
    await page.getByRole('button', { name: 'Stop the camera' }).click();
    await keepForDocs(page, 'checkin-forged');
    await screenshots(page, 'checkin-forged');
    expect(await checkedInOf(people[5]!.id)).toBeNull();

    await page.getByLabel('Find by name, reference or desk code').fill('rojas');
    await screenshots(page, 'checkin-search');
    await page.setViewportSize(PHONE);
    await page.getByRole('heading', { name: 'Damaged or forgotten badge' }).scrollIntoViewIfNeeded();
    if (process.env.PLENARY_DOC_SCREENSHOTS === '1')
      await page.locator('.manual-search').screenshot({ path: resolve(DOC_IMAGES, 'checkin-search.png') });
    await page.getByRole('button', { name: 'Check in Marta Rojas' }).click();
    await expect.poll(() => result(page).locator('[data-verdict]').getAttribute('data-verdict')).toBe('admitted');
    await expect.poll(() => waiting(page)).toBe('0');
    expect(await checkedInOf(people[5]!.id)).toMatchObject({ device: 'door 4' });
    expect(door.problems).toEqual([]);
  });

  it('keeps the scans made after the sign-in expired, and sends them after a fresh sign-in', async () => {
    const browser = await launchBrowser();
    browsers.push(browser);
    const door = await openDoor(browser, 'door 5');
    const { page } = door;
    await page.context().setOffline(true);
    // The sign-in runs out while the door has no network (the tab's token is gone, as when it is past its time).
    await page.evaluate(() => sessionStorage.clear());
    await page.getByLabel('Find by name, reference or desk code').fill('vidal');
    await page.getByRole('button', { name: 'Check in Carmen Vidal' }).click();
    await expect.poll(() => waiting(page)).toBe('1');
    await page.context().setOffline(false);
    await page.getByText('Your sign-in has expired.').waitFor();
    expect(await waiting(page)).toBe('1');
    expect(await checkedInOf(people[6]!.id)).toBeNull();

    await page.getByRole('link', { name: 'Sign in again' }).click();
    await page.getByRole('button', { name: 'Sign in as door.staff@example.org' }).click();
    await page.getByTestId('roster-size').waitFor();
    await expect.poll(() => waiting(page), { timeout: 20_000 }).toBe('0');
    expect(await page.getByRole('heading', { name: 'Scans the server did not accept' }).count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe(`/checkin/${eventId}`);
    expect(await checkedInOf(people[6]!.id)).toMatchObject({ device: 'door 5' });
    expect(door.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(p))).toEqual([]);
  });

  it('tells a signed-in user outside the check-in and secretariat groups that the app is not theirs', async () => {
    const browser = await launchBrowser();
    browsers.push(browser);
    const opened = await openPage(browser, { language: 'en' });
    pages.push(opened);
    await opened.page.goto(site('/checkin'));
    await opened.page.getByRole('button', { name: 'Sign in as the press officer' }).click();
    await opened.page.getByText('Your account cannot check people in.').waitFor();
    await opened.page.goto(site(`/checkin/${eventId}`));
    await opened.page.getByText('Your account cannot check people in.').waitFor();
    expect(await opened.page.getByTestId('roster-size').count()).toBe(0);
  });
});
