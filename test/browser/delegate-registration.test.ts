import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createEvent, uniqueEventId } from '../support/api.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { describeInBrowser, launchBrowser, openPage, site, switchLanguage } from './support/browser.ts';

/** What a delegate reads and clicks, per language (the words of web/src/i18n). */
const FLOWS = [
  {
    language: 'Español',
    register: 'Inscribirse como delegado',
    delegation: 'AR',
    role: 'Jefe/a de delegación',
    fields: {
      Nombre: 'Ana',
      Apellidos: 'Pérez',
      'Correo electrónico': 'ana.perez@example.org',
      Teléfono: '+54 11 5555 0100',
      Cargo: 'Directora de Política Migratoria',
    },
    institution: { label: 'Ministerio', option: 'Foreign Affairs' },
    consent: 'Acepto que la Secretaría Técnica trate estos datos',
    submit: 'Enviar inscripción',
    received: 'Inscripción recibida',
    confirmed: 'Confirmada',
    manage: 'Ver o corregir su inscripción',
    manageTitle: 'Su inscripción',
    phone: 'Teléfono',
    save: 'Guardar cambios',
    saved: 'Sus cambios se han guardado.',
    calendar: 'Descargar el archivo de calendario (.ics)',
    cancel: 'Cancelar mi inscripción',
    confirmCancel: 'Sí, cancelar mi inscripción',
    cancelled: 'Cancelada',
  },
  {
    language: 'Nederlands',
    register: 'Registreren als gedelegeerde',
    delegation: 'unhcr',
    role: undefined,
    fields: {
      Voornaam: 'Sanne',
      Achternaam: 'de Vries',
      'E-mailadres': 'sanne.devries@example.org',
      Telefoonnummer: '+597 555 0100',
      Functie: 'Beleidsmedewerker',
    },
    institution: { label: 'Ministerie of instelling', text: 'UNHCR Regionaal Bureau' },
    consent: 'Ik ga ermee akkoord dat het Technisch Secretariaat',
    submit: 'Registratie verzenden',
    received: 'Registratie ontvangen',
    confirmed: 'Bevestigd',
    manage: 'Uw registratie bekijken of corrigeren',
    manageTitle: 'Uw registratie',
    phone: 'Telefoonnummer',
    save: 'Wijzigingen opslaan',
    saved: 'Uw wijzigingen zijn opgeslagen.',
    calendar: 'Het agendabestand downloaden (.ics)',
    cancel: 'Mijn registratie annuleren',
    confirmCancel: 'Ja, mijn registratie annuleren',
    cancelled: 'Geannuleerd',
  },
] as const;

describeInBrowser('a delegate registers, manages and cancels the registration', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(FLOWS)('in $language: sees the reference, corrects the phone, downloads the .ics and cancels', async (flow) => {
    const eventId = uniqueEventId('web-reg');
    // Confirmed at once, so the calendar file exists.
    await createEvent(eventId, { registration: { ...sampleEvent().registration, approvalRequired: false } });
    const { page, problems, close } = await openPage(browser);
    // Every address the browser sends a server (and so an access log): the manage token must be in none of them.
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(site(`/events/${eventId}`));
    await switchLanguage(page, flow.language);
    await page.getByRole('link', { name: flow.register }).click();

    await page.locator('#f-delegation').selectOption(flow.delegation);
    if (flow.role) await page.getByLabel(flow.role).check();
    for (const [label, value] of Object.entries(flow.fields)) await page.getByLabel(label, { exact: false }).first().fill(value);
    if ('option' in flow.institution) await page.getByLabel(flow.institution.label, { exact: true }).selectOption(flow.institution.option);
    else await page.getByLabel(flow.institution.label).fill(flow.institution.text);
    await page.getByLabel(flow.consent).check();
    await page.getByRole('button', { name: flow.submit }).click();

    await page.getByRole('heading', { level: 1, name: flow.received }).waitFor();
    expect(await page.getByTestId('reference').textContent()).toMatch(/^SACM7-D-\d{4}$/);
    expect(await page.locator('main').textContent()).toContain(flow.confirmed);

    await page.getByRole('link', { name: flow.manage }).click();
    await page.getByRole('heading', { level: 1, name: flow.manageTitle }).waitFor();
    await page.getByTestId('reference').waitFor();
    expect(page.url(), 'the token leaves the address bar').not.toContain('token=');

    const phone = page.getByLabel(flow.phone);
    await phone.fill('+58 212 555 0199');
    await page.getByRole('button', { name: flow.save }).click();
    await page.getByText(flow.saved).waitFor();
    await page.reload();
    await page.getByTestId('reference').waitFor();
    expect(await page.getByLabel(flow.phone).inputValue(), 'the correction was stored').toBe('+58 212 555 0199');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: flow.calendar }).click()]);
    expect(download.suggestedFilename()).toBe(`${eventId}.ics`);
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(
      requested.some((url) => url.includes('/calendar.ics')),
      'the calendar came from the API',
    ).toBe(true);
    expect(
      requested.filter((url) => /token=/i.test(url)),
      'no request carried the token in its URL',
    ).toEqual([]);

    await page.getByRole('button', { name: flow.cancel }).click();
    await page.getByRole('button', { name: flow.confirmCancel }).click();
    await expect.poll(() => page.getByTestId('status').textContent(), { timeout: 15_000 }).toBe(flow.cancelled);
    expect(problems).toEqual([]);
    await close();
  });

  it("a second delegate's form shows the server's answers next to the fields they are about", async () => {
    const eventId = uniqueEventId('web-reg');
    await createEvent(eventId);
    const first = await api(`/events/${eventId}/registrations`, {
      body: {
        participant: { givenName: 'Ana', familyName: 'Pérez', email: 'ana.first@example.org', position: 'Directora', institution: 'Foreign Affairs' },
        delegation: 'AR',
        role: 'head_of_delegation',
        language: 'es',
        consent: { dataProcessing: true, listInParticipants: false },
      },
    });
    expect(first.status).toBe(201);

    const { page, close } = await openPage(browser, { language: 'en' });
    await page.goto(site(`/events/${eventId}/register`));
    await page.locator('#f-delegation').selectOption('AR');
    await page.getByLabel('Delegate', { exact: true }).check();
    await page.getByLabel('Given name').fill('Luis');
    await page.getByLabel('Family name').fill('Gómez');
    await page.getByLabel('Email address').fill('ana.first@example.org');
    await page.getByLabel('Position', { exact: true }).fill('Asesor');
    await page.getByLabel('Ministry', { exact: true }).selectOption('Interior');
    await page.getByLabel('I agree that the Technical Secretariat').check();
    await page.getByRole('button', { name: 'Send registration' }).click();

    // The same email already holds a registration: the API says so, and the form puts it at the email field.
    const email = page.getByLabel('Email address');
    await expect.poll(() => email.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    expect(await page.locator('#f-participant-email-error').textContent()).toContain('already holds a registration');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);

    // A new email, but the head of delegation is taken: now the role is what is wrong.
    await email.fill('luis.gomez@example.org');
    await page.getByLabel('Head of delegation').check();
    await page.getByRole('button', { name: 'Send registration' }).click();
    await expect.poll(() => page.locator('#f-role-error').textContent(), { timeout: 15_000 }).toContain('already has a head of delegation');
    expect(await page.getByLabel('Head of delegation').getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-invalid')).toBeNull();
    await close();
  });
});
