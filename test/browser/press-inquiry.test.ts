import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEvent, uniqueEventId } from '../support/api.ts';
import { describeInBrowser, launchBrowser, openPage, site, switchLanguage } from './support/browser.ts';

describeInBrowser('a journalist sends a press inquiry', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('in Portuguese, from the event page, and sees the reference', async () => {
    const eventId = uniqueEventId('press-web');
    await createEvent(eventId);
    const { page, problems, close } = await openPage(browser);
    await page.goto(site(`/events/${eventId}`));
    await switchLanguage(page, 'Português');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('pt');
    await page.getByRole('link', { name: 'Enviar uma consulta de imprensa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Consulta de imprensa' }).waitFor();

    await page.getByLabel('Nome completo').fill('João Silva');
    await page.getByLabel('E-mail').fill('joao.silva@example.com');
    await page.getByLabel('Veículo de comunicação').fill('Folha de S.Paulo');
    await page.getByLabel('País').selectOption('BR');
    await page.getByLabel('Assunto principal').selectOption('interview_request');
    await page.getByLabel('Título', { exact: true }).fill('Entrevista com o Representante Regional');
    await page.getByLabel('Mensagem').fill('Gostaria de entrevistar o Representante Regional sobre a contribuição sul-americana ao Fórum Global.');
    await page.getByRole('button', { name: 'Enviar consulta' }).click();

    await page.getByRole('heading', { level: 1, name: 'Consulta recebida' }).waitFor();
    const reference = await page.getByTestId('reference').textContent();
    expect(reference).toMatch(/^[A-Z0-9]+-P-\d+$/);
    expect(problems).toEqual([]);
    await close();
  });

  it('is told next to each field what to fix, and the summary takes focus', async () => {
    const eventId = uniqueEventId('press-web');
    await createEvent(eventId);
    const { page, close } = await openPage(browser, { language: 'en' });
    await page.goto(site(`/events/${eventId}/press`));
    await page.getByLabel('Email address').fill('not-an-address');
    await page.getByRole('button', { name: 'Send inquiry' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const email = page.getByLabel('Email address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`#${describedBy.split(' ').find((id) => id.endsWith('-error'))}`).textContent();
    expect(errorText).toContain('Enter an email address like name@example.org');
    expect(await page.getByLabel('Full name').getAttribute('aria-invalid')).toBe('true');
    await close();
  });
});
