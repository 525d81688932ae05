/** A press officer accredits a journalist from the inquiries page, and declines another with a reason, by keyboard. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createEvent, tokenFor, uniqueEventId } from '../support/api.ts';
import { describeInBrowser, launchBrowser, openPage, site } from './support/browser.ts';

/** A journalist's request for accreditation, straight through the API. */
export const askForAccreditation = async (eventId: string, name: string, email: string, language = 'es') => {
  const answer = await api(`/events/${eventId}/inquiries`, {
    body: {
      journalist: { name, email, outlet: 'El Universal' },
      topic: 'accreditation',
      language,
      subject: 'Acreditación para la sesión inaugural',
      message: 'Solicito acreditación de prensa para cubrir la conferencia.',
    },
  });
  expect(answer.status).toBe(202);
  return answer.json as { id: string; reference: string };
};

describeInBrowser('media accreditation in the console', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a press officer accredits one journalist and declines another with a reason, and sees each outcome', async () => {
    const eventId = uniqueEventId('web-accreditation');
    await createEvent(eventId);
    const lucia = await askForAccreditation(eventId, 'Lucía Fernández', `lucia.${eventId}@example.com`);
    const pedro = await askForAccreditation(eventId, 'Pedro Gómez', `pedro.${eventId}@example.com`);
    const { page, problems, close } = await openPage(browser, { language: 'en' });

    await page.goto(site('/console'));
    await page.getByRole('button', { name: 'Sign in as the press officer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Secretariat console' }).waitFor();
    await page.goto(site(`/console/events/${eventId}/inquiries`));

    // Accredit, by keyboard.
    const accredit = page.getByRole('button', { name: `Accredit Lucía Fernández (${lucia.reference})` });
    await accredit.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Lucía Fernández is accredited (${lucia.reference})`).waitFor();
    const answered = page.getByRole('region', { name: /^Answered/ });
    const outcome = answered.locator(`[data-reference="${lucia.reference}"]`).getByTestId('accreditation-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('Accredited');
    expect(await outcome.textContent()).toContain('press.officer@example.org');
    const registrationReference = /[A-Z0-9]+-D-\d{4}/.exec((await outcome.textContent()) ?? '')?.[0];
    expect(registrationReference).toBeTruthy();

    // Decline: the reason is required, shown next to its field, and focus goes to it.
    await page.getByRole('button', { name: `Decline (with reason) Pedro Gómez (${pedro.reference})` }).click();
    const reason = page.getByLabel('Reason (sent to the journalist)');
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: `Decline and tell the journalist ${pedro.reference}` }).click();
    await page.getByText('Give a reason: the journalist is told it.').waitFor();
    await reason.fill('Accreditation is limited to outlets covering the region.');
    await page.getByRole('button', { name: `Decline and tell the journalist ${pedro.reference}` }).click();
    await page.getByText(`The accreditation of Pedro Gómez is declined (${pedro.reference})`).waitFor();
    const declined = answered.locator(`[data-reference="${pedro.reference}"]`).getByTestId('accreditation-outcome');
    await declined.waitFor();
    expect(await declined.textContent()).toContain('Accreditation is limited to outlets covering the region.');

    // The registration exists, as the secretariat sees it: category press.
    const list = await api(`/admin/events/${eventId}/registrations?kind=press`, { token: await tokenFor('secretariat') });
    expect(list.json.items.map((r: { reference: string }) => r.reference)).toEqual([registrationReference]);
    expect(problems).toEqual([]);
    await close();
  });

  it('the secretariat follows the outcome to the new registration', async () => {
    const eventId = uniqueEventId('web-accreditation');
    await createEvent(eventId);
    const ana = await askForAccreditation(eventId, 'Ana Costa', `ana.${eventId}@example.com`, 'pt');
    const decided = await api(`/admin/events/${eventId}/inquiries/${ana.id}/accreditation`, {
      body: { decision: 'accredit' },
      token: await tokenFor('press'),
    });
    expect(decided.status).toBe(200);
    const { page, close } = await openPage(browser, { language: 'en' });
    await page.goto(site(`/console/events/${eventId}/inquiries`));
    await page.getByRole('button', { name: 'Sign in as the secretariat officer' }).click();
    await page.getByRole('link', { name: decided.json.accreditation.registration.reference }).click();
    await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();
    expect(await page.locator('dl.facts').textContent()).toContain('Press');
    // In the list, filtered to the press: the outlet where a delegation would stand.
    await page.goto(site(`/console/events/${eventId}/registrations?kind=press`));
    const row = page.locator(`tr[data-reference="${decided.json.accreditation.registration.reference}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Press · El Universal');
    await close();
  });
});
