/**
 * The console's Emails page: an email held back for a bounced address says why; the secretariat releases the
 * address with a reason (refused without one), then sends the email again from the failed emails, and it arrives.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { api, createEvent, uniqueEventId } from '../support/api.ts';
import { drainStreams, emailsTo } from '../support/mailbox.ts';
import { describeInBrowser, expectNoSeriousA11yViolations, launchBrowser, openPage, screenshots, site } from './support/browser.ts';

const bounce = async (email: string) => {
  const answer = await fetch(`${inject('platform').baseUrl}/local/ses/bounce`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, type: 'Permanent' }),
  });
  expect(answer.status).toBe(200);
};

const register = async (eventId: string, email: string) => {
  const answer = await api(`/events/${eventId}/registrations`, {
    body: {
      participant: { givenName: 'Rosa', familyName: 'Quispe', email, position: 'Asesora', institution: 'Cancillería' },
      delegation: 'PE',
      role: 'adviser',
      language: 'es',
      consent: { dataProcessing: true, listInParticipants: true },
    },
  });
  expect(answer.status).toBe(201);
  return answer.json as { reference: string };
};

describeInBrowser('the Emails page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows why an email was suppressed, releases the address with a reason, and sends the email again', async () => {
    const eventId = uniqueEventId('web-emails');
    await createEvent(eventId, { secretariatEmail: `secretariat-${eventId}@example.org` });
    const email = `rosa-${eventId}@example.org`;
    await bounce(email);
    const { reference } = await register(eventId, email);
    await drainStreams();
    expect(await emailsTo(email)).toEqual([]);

    const { page, problems, close } = await openPage(browser, { language: 'en' });
    await page.goto(site(`/console/events/${eventId}/emails?status=suppressed`));
    await page.getByRole('button', { name: 'Sign in as the secretariat officer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Emails' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Console' });
    expect(await nav.getByRole('link', { name: 'Emails' }).getAttribute('aria-current')).toBe('page');
    expect(
      await page.getByRole('navigation', { name: 'Emails by status' }).getByRole('link', { name: 'Suppressed' }).getAttribute('aria-current'),
    ).toBe('page');

    const row = page.locator(`tr[data-to="${email}"]`);
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('Registration received');
    expect(text).toContain(reference);
    expect(text).toContain('Permanent bounce (General), reported');
    expect(text).toContain('Language: Español');

    // By keyboard: open the release form, send it without a reason (refused next to the field), then with one.
    await row.locator('summary').focus();
    await page.keyboard.press('Enter');
    const reason = row.getByRole('textbox', { name: 'Why may mail go to this address again?' });
    await reason.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await row.getByText('Enter this information').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('The delegate fixed her mailbox and confirmed by phone');
    await expectNoSeriousA11yViolations(page, 'emails release form');
    await screenshots(page, 'emails-release-form');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText(`${email} is released for ${reference}`).waitFor();
    await expect.poll(() => row.count()).toBe(0);

    await page.getByRole('link', { name: 'Go to the failed emails' }).click();
    const failedRow = page.locator(`tr[data-to="${email}"]`);
    await failedRow.waitFor();
    expect(await failedRow.textContent()).toContain('The delegate fixed her mailbox and confirmed by phone');
    expect(await failedRow.textContent()).toContain('Permanent bounce (General)');
    await failedRow.getByRole('checkbox', { name: `Select ${reference} to ${email}` }).check();
    await page.getByRole('button', { name: 'Send the selected again (1)' }).click();
    await page.getByText('1 queued to be sent again, 0 left alone.').waitFor();
    expect(await page.locator('[aria-live] li').allTextContents()).toEqual([`${reference} · ${email}: queued to be sent again`]);
    await expectNoSeriousA11yViolations(page, 'emails redriven');
    await screenshots(page, 'emails-redriven');

    await drainStreams();
    expect(await emailsTo(email)).toHaveLength(1);
    await page.getByRole('navigation', { name: 'Emails by status' }).getByRole('link', { name: 'Sent' }).click();
    const sentRow = page.locator(`tr[data-to="${email}"]`);
    await sentRow.waitFor();
    expect(await sentRow.textContent()).toContain('Released by');
    expect(problems).toEqual([]);
    await close();
  });
});
