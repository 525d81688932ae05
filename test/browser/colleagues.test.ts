/**
 * The colleagues page: a secretariat officer invites a colleague into `press`, sees them listed and their invitation
 * in the local mailbox, changes another colleague's groups and removes them after a confirmation; the invited
 * colleague then signs in on the local sign-in page and meets the press-only console.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emailsTo, waitForEmails } from '../support/mailbox.ts';
import { describeInBrowser, expectNoSeriousA11yViolations, launchBrowser, openPage, screenshots, site } from './support/browser.ts';

describeInBrowser('the colleagues page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('invites a press colleague, regroups and removes another, and the press colleague signs in to the press-only console', async () => {
    const press = `press.${randomUUID().slice(0, 6)}@example.org`;
    const other = `other.${randomUUID().slice(0, 6)}@example.org`;
    const { page, problems, close } = await openPage(browser, { language: 'en' });

    await page.goto(site('/console/colleagues'));
    await page.getByRole('button', { name: 'Sign in as the secretariat officer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Colleagues' }).waitFor();
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Colleagues' }).waitFor();
    // The officer's own card offers no Remove.
    const own = page.locator('li.card', { hasText: 'secretariat.officer@example.org' });
    await own.getByRole('button', { name: 'Change groups: secretariat.officer@example.org' }).waitFor();
    expect(await own.getByRole('button', { name: /^Remove/ }).count()).toBe(0);

    // Nothing filled in: each problem next to its field, and a summary that takes focus.
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('#f-email-error').textContent()).toContain('Enter an email address');
    expect(await page.locator('#f-groups-error').textContent()).toContain('Choose at least one group');
    await expectNoSeriousA11yViolations(page, 'colleagues with errors');
    await screenshots(page, 'colleagues-errors-en');

    // Invite into press, with the keyboard only for the form.
    await page.getByLabel('Email address').fill(press);
    await page.getByRole('checkbox', { name: 'Press' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Send invitation' }).press('Enter');
    await page.getByText(`Invitation sent to ${press}.`).waitFor();
    const card = page.locator('li.card', { hasText: press });
    await card.waitFor();
    expect(await card.textContent()).toContain('Invited, not signed in yet');
    expect((await card.locator('dd').first().textContent())?.trim()).toBe('Press');
    const [invitation] = await waitForEmails(() => emailsTo(press));
    expect(invitation?.body.text).toContain('/console/sign-in');

    // Inviting the same person again is refused next to the email field.
    await page.getByLabel('Email address').fill(press);
    await page.getByRole('checkbox', { name: 'Check-in' }).check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.locator('#f-email-error').getByText('This person already has access').waitFor();

    // Another colleague: invited into check-in, given press too, then removed after confirming.
    await page.getByLabel('Email address').fill(other);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const otherCard = page.locator('li.card', { hasText: other });
    await otherCard.waitFor();
    await otherCard.getByRole('button', { name: `Change groups: ${other}` }).click();
    await otherCard.getByRole('checkbox', { name: 'Press' }).check();
    await otherCard.getByRole('button', { name: 'Save groups' }).click();
    await page.getByText(`Saved: ${other} is now in Press, Check-in.`).waitFor();
    await otherCard.getByRole('button', { name: `Remove ${other}` }).click();
    await otherCard.getByText(`Remove ${other}? They will no longer be able to sign in.`).waitFor();
    // The confirmation takes the focus once it has rendered (an effect), so wait for it rather than read it at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Yes, remove');
    await expectNoSeriousA11yViolations(page, 'colleagues confirming a removal');
    await screenshots(page, 'colleagues-confirm-remove-en');
    await page.keyboard.press('Enter');
    await page.getByText(`${other} was removed.`).waitFor();
    await expect.poll(() => page.locator('li.card', { hasText: other }).count()).toBe(0);

    // The press colleague signs in locally and sees the press part only.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: `Sign in as ${press}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Secretariat console' }).waitFor();
    expect(await page.locator('main').textContent()).toContain(`Signed in as ${press}`);
    const nav = page.getByRole('navigation', { name: 'Console' });
    expect(await nav.getByRole('link', { name: 'Colleagues' }).count()).toBe(0);
    await page.locator('main .card a').first().click();
    await page.getByRole('heading', { level: 1, name: 'Press inquiries' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Registrations' }).count()).toBe(0);
    await page.goto(site('/console/colleagues'));
    await page.getByText('Your account cannot open this part of the console.').waitFor();

    expect(problems).toEqual([]);
    await close();
  });
});
