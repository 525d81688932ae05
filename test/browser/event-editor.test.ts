/**
 * The event editor as officers use it: next year's meeting copied from the sample event, its dates, capacity and one
 * delegation's quota changed, published, and seen on the public site; two officers editing the same event at once.
 * Screenshots land in test-results/screenshots/ (docs/console.md uses copies kept in docs/images/).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createEvent, tokenFor, uniqueEventId } from '../support/api.ts';
import { DESKTOP, describeInBrowser, launchBrowser, openPage, screenshots, site } from './support/browser.ts';

const DOC_IMAGES = resolve(import.meta.dirname, '..', '..', 'docs', 'images');

/**
 * With PLENARY_DOC_SCREENSHOTS=1, the pictures docs/console.md shows are refreshed in docs/images/: one part of the
 * page (`part`), or what a desktop screen shows, rather than the whole long form.
 */
const keepForDocs = async (page: Page, name: string, part?: Locator) => {
  if (process.env.PLENARY_DOC_SCREENSHOTS !== '1') return;
  await mkdir(DOC_IMAGES, { recursive: true });
  await page.setViewportSize(DESKTOP);
  const path = resolve(DOC_IMAGES, `${name}.png`);
  if (part) return void (await part.screenshot({ path }));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path });
};

const signIn = async (page: Page, path: string) => {
  await page.goto(site(path));
  await page.getByRole('button', { name: 'Sign in as the secretariat officer' }).click();
};

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id);

const editorLoaded = (page: Page) => page.locator('#f-code').waitFor();

