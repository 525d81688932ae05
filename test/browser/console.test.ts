import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createEvent, uniqueEventId } from '../support/api.ts';
import { describeInBrowser, launchBrowser, openPage, site } from './support/browser.ts';

const registerDelegate = async (eventId: string, email: string) => {
  const answer = await api(`/events/${eventId}/registrations`, {
    body: {
      participant: { givenName: 'Marta', familyName: 'Rojas', email, position: 'Asesora', institution: 'Interior' },
      delegation: 'CL',
      role: 'delegate',
      language: 'es',
      consent: { dataProcessing: true, listInParticipants: true },
    },
  });
  expect(answer.status).toBe(201);
  return answer.json as { id: string; reference: string };
};

const stat = (page: Page, card: string) => page.getByTestId(card).locator('.stat').textContent();

describeInBrowser('the secretariat console', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a secretariat user signs in, sees the new registration pending, approves it, and the dashboard counts change', async () => {
    const eventId = uniqueEventId('web-console');
    await createEvent(eventId);
    const { reference } = await registerDelegate(eventId, 'marta.rojas@example.org');
    const { page, problems, close } = await openPage(browser, { language: 'en' });

    await page.goto(site(`/console/events/${eventId}`));
    await page.getByRole('button', { name: 'Sign in as the secretariat officer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await expect.poll(() => stat(page, 'pending'), { timeout: 15_000 }).toBe('1');
    expect(await stat(page, 'confirmed')).toBe('0');

    await page.getByRole('link', { name: 'Review pending registrations' }).click();
    const row = page.locator(`tr[data-reference="${reference}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Pending approval');
    await row.getByRole('button', { name: `Approve ${reference}` }).click();
    await page.getByText(`${reference}: Saved`).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download registrations.csv' }).click()]);
    expect(download.suggestedFilename()).toBe('registrations.csv');
    expect(await readFile((await download.path())!, 'utf8')).toContain('Rojas');

    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => stat(page, 'pending'), { timeout: 15_000 }).toBe('0');
    expect(await stat(page, 'confirmed')).toBe('1');

    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Registrations' }).click();
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();
    expect(await page.locator('main ol').textContent()).toContain('Confirmed');
    expect(problems).toEqual([]);
    await close();
  });

  it('a press user cannot reach the registrations, and moves an inquiry on with a note', async () => {
    const eventId = uniqueEventId('web-console');
    await createEvent(eventId);
    const inquiry = await api(`/events/${eventId}/inquiries`, {
      body: {
        journalist: { name: 'Lucía Fernández', email: 'lucia@example.com', outlet: 'El Universal' },
        topic: 'background_information',
        language: 'es',
        subject: 'Cifras de movilidad regional',
        message: '¿Podrían compartir los datos de movilidad presentados en la conferencia?',
      },
    });
    expect(inquiry.status).toBe(202);
    const { page, close } = await openPage(browser, { language: 'en' });

    await page.goto(site('/console'));
    await page.getByRole('button', { name: 'Sign in as the press officer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Secretariat console' }).waitFor();

    await page.goto(site(`/console/events/${eventId}/registrations`));
    await page.getByText('Your account cannot open this part of the console.').waitFor();
    const nav = page.getByRole('navigation', { name: 'Console' });
    expect(await nav.getByRole('link', { name: 'Registrations' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Dashboard' }).count()).toBe(0);

    await nav.getByRole('link', { name: 'Press inquiries' }).click();
    const card = page.locator(`[data-reference="${inquiry.json.reference}"]`);
    await card.waitFor();
    await card.getByLabel('New status').selectOption('acknowledged');
    await card.getByLabel('Note for the history').fill('Called back; data sheet to follow.');
    await card.getByRole('button', { name: `Update ${inquiry.json.reference}` }).click();
    await page.getByText(`Inquiry ${inquiry.json.reference} is now Acknowledged.`).waitFor();
    const acknowledged = page.getByRole('region', { name: /^Acknowledged/ });
    await acknowledged.locator(`[data-reference="${inquiry.json.reference}"]`).waitFor();
    await close();
  });
});
