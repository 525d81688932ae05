/**
 * The whole accreditation in the browser (issue 12): Peru's focal point, in Portuguese, nominates three people,
 * is told a wrong file is not a PDF, attaches a real one (straight to the bucket by the presigned POST) and submits;
 * the secretariat opens the note verbale (its link downloads the PDF), is told a return needs a reason, returns the
 * list with one (the focal point reads it, attaches a new note verbale and submits again), and accredits; the three are confirmed, each with the confirmation email and its calendar file.
 */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { api, createEvent, tokenFor, uniqueEventId } from '../support/api.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { nominateOnPage } from './support/nominations.ts';
import { describeInBrowser, expectNoSeriousA11yViolations, launchBrowser, openPage, screenshots, site } from './support/browser.ts';

/** A minimal valid PDF: one empty page. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

describeInBrowser('the secretariat accredits a delegation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a focal point in Portuguese nominates three, attaches the note verbale and submits; the secretariat opens it and accredits', async () => {
    const eventId = uniqueEventId('web-accreditation');
    await createEvent(eventId, {
      registration: { ...sampleEvent().registration, memberStates: 'focal_point', nominationsCloseAt: '2099-03-01T18:00:00-04:00' },
    });
    const tag = randomUUID().slice(0, 6);
    const focalEmail = `focal.pe.${tag}@example.org`;
    const secretariat = await tokenFor('secretariat');
    const invited = await api(`/admin/events/${eventId}/delegations/PE/focal-points`, {
      body: { name: 'Rosa Quispe', email: focalEmail, language: 'pt' },
      token: secretariat,
    });
    expect(invited.status).toBe(201);
    await drainStreams();
    const [invitation] = await waitForEmails(() => emailsTo(focalEmail));
    const link = new RegExp(`/delegations/${eventId}/PE#token=[A-Za-z0-9_%-]+`).exec(invitation?.body.text ?? '')?.[0];
    expect(link, 'the delegation link in the invitation').toBeTruthy();

    // The focal point, in Portuguese: submitting is not possible yet, and the page says what is missing.
    const focal = await openPage(browser, { language: 'pt' });
    const page = focal.page;
    await page.goto(site(link!));
    await page.getByRole('heading', { level: 1, name: 'Delegação de Peru' }).waitFor();
    const submit = page.getByRole('button', { name: 'Submeter a lista', exact: true });
    expect(await submit.isDisabled()).toBe(true);
    expect(await page.getByTestId('submit-missing').textContent()).toContain('Ainda falta: a nota verbal.');

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

    // A file that is not a PDF is refused before it travels, the problem next to the field.
    await page.locator('#f-file').setInputFiles({ name: 'nota.txt', mimeType: 'text/plain', buffer: Buffer.from('not a pdf') });
    await page.getByRole('button', { name: 'Anexar a nota verbal' }).click();
    expect(await page.locator('#f-file-error').textContent()).toContain('O arquivo não é um PDF.');
    expect(await page.locator('#f-file').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#f-file').setInputFiles({ name: 'nota-verbal-peru.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Anexar a nota verbal' }).click();
    await page.getByText('A nota verbal nota-verbal-peru.pdf está anexada.').waitFor();
    await expect.poll(() => page.getByTestId('note-verbale').textContent()).toContain('nota-verbal-peru.pdf');
    expect(await page.locator('#f-file-error').count()).toBe(0);
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await expectNoSeriousA11yViolations(page, 'delegation page with a note verbale');
    await screenshots(page, 'delegation-note-verbale-pt');

    await submit.click();
    await page.getByText('A lista foi submetida à secretaria.').waitFor();
    await expect.poll(() => page.getByTestId('delegation-status').textContent()).toContain('Submetida');
    // The list is with the secretariat: no more nominating or withdrawing.
    expect(await page.getByRole('button', { name: 'Indicar', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Retirar / }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'delegation page submitted');
    await screenshots(page, 'delegation-submitted-pt');

    // The secretariat, in the console.
    const officer = await openPage(browser, { language: 'en' });
    const console_ = officer.page;
    await console_.goto(site(`/console/events/${eventId}/delegations`));
    await console_.getByRole('button', { name: 'Sign in as the secretariat officer' }).click();
    await console_.getByRole('heading', { level: 1, name: 'Delegations' }).waitFor();
    const peru = console_.locator('tr[data-delegation="PE"]');
    await peru.getByText('nota-verbal-peru.pdf').first().waitFor();
    await peru.getByRole('button', { name: 'Open the note verbale of Peru' }).click();
    const opened = peru.getByTestId('note-verbale-link');
    await opened.waitFor();
    // The nominees beside it.
    await expect.poll(() => peru.getByTestId('nominees').locator('li').count()).toBe(3);
    const download = await fetch((await opened.getAttribute('href'))!);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.status).toBe(200);
    expect(
      Buffer.from(await download.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // Returning needs a reason: the problem next to the field.
    await peru.getByRole('button', { name: 'Return to the focal points' }).click();
    await console_.locator('#f-reason-PE-error').waitFor();
    expect(await console_.locator('#f-reason-PE').getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousA11yViolations(console_, 'accreditation with an error');
    await screenshots(console_, 'console-accreditation-en');

    // Returned with a reason: the focal point reads it, may change the list, and submits it again.
    await console_.locator('#f-reason-PE').fill('A nota verbal não está assinada.');
    await peru.getByRole('button', { name: 'Return to the focal points' }).click();
    await console_.getByText('The list of Peru was returned to its focal points.').waitFor();
    await page.reload();
    await expect.poll(() => page.getByTestId('return-reason').textContent()).toBe('A nota verbal não está assinada.');
    expect(await page.getByRole('button', { name: 'Indicar', exact: true }).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'delegation page returned');
    await screenshots(page, 'delegation-returned-pt');
    await page.locator('#f-file').setInputFiles({ name: 'nota-verbal-assinada.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Anexar a nota verbal' }).click();
    await page.getByText('A nota verbal nota-verbal-assinada.pdf está anexada.').waitFor();
    await page.getByRole('button', { name: 'Submeter a lista novamente' }).click();
    await page.getByText('A lista foi submetida à secretaria.').waitFor();
    await console_.reload();
    await peru.getByTestId('decision').waitFor();

    await peru.getByRole('button', { name: 'Accredit' }).click();
    await console_.getByText('Peru is accredited: 3 nominees confirmed and told by email.').waitFor();
    await expect.poll(() => peru.getByTestId('decision').count()).toBe(0);
    await screenshots(console_, 'console-accredited-en');

    // The three are confirmed, and each has the confirmation with its calendar file.
    const list = await api(`/admin/events/${eventId}/registrations?delegation=PE`, { token: secretariat });
    const items = (list.json as { items: { participant: { email: string }; status: string }[] }).items;
    expect(items.map((r) => [r.participant.email, r.status]).sort()).toEqual(people.map((p) => [p.email, 'confirmed']).sort());
    await drainStreams();
    for (const p of people) {
      const confirmations = await waitForEmails(async () =>
        (await emailsTo(p.email)).filter((e) => e.attachments.some((a) => a.contentType === 'text/calendar')),
      );
      expect(confirmations, p.email).toHaveLength(1);
    }

    // The focal point's page says so.
    await page.reload();
    await page.getByText('A secretaria credenciou a delegação', { exact: false }).waitFor();

    expect([...focal.problems, ...officer.problems]).toEqual([]);
    await Promise.all([focal.close(), officer.close()]);
  });
});
