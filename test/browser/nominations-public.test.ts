/**
 * Member states nominated by focal points, as the public sees it: the sacm-8-like event's page says who nominates
 * member states and whom to ask, an observer still registers, a stale form shows the API's nomination-only refusal
 * at the delegation; and a nominee opens the link of their nomination email and gives their consent.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nextSampleEvent } from '../../shared/domain/sample-event.ts';
import { api, createEvent, uniqueEventId } from '../support/api.ts';
import { describeInBrowser, launchBrowser, openPage, screenshots, site } from './support/browser.ts';
import { nominateSomeone } from './support/nominations.ts';

describeInBrowser('member states nominated by focal points, on the public site', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the event page says member states are nominated and whom to contact; an observer can still register', async () => {
    const eventId = uniqueEventId('web-nominated');
    await createEvent(eventId, nextSampleEvent());
    const { page, problems, close } = await openPage(browser, { language: 'en' });
    await page.goto(site(`/events/${eventId}`));
    const notice = page.getByTestId('nomination-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain("their government's focal point, in the ministry of foreign affairs");
    expect(await notice.getByRole('link', { name: 'registrations@example.org' }).getAttribute('href')).toBe('mailto:registrations@example.org');
    await screenshots(page, 'nominated-event-en');

    await page.getByRole('link', { name: 'Register as an observer' }).click();
    await page.getByTestId('nomination-notice').waitFor();
    const delegations = page.locator('#f-delegation');
    expect(await delegations.locator('option[value="PE"]').count(), 'no member state is offered').toBe(0);
    await delegations.selectOption('unhcr');
    await page.getByLabel('Given name').fill('Sanne');
    await page.getByLabel('Family name').fill('de Vries');
    await page.getByLabel('Email address').fill(`sanne.${eventId}@example.org`);
    await page.getByLabel('Position', { exact: true }).fill('Policy officer');
    await page.getByLabel('Ministry or institution').fill('UNHCR Regional Office');
    await page.getByLabel('I agree that the Technical Secretariat').check();
    await page.getByRole('button', { name: 'Send registration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registration received' }).waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('a stale form that still offers a member state shows the nomination-only answer at the delegation', async () => {
    const eventId = uniqueEventId('web-stale');
    await createEvent(eventId, nextSampleEvent());
    const { page, close } = await openPage(browser, { language: 'en' });
    // The page as it was before the secretariat switched member states to nomination: the event says `self`.
    await page.route(`**/api/events/${eventId}`, async (route) => {
      const answer = await route.fetch();
      const event = await answer.json();
      await route.fulfill({
        response: answer,
        json: { ...event, registration: { ...event.registration, memberStates: 'self', contactEmail: null } },
      });
    });
    await page.goto(site(`/events/${eventId}/register`));
    await page.locator('#f-delegation').selectOption('PE');
    await page.getByLabel('Delegate', { exact: true }).check();
    await page.getByLabel('Given name').fill('Luis');
    await page.getByLabel('Family name').fill('Quispe');
    await page.getByLabel('Email address').fill(`luis.${eventId}@example.org`);
    await page.getByLabel('Position', { exact: true }).fill('Adviser');
    await page.getByLabel('Ministry', { exact: true }).selectOption('Interior');
    await page.getByLabel('I agree that the Technical Secretariat').check();
    await page.getByRole('button', { name: 'Send registration' }).click();
    await expect.poll(() => page.locator('#f-delegation-error').textContent(), { timeout: 15_000 }).toContain('nominated by its focal point');
    expect(await page.locator('#f-delegation').getAttribute('aria-invalid')).toBe('true');
    await close();
  });

  it('a nominee opens the link of their nomination email and gives their consent; the focal point sees it', async () => {
    const eventId = uniqueEventId('web-nominee');
    await createEvent(eventId, nextSampleEvent());
    const nominee = await nominateSomeone(eventId, { language: 'en' });
    const link = new URL(nominee.manageUrl);
    const { page, problems, close } = await openPage(browser, { language: 'en' });
    await page.goto(site(`${link.pathname}${link.hash}`));
    const panel = page.getByTestId('nominee-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toContain("Your government's focal point nominated you to the delegation of Peru.");
    expect(await page.getByTestId('missing').textContent()).toContain('Your consent to the processing of your data.');
    await screenshots(page, 'nominee-manage-en');

    await page.getByRole('button', { name: 'Give my consent' }).click();
    await expect.poll(() => page.locator('#f-consent-dataProcessing-error').textContent(), { timeout: 15_000 }).toBeTruthy();
    await page.getByLabel('I agree that the Technical Secretariat').check();
    await page.getByRole('button', { name: 'Give my consent' }).click();
    await page.getByText('Thank you: your consent is recorded.').waitFor();
    await page.getByTestId('nothing-missing').waitFor();

    const seen = await api(`/events/${eventId}/delegations/PE`, { token: nominee.focalToken });
    expect(seen.json.members).toEqual([expect.objectContaining({ id: nominee.id, consentGiven: true })]);
    expect(problems).toEqual([]);
    await close();
  });
});