describeInBrowser('the event editor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an officer copies the sample event, changes dates, capacity and one quota, publishes it, and the public site lists it', async () => {
    const source = uniqueEventId('web-editor-source');
    await createEvent(source, { published: true });
    const copyId = uniqueEventId('web-editor-copy');
    const { page, problems, close } = await openPage(browser, { language: 'en' });

    await signIn(page, '/console');
    await page.getByRole('heading', { level: 2, name: 'Event setup' }).waitFor();
    const card = page.locator(`li[data-event="${source}"]`);
    await card.getByRole('button', { name: /^Copy / }).click();
    await card.getByLabel('Id of the new event').fill(copyId);
    await card.getByLabel('Days to move every date').fill('364');
    await screenshots(page, 'editor-copy');
    await keepForDocs(page, 'console-event-setup', page.locator('section[aria-labelledby="event-setup"]'));
    await card.getByRole('button', { name: 'Make the copy' }).click();

    await page.getByRole('heading', { level: 1, name: 'Edit event' }).waitFor();
    await editorLoaded(page);
    expect(await page.getByText('This event is not published').count()).toBe(1);
    await page.getByLabel('First day').fill('2031-03-10');
    await page.getByLabel('Last day').fill('2031-03-12');
    await page.getByLabel('Capacity (places in the event)').fill('60');
    // Argentina, the first delegation, gets 3 places of its own (member states have 8).
    expect(await page.locator('#f-delegations-0-code').inputValue()).toBe('AR');
    await page.locator('#f-delegations-0-quota').fill('3');
    // Personal data: 90 days by default; 30 here, and the editor says which day that makes.
    const days = page.getByLabel('Days after the event ends until personal data is erased');
    expect(await days.inputValue()).toBe('90');
    await days.fill('30');
    expect(await page.getByTestId('erasure-date').textContent()).toContain('April 11, 2031');
    await screenshots(page, 'editor-form');
    await keepForDocs(page, 'editor-top');
    await keepForDocs(page, 'editor-registration', page.locator('section[aria-labelledby="editor-registration"]'));
    await keepForDocs(page, 'editor-delegation', page.locator('section[aria-labelledby="editor-delegations"] li').first());
    await keepForDocs(page, 'editor-routing', page.locator('.routing-test'));
    await page.getByRole('button', { name: 'Save and publish' }).click();
    await page.getByText('Saved.').waitFor();
    expect(await page.getByText('This event is published').count()).toBe(1);

    // The public site lists it with its new dates; its numbers are the ones saved.
    const listed = (await api('/events')).json.items.find((e: { id: string }) => e.id === copyId);
    expect(listed).toMatchObject({ startDate: '2031-03-10', endDate: '2031-03-12' });
    await page.goto(site(`/events/${copyId}`));
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('2031');
    await screenshots(page, 'editor-public-event');
    const stored = (await api(`/admin/events/${copyId}`, { token: await tokenFor('secretariat') })).json;
    expect(stored.registration.capacity).toBe(60);
    expect(stored.delegations.find((d: { code: string }) => d.code === 'AR').quota).toBe(3);
    expect(stored.retention).toEqual({ personalDataDays: 30 });
    await page.goto(site(`/console/events/${copyId}`));
    await expect.poll(() => page.getByTestId('seats').locator('.stat').textContent(), { timeout: 15_000 }).toBe('0 of 60');
    expect(await page.getByTestId('personal-data').textContent()).toBe('Personal data will be erased on Friday, April 11, 2031.');
    const arRow = page.locator('main table tr', { hasText: 'Argentina' });
    expect(await arRow.locator('td').last().textContent()).toBe('3');
    expect(problems).toEqual([]);
    await close();
  });

  it('a second officer editing the same event meets the conflict message and can load the latest version', async () => {
    const eventId = uniqueEventId('web-editor-conflict');
    await createEvent(eventId, { published: false });
    const first = await openPage(browser, { language: 'en' });
    const second = await openPage(browser, { language: 'en' });
    for (const { page } of [first, second]) {
      await signIn(page, `/console/events/${eventId}/edit`);
      await editorLoaded(page);
    }

    await first.page.getByLabel('Sender name of emails').fill('First officer');
    await first.page.getByRole('button', { name: 'Save changes' }).click();
    await first.page.getByText('Saved.').waitFor();

    await second.page.getByLabel('Capacity (places in the event)').fill('90');
    await second.page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = second.page.getByRole('alert').filter({ hasText: 'Another officer saved this event' });
    await conflict.waitFor();
    await screenshots(second.page, 'editor-conflict');
    await keepForDocs(second.page, 'editor-conflict', conflict);
    await conflict.getByRole('button', { name: 'Load the latest version' }).click();
    await editorLoaded(second.page);
    expect(await second.page.getByLabel('Sender name of emails').inputValue()).toBe('First officer');

    // Reloaded, the second officer's change goes through, over the first one's.
    await second.page.getByLabel('Capacity (places in the event)').fill('90');
    await second.page.getByRole('button', { name: 'Save changes' }).click();
    await second.page.getByText('Saved.').waitFor();
    const stored = (await api(`/admin/events/${eventId}`, { token: await tokenFor('secretariat') })).json;
    expect(stored).toMatchObject({ senderName: 'First officer', registration: { capacity: 90 } });
    expect(first.problems).toEqual([]);
    expect(second.problems.filter((p) => !/412/.test(p))).toEqual([]);
    await first.close();
    await second.close();
  });

  it('an officer creates an event from nothing, with the keyboard for the lists, and tries the press routing rules', async () => {
    // A colleague creates this id while the form is being filled in: the save must not overwrite it.
    const takenMeanwhile = uniqueEventId('web-editor-taken');
    const eventId = uniqueEventId('web-editor-new');
    const { page, problems, close } = await openPage(browser, { language: 'en' });
    await signIn(page, '/console');
    await page.getByRole('link', { name: 'New event' }).click();
    await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();

    await page.getByLabel('Event id (in its web address)').fill(takenMeanwhile);
    await page.getByLabel('Short code').fill('TEST1');
    await page.getByLabel('Title (English)').fill('Regional workshop on labour migration');
    await page.getByLabel('First day').fill('2032-04-06');
    await page.getByLabel('Last day').fill('2032-04-07');
    await page.getByLabel('Time zone').fill('America/Lima');
    await page.getByLabel('Venue', { exact: true }).fill('Centro de Convenciones');
    await page.getByLabel('City', { exact: true }).fill('Lima');
    await page.getByLabel('Country', { exact: true }).selectOption('PE');
    await page.getByLabel('Secretariat email').fill('workshop@example.org');
    await page.getByLabel('Registration opens').fill('2032-01-05T09:00:00-05:00');
    await page.getByLabel('Registration closes').fill('2032-03-30T18:00:00-05:00');
    // Member states' delegates are nominated by their focal points, who have a deadline of their own.
    expect(await page.getByLabel('Focal points’ deadline for nominations').count()).toBe(0);
    await page.getByRole('group', { name: 'Who registers member-state delegates' }).getByLabel('Their focal point nominates them').check();
    await page.getByLabel('Focal points’ deadline for nominations').fill('2032-03-20T18:00:00-05:00');

    // Lists grow from the keyboard: the new item's first field takes focus.
    await page.getByRole('button', { name: 'Add a delegation' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('f-delegations-0-code');
    await page.keyboard.type('PE');
    expect(await page.locator('#f-delegations-0-code').inputValue()).toBe('PE');
    await page.getByRole('button', { name: 'Add a contact' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('f-contacts-0-id');
    await page.keyboard.type('press-office');
    await page.locator('#f-contacts-0-name').fill('Press office');
    await page.locator('#f-contacts-0-organisation').fill('IOM');
    await page.locator('#f-contacts-0-phone').fill('+51 1 555 0100');
    await page.locator('#f-contacts-0-email').fill('press@example.org');
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.locator('#f-contacts-1-id').fill('brazil-desk');
    await page.locator('#f-contacts-1-name').fill('Brazil desk');
    await page.locator('#f-contacts-1-organisation').fill('IOM');
    await page.locator('#f-contacts-1-phone').fill('+55 61 555 0100');
    await page.locator('#f-contacts-1-email').fill('brazil@example.org');
    await page.getByLabel('Default contact (when no rule matches)').selectOption('press-office');

    // Two rules; the second, for Brazil, is moved first with the keyboard; the test box follows.
    await page.getByRole('button', { name: 'Add a rule' }).click();
    await page.locator('#f-press-rules-0-id').fill('interviews');
    await page.locator('#f-press-rules-0-when-topics').check();
    await page.getByRole('button', { name: 'Add a rule' }).click();
    await page.locator('#f-press-rules-1-id').fill('brazil');
    await page.locator('#f-press-rules-1-when-countries').fill('BR');
    await page.locator('#f-press-rules-1-contact').selectOption('brazil-desk');
    const result = page.getByTestId('routing-result');
    expect(await result.textContent()).toContain('would go to Press office');
    await page.getByRole('button', { name: 'Move brazil up' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#f-press-rules-0-id').inputValue()).toBe('brazil');
    // At the top "up" is disabled: the keyboard stays on the moved rule, on its "down" button.
    await expect.poll(() => focused(page)).toBe('rule-0-down');
    expect(await result.textContent()).toContain('would go to Brazil desk (rule brazil)');
    await page.getByLabel('Country (two letters)').fill('AR');
    expect(await result.textContent()).toContain('would go to Press office (rule interviews)');

    await createEvent(takenMeanwhile, { published: false, senderName: 'The colleague' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    // The PUT creates only (If-None-Match: *): 412, said next to the id field, and the colleague's event is intact.
    await page.locator('#f-eventId-error').getByText('An event with this id exists already: choose another.').waitFor();
    expect(await page.getByLabel('Event id (in its web address)').getAttribute('aria-invalid')).toBe('true');
    expect((await api(`/admin/events/${takenMeanwhile}`, { token: await tokenFor('secretariat') })).json.senderName).toBe('The colleague');
    await page.getByLabel('Event id (in its web address)').fill(eventId);

    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit event' }).waitFor();
    await page.getByText('Saved.').waitFor();
    const stored = (await api(`/admin/events/${eventId}`, { token: await tokenFor('secretariat') })).json;
    expect(stored).toMatchObject({
      code: 'TEST1',
      published: false,
      titles: { en: 'Regional workshop on labour migration' },
      registration: { memberStates: 'focal_point', observers: 'self', nominationsCloseAt: '2032-03-20T18:00:00-05:00' },
      delegations: [{ code: 'PE', kind: 'member_state' }],
      press: { defaultContact: 'press-office', rules: [{ id: 'brazil', when: { countries: ['BR'] } }, { id: 'interviews' }] },
    });
    expect(problems).toEqual([]);
    await close();
  });

  it('shows every problem next to its field and in the summary, also the limit below use the server refuses', async () => {
    const eventId = uniqueEventId('web-editor-limits');
    await createEvent(eventId);
    const answer = await api(`/events/${eventId}/registrations`, {
      body: {
        participant: { givenName: 'Ana', familyName: 'Pérez', email: 'ana.limits@example.org', position: 'Directora', institution: 'Interior' },
        delegation: 'BR',
        role: 'delegate',
        language: 'es',
        consent: { dataProcessing: true, listInParticipants: true },
      },
    });
    expect(answer.status).toBe(201);
    const { page, problems, close } = await openPage(browser, { language: 'en' });
    await signIn(page, `/console/events/${eventId}/edit`);
    await editorLoaded(page);

    // Checked in the browser with the API's own schema: nothing is sent.
    await page.getByLabel('Last day').fill('2000-01-01');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('Last day: The last day cannot be before the first day');
    await page.getByRole('link', { name: /^Last day:/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-endDate');

    // Checked by the server: one place is taken, so capacity 0 is refused with the numbers.
    const start = (await api(`/admin/events/${eventId}`, { token: await tokenFor('secretariat') })).json.endDate;
    await page.getByLabel('Last day').fill(start);
    await page.getByLabel('Capacity (places in the event)').fill('0');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('0 is below the 1 places already taken').first().waitFor();
    expect(await page.locator('#f-registration-capacity').getAttribute('aria-invalid')).toBe('true');
    await screenshots(page, 'editor-limit-below-use');
    await keepForDocs(page, 'editor-limit-below-use', page.locator('.error-summary'));
    expect(problems).toEqual([]);
    await close();
  });
});
