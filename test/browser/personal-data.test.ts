/** A delegate sees and downloads everything held about them, then erases themselves, from the manage page (docs/privacy.md). */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { api, createEvent, uniqueEventId } from '../support/api.ts';
import { describeInBrowser, launchBrowser, openPage, site } from './support/browser.ts';

describeInBrowser("a delegate's own data on the manage page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('downloads their data as JSON, reads it in the page, erases it after a confirmation, and the link then finds nothing', async () => {
    const eventId = uniqueEventId('web-data');
    await createEvent(eventId, { registration: { ...sampleEvent().registration, approvalRequired: false } });
    const email = `lucia.${eventId}@example.org`;
    const made = await api(`/events/${eventId}/registrations`, {
      body: {
        participant: { givenName: 'Lucía', familyName: 'Ramírez', email, phone: '+51 1 555 0100', position: 'Asesora', institution: 'Interior' },
        delegation: 'PE',
        role: 'delegate',
        language: 'en',
        needs: { accessibility: '', dietary: 'vegetarian' },
        consent: { dataProcessing: true, listInParticipants: false },
      },
    });
    expect(made.status).toBe(201);
    const { page, problems, close } = await openPage(browser, { language: 'en' });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const link = new URL(made.json.manageUrl);
    await page.goto(site(`${link.pathname}${link.hash}`));
    await page.getByTestId('status').waitFor();

    // Readable in the page, by keyboard.
    await page.getByRole('button', { name: 'Show my data' }).focus();
    await page.keyboard.press('Enter');
    const shown = page.getByTestId('own-data');
    await shown.waitFor();
    for (const text of ['Lucía Ramírez', email, '+51 1 555 0100', 'vegetarian', made.json.reference, 'Registration received (to you)'])
      expect(await shown.textContent()).toContain(text);

    // The download is the API's answer, with everything in it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe(`${eventId}-${made.json.reference}.json`);
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(data.registration).toMatchObject({ reference: made.json.reference, participant: { email, givenName: 'Lucía' }, status: 'confirmed' });
    expect(data.history.length).toBeGreaterThan(0);
    expect(data.emails.map((e: { kind: string }) => e.kind)).toContain('registration-received');

    // The erasure asks first, says what follows, and can be called off.
    await page.getByRole('button', { name: 'Erase my data' }).click();
    const warning = page.locator('#erase-warning');
    expect(await warning.textContent()).toContain('cancelled first');
    expect(await warning.textContent()).toContain('cannot undo');
    await page.getByRole('button', { name: 'Keep my data' }).click();
    await page.getByRole('button', { name: 'Erase my data' }).click();
    // The confirmation takes the focus, so Enter confirms.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Yes, erase my data');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Your data is erased' }).waitFor();
    expect(await page.getByTestId('erased').textContent()).toContain(made.json.reference);
    expect(
      requested.filter((url) => /token=/i.test(url)),
      'no request carried the token in its URL',
    ).toEqual([]);

    // The link no longer finds anything (opened afresh, as from the email).
    await page.goto(site(`/events/${eventId}`));
    await page.goto(site(`${link.pathname}${link.hash}`));
    await page.getByText('We could not find this registration').waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it("a press officer erases a journalist's data from the inquiry's card, with a reason the form requires", async () => {
    const eventId = uniqueEventId('web-erase-inq');
    await createEvent(eventId);
    const inquiry = await api(`/events/${eventId}/inquiries`, {
      body: {
        journalist: { name: 'Lucía Fernández', email: `lucia.${eventId}@example.com`, outlet: 'El Universal' },
        topic: 'background_information',
        language: 'es',
        subject: 'Cifras de movilidad regional',
        message: '¿Podrían compartir los datos?',
      },
    });
    expect(inquiry.status).toBe(202);
    const { page, problems, close } = await openPage(browser, { language: 'en' });
    await page.goto(site('/console'));
    await page.getByRole('button', { name: 'Sign in as the press officer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Secretariat console' }).waitFor();
    await page.goto(site(`/console/events/${eventId}/inquiries`));
    const card = page.locator(`[data-reference="${inquiry.json.reference}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain('Lucía Fernández');

    await card.locator('summary').click();
    const erase = card.getByRole('button', { name: `Erase personal data (cannot be undone) ${inquiry.json.reference}` });
    await erase.click();
    await card.getByText('Enter this information').waitFor();
    await card.getByLabel('Reason for the erasure').fill('Asked by email on 2 June');
    await erase.click();
    await page.getByText(`Inquiry ${inquiry.json.reference}: the personal data is erased.`).waitFor();
    await expect.poll(() => card.textContent()).toContain("The journalist's personal data is erased.");
    expect(await card.textContent()).not.toContain('Lucía');
    expect(problems).toEqual([]);
    await close();
  });
});
