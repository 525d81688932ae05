/**
 * Focal points in the browser: the secretariat invites Peru's focal point on the console's Delegations page; the
 * invitation, with its private link, is in the local mailbox; the focal point opens it in Portuguese, nominates three
 * people (one of them head of delegation), sees them listed and withdraws one after a confirmation; once the
 * secretariat revokes the link, it shows the "this link is not valid" page.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { createEvent, uniqueEventId } from '../support/api.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { nominateOnPage } from './support/nominations.ts';
import { describeInBrowser, expectNoSeriousA11yViolations, launchBrowser, openPage, screenshots, site } from './support/browser.ts';

/** The path and fragment of the delegation link in an email (the site's origin is the local platform's). */
const delegationLink = (text: string, eventId: string, code: string) => {
  const found = new RegExp(`/delegations/${eventId}/${code}#token=[A-Za-z0-9_%-]+`).exec(text);
  return found?.[0];
};

describeInBrowser('focal points nominate their delegation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the secretariat invites Peru's focal point, who nominates three in Portuguese and withdraws one; a revoked link is refused", async () => {
    const eventId = uniqueEventId('web-delegations');
    const base = sampleEvent();
    await createEvent(eventId, {
      registration: { ...base.registration, memberStates: 'focal_point', nominationsCloseAt: '2099-03-01T18:00:00-04:00' },
    });
    const focalEmail = `focal.pe.${randomUUID().slice(0, 6)}@example.org`;
    const tag = randomUUID().slice(0, 6);

    // The secretariat, in the console.
    const officer = await openPage(browser, { language: 'en' });
    const console_ = officer.page;
    await console_.goto(site(`/console/events/${eventId}/delegations`));
    await console_.getByRole('button', { name: 'Sign in as the secretariat officer' }).click();
    await console_.getByRole('heading', { level: 1, name: 'Delegations' }).waitFor();
    await console_.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Delegations' }).waitFor();
    const peru = console_.locator('tr[data-delegation="PE"]');
    expect(await peru.textContent()).toContain('Not invited');

    // Nothing filled in: every problem next to its field.
    await console_.getByRole('button', { name: 'Send invitation' }).click();
    await console_.locator('.error-summary').waitFor();
    for (const field of ['delegation', 'name', 'email']) expect(await console_.locator(`#f-${field}-error`).count(), field).toBe(1);
    await expectNoSeriousA11yViolations(console_, 'delegations with errors');
    await screenshots(console_, 'delegations-errors-en');

    await console_.getByLabel('Delegation', { exact: true }).selectOption('PE');
    await console_.getByLabel('Full name').fill('Rosa Quispe');
    await console_.getByLabel('Email address', { exact: true }).fill(focalEmail);
    await console_.getByLabel('Language of their emails').selectOption('pt');
    await console_.getByRole('button', { name: 'Send invitation' }).press('Enter');
    await console_.getByText(`Invitation sent to Rosa Quispe (${focalEmail}).`).waitFor();
    await peru.getByText(focalEmail).waitFor();
    expect(await peru.textContent()).toContain('Invited');
    await screenshots(console_, 'delegations-invited-en');

    await drainStreams();
    const [invitation] = await waitForEmails(() => emailsTo(focalEmail));
    const link = delegationLink(invitation?.body.text ?? '', eventId, 'PE');
    expect(link, 'the delegation link in the invitation').toBeTruthy();

    // The focal point, in Portuguese.
    const focal = await openPage(browser, { language: 'pt' });
    const page = focal.page;
    await page.goto(site(link!));
    await page.getByRole('heading', { level: 1, name: 'Delegação de Peru' }).waitFor();
    // The token has left the address bar (and so the history).
    expect(page.url()).not.toContain('token');
    expect(await page.getByTestId('places').textContent()).toBe('0 de 8');
    expect(await page.getByTestId('head').textContent()).toContain('Ainda não designado');
    await expectNoSeriousA11yViolations(page, 'delegation page');
    await screenshots(page, 'delegation-empty-pt');

    // Refused before sending: problems next to their fields.
    await page.getByRole('button', { name: 'Indicar', exact: true }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('#f-participant-givenName-error').count()).toBe(1);
    expect(await page.locator('#f-role-error').count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'delegation page with errors');
    await screenshots(page, 'delegation-errors-pt');

    const people = [
      { role: 'Chefe de delegação', givenName: 'Carmen', familyName: 'Rojas', email: `carmen.${tag}@example.org`, position: 'Vice-ministra' },
      { role: 'Delegado(a)', givenName: 'Luis', familyName: 'Huamán', email: `luis.${tag}@example.org`, position: 'Diretor' },
      { role: 'Assessor(a)', givenName: 'Ana', familyName: 'Torres', email: `ana.${tag}@example.org`, position: 'Assessora' },
    ];
    for (const [i, p] of people.entries()) {
      await nominateOnPage(page, p);
      await page.getByText(new RegExp(`${p.givenName} ${p.familyName} foi indicado/a`)).waitFor();
      await expect.poll(() => page.getByTestId('places').textContent()).toBe(`${i + 1} de 8`);
    }
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.getByTestId('head').textContent()).toContain('Carmen Rojas');
    expect(await rows.filter({ hasText: 'Luis Huamán' }).textContent()).toContain('Indicada');
    expect(await rows.filter({ hasText: 'Luis Huamán' }).textContent()).toContain('Ainda não dado');
    await expectNoSeriousA11yViolations(page, 'delegation page with three nominees');
    await screenshots(page, 'delegation-nominated-pt');

    // Withdraw one, after a confirmation that takes the focus.
    await page.getByRole('button', { name: 'Retirar Ana Torres' }).click();
    await page.getByText('Retirar Ana Torres? A vaga fica livre e a pessoa é avisada por e-mail.').waitFor();
    // The focus moves in an effect after the prompt is painted: wait for it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Sim, retirar');
    await expectNoSeriousA11yViolations(page, 'delegation page confirming a withdrawal');
    await page.keyboard.press('Enter');
    await page.getByText('Ana Torres foi retirado/a.').waitFor();
    await expect.poll(() => page.getByTestId('places').textContent()).toBe('2 de 8');
    expect(await rows.filter({ hasText: 'Ana Torres' }).textContent()).toContain('Cancelada');
    expect(await page.getByRole('button', { name: 'Retirar Ana Torres' }).count()).toBe(0);
    await screenshots(page, 'delegation-withdrawn-pt');

    // The secretariat sees the use, then revokes the link after a confirmation.
    await console_.reload();
    await peru.getByText(focalEmail).waitFor();
    expect(await peru.textContent()).toContain('2 of 8');
    await peru.getByRole('button', { name: 'Revoke the link of Rosa Quispe' }).click();
    await peru.getByText('Revoke the link of Rosa Quispe? It stops working at once.').waitFor();
    // The focus moves in an effect after the prompt is painted: wait for it.
    await expect.poll(() => console_.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Yes, revoke');
    await expectNoSeriousA11yViolations(console_, 'delegations confirming a revocation');
    await console_.keyboard.press('Enter');
    await console_.getByText('The link of Rosa Quispe is revoked.').waitFor();
    await expect.poll(() => peru.getByRole('button', { name: 'Revoke the link of Rosa Quispe' }).count()).toBe(0);

    // The revoked link, opened again: the invalid-link page, in Portuguese.
    const again = await openPage(browser, { language: 'pt' });
    await again.page.goto(site(link!));
    await again.page.getByRole('heading', { level: 1, name: 'Este link não é válido' }).waitFor();
    await expectNoSeriousA11yViolations(again.page, 'invalid delegation link');
    await screenshots(again.page, 'delegation-invalid-pt');
    // And the page already open is refused on its next load too.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Este link não é válido' }).waitFor();

    expect([...officer.problems, ...focal.problems, ...again.problems]).toEqual([]);
    await Promise.all([officer.close(), focal.close(), again.close()]);
  });
});
