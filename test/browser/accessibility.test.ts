/**
 * Every page, in every language: axe-core finds no serious or critical WCAG 2.2 A/AA violation, the page
 * declares its language, and a screenshot at phone and desktop width is kept in test-results/screenshots/.
 * The walk goes through the real flows, so result pages are seen as people see them.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Language } from '../../shared/domain/primitives.ts';
import { keyPairFromSeed, signCheckInCode } from '../../shared/domain/badges/check-in-code.ts';
import { nextSampleEvent, sampleEvent } from '../../shared/domain/sample-event.ts';
import { api, createEvent, tokenFor, uniqueEventId } from '../support/api.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { describeInBrowser, expectNoSeriousA11yViolations, launchBrowser, openPage, screenshots, site } from './support/browser.ts';
import { badgeCodes, confirmedParticipants } from './support/checkin.ts';
import { launchWithCamera, writeQrVideo } from './support/fake-camera.ts';
import { nominateSomeone } from './support/nominations.ts';

const LANGUAGES: Language[] = ['es', 'pt', 'en', 'nl'];

const registration = (email: string, language: Language) => ({
  participant: { givenName: 'Ana', familyName: 'Pérez', email, position: 'Directora', institution: 'Foreign Affairs' },
  delegation: 'BR',
  role: 'delegate',
  language,
  consent: { dataProcessing: true, listInParticipants: true },
});

describeInBrowser('accessibility and screenshots of every page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(LANGUAGES)('in %s', async (language) => {
    const eventId = uniqueEventId(`web-a11y-${language}`);
    await createEvent(eventId);
    const { page, problems, close } = await openPage(browser, { language });

    const audit = async (name: string, path?: string) => {
      if (path) await page.goto(site(path));
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getAttribute('html', 'lang'), `${name}: html lang`).toBe(language);
      await expectNoSeriousA11yViolations(page, `${name} (${language})`);
      await screenshots(page, `${name}-${language}`);
    };
    const submit = (p: Page) => p.locator('main form button[type="submit"]').last().click();

    await audit('event', `/events/${eventId}`);
    await audit('register', `/events/${eventId}/register`);
    await submit(page);
    await page.locator('.error-summary').waitFor();
    await audit('register-errors');

    // A real registration, to see the result page and the manage page.
    await page.locator('#f-delegation').selectOption('BR');
    await page.locator('#f-role').check();
    await page.locator('#f-participant-givenName').fill('Ana');
    await page.locator('#f-participant-familyName').fill('Pérez');
    await page.locator('#f-participant-email').fill(`ana.${language}@example.org`);
    await page.locator('#f-participant-position').fill('Directora');
    await page.locator('#f-participant-institution').selectOption('Justice');
    await page.locator('#f-consent-dataProcessing').check();
    await submit(page);
    await page.getByTestId('reference').waitFor();
    await audit('registration-received');
    await page.locator('main a.button').click();
    await page.getByTestId('status').waitFor();
    await audit('manage');

    await audit('press', `/events/${eventId}/press`);
    await submit(page);
    await page.locator('.error-summary').waitFor();
    await audit('press-errors');
    await page.locator('#f-journalist-name').fill('João Silva');
    await page.locator('#f-journalist-email').fill(`joao.${language}@example.com`);
    await page.locator('#f-journalist-outlet').fill('Folha');
    await page.locator('#f-topic').selectOption('accreditation');
    await page.locator('#f-subject').fill('Acreditação');
    await page.locator('#f-message').fill('Pedido de credenciamento para a conferência.');
    await submit(page);
    await page.getByTestId('reference').waitFor();
    await audit('press-sent');

    // Data for the console pages: a pending registration to review.
    const pending = await api(`/events/${eventId}/registrations`, { body: registration(`marta.${language}@example.org`, language) });
    expect(pending.status).toBe(201);

    await audit('console-sign-in', '/console/sign-in');
    await page.locator('main .actions button').first().click();
    await page.waitForURL(/\/console$/);
    await audit('console-home');
    await audit('dashboard', `/console/events/${eventId}`);
    await page.getByTestId('pending').waitFor();
    await audit('registrations', `/console/events/${eventId}/registrations`);
    await page.locator('table').waitFor();
    // Registrations at scale: a search with filters and a sort, a refused one (problems next to their field), the participants list.
    await audit('registrations-search', `/console/events/${eventId}/registrations?q=marta&kind=member_state&sort=-name`);
    await page.locator('table').waitFor();
    await audit('registrations-search-errors', `/console/events/${eventId}/registrations?q=${'x'.repeat(101)}`);
    await page.locator('.field-error').first().waitFor();
    await audit('participants', `/console/events/${eventId}/participants`);
    await page.locator('.participants__scope').waitFor();
    await audit('registration-detail', `/console/events/${eventId}/registrations/${pending.json.id}`);
    await page.locator('main ol').waitFor();
    // Badges (issue 13): once confirmed, the registration's badge download (with its size choice), a print refused next
    // to its choice (no confirmed participant in that delegation), and the delegate's own download on the manage page.
    const approved = await api(`/admin/events/${eventId}/registrations/${pending.json.id}/decision`, {
      body: { decision: 'approve' },
      token: await tokenFor('secretariat'),
    });
    expect(approved.status).toBe(200);
    await page.goto(site(`/console/events/${eventId}/registrations/${pending.json.id}`));
    await page.locator('#badge-heading').waitFor();
    await audit('registration-detail-badge');
    await page.goto(site(`/console/events/${eventId}/participants`));
    await page.locator('#badges-heading').waitFor();
    await page.locator('#f-badges-delegation').selectOption('AR');
    await page.locator('.badge-print__choice button').first().click();
    await page.locator('.badge-print .field-error').waitFor();
    await audit('participants-badges-errors');
    const manage = new URL(pending.json.manageUrl);
    await page.goto(site(manage.pathname + manage.hash));
    await page.getByTestId('status').waitFor();
    await audit('manage-confirmed');
    await audit('inquiries', `/console/events/${eventId}/inquiries`);
    // The Emails page: a failed-emails tab, and an email held back for an address that bounced before it registered.
    const bounced = `bounced.${language}.${eventId}@example.org`;
    const bounce = await fetch(site('/local/ses/bounce'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: bounced, type: 'Permanent' }),
    });
    expect(bounce.status).toBe(200);
    expect((await api(`/events/${eventId}/registrations`, { body: { ...registration(bounced, language), delegation: 'PE' } })).status).toBe(201);
    await drainStreams();
    await audit('emails', `/console/events/${eventId}/emails`);
    await page.goto(site(`/console/events/${eventId}/emails?status=suppressed`));
    await page.locator('table.emails').waitFor();
    await page.locator('table.emails summary').first().click();
    await audit('emails-suppressed');
    await audit('colleagues', '/console/colleagues');
    await page.locator('main li.card').first().waitFor();
    await submit(page);
    await page.locator('.error-summary').waitFor();
    await audit('colleagues-errors');
    // Event editor (issue 11): an event loaded, a new one, and a new one sent empty (every problem shown).
    await audit('event-editor', `/console/events/${eventId}/edit`);
    await page.locator('#f-code').waitFor();
    await audit('event-new', '/console/new-event');
    await submit(page);
    await page.locator('.error-summary').waitFor();
    await audit('event-new-errors');
    await audit('not-found', '/no/such/page');

    expect(problems).toEqual([]);
    await close();
  });

  // Issue 12: an event whose member states are nominated (like sacm-8), one where observers are too, and a nominee.
  it.each(LANGUAGES)('nominations in %s', async (language) => {
    const eventId = uniqueEventId(`web-a11y-nom-${language}`);
    const next = nextSampleEvent();
    await createEvent(eventId, next);
    const allNominated = uniqueEventId(`web-a11y-allnom-${language}`);
    await createEvent(allNominated, { ...next, registration: { ...next.registration, observers: 'focal_point' } });
    const nominee = await nominateSomeone(eventId, { language });
    const { page, problems, close } = await openPage(browser, { language });
    const audit = async (name: string, path?: string) => {
      if (path) await page.goto(site(path));
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getAttribute('html', 'lang'), `${name}: html lang`).toBe(language);
      await expectNoSeriousA11yViolations(page, `${name} (${language})`);
      await screenshots(page, `${name}-${language}`);
    };

    await audit('event-nominated', `/events/${eventId}`);
    await audit('register-nominated', `/events/${eventId}/register`);
    await audit('register-all-nominated', `/events/${allNominated}/register`);
    const link = new URL(nominee.manageUrl);
    await page.goto(site(`${link.pathname}${link.hash}`));
    await page.getByTestId('missing').waitFor();
    await audit('manage-nominee');
    await page.locator('[data-testid="nominee-panel"] button[type="submit"]').click();
    await page.locator('.error-summary').waitFor();
    await audit('manage-nominee-errors');
    await page.locator('#f-consent-dataProcessing').check();
    await page.locator('[data-testid="nominee-panel"] button[type="submit"]').click();
    await page.getByTestId('nothing-missing').waitFor();
    await audit('manage-nominee-consented');

    expect(problems).toEqual([]);
    await close();
  });

  // Issue 12: the focal point's delegation page (with a nominee, with problems, the note verbale attached, the list
  // submitted, a link that is not valid) and the console's Delegations page (with the accreditation's problem), on an event whose member states are nominated by focal points.
  it.each(LANGUAGES)('the delegation pages in %s', async (language) => {
    const eventId = uniqueEventId(`web-a11y-fp-${language}`);
    await createEvent(eventId, {
      registration: { ...sampleEvent().registration, memberStates: 'focal_point', nominationsCloseAt: '2099-03-01T18:00:00-04:00' },
    });
    const focalEmail = `focal.${language}.${eventId}@example.org`;
    const invited = await api(`/admin/events/${eventId}/delegations/PE/focal-points`, {
      body: { name: 'Rosa Quispe', email: focalEmail, language },
      token: await tokenFor('secretariat'),
    });
    expect(invited.status).toBe(201);
    await drainStreams();
    const [invitation] = await waitForEmails(() => emailsTo(focalEmail));
    const link = new RegExp(`/delegations/${eventId}/PE#token=[A-Za-z0-9_%-]+`).exec(invitation?.body.text ?? '')?.[0];
    expect(link).toBeTruthy();
    const token = decodeURIComponent(link!.split('#token=')[1]!);
    const nominated = await api(`/events/${eventId}/delegations/PE/nominations`, {
      body: {
        participant: {
          givenName: 'Carmen',
          familyName: 'Rojas',
          email: `carmen.${language}.${eventId}@example.org`,
          position: 'Viceministra',
          institution: 'Foreign Affairs',
        },
        role: 'head_of_delegation',
        language,
      },
      token,
    });
    expect(nominated.status).toBe(201);

    const { page, problems, close } = await openPage(browser, { language });
    const audit = async (name: string, path?: string) => {
      if (path) await page.goto(site(path));
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getAttribute('html', 'lang'), `${name}: html lang`).toBe(language);
      await expectNoSeriousA11yViolations(page, `${name} (${language})`);
      await screenshots(page, `${name}-${language}`);
    };

    await audit('delegation', link);
    await page.locator('tbody tr').first().waitFor();
    await page.locator('main form button[type="submit"]').first().click();
    await page.locator('.error-summary').waitFor();
    await audit('delegation-errors');
    await page.locator('tbody tr button').first().click();
    await page.locator('tbody tr [role="group"]').waitFor();
    await audit('delegation-confirm-withdraw');
    // The note verbale attached (straight to the bucket), then the list submitted.
    const dossier = page.getByTestId('dossier');
    await page.locator('#f-file').setInputFiles({ name: 'nota.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await dossier.locator('form button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('note-verbale').textContent()).toContain('nota.pdf');
    await audit('delegation-note-verbale');
    await dossier.locator('.actions button').last().click();
    await dossier.locator('.notice').waitFor();
    await audit('delegation-submitted');
    await audit('delegation-invalid', `/delegations/${eventId}/PE#token=not-a-valid-token`);
    await page.locator('main .notice').waitFor();

    await audit('console-sign-in-fp', '/console/sign-in');
    await page.locator('main .actions button').first().click();
    await page.waitForURL(/\/console$/);
    await audit('delegations', `/console/events/${eventId}/delegations`);
    await page.locator('tr[data-delegation="PE"] li[data-focal-point]').waitFor();
    await page.locator('main form button[type="submit"]').click();
    await page.locator('.error-summary').waitFor();
    await audit('delegations-errors');
    // The accreditation of the submitted list: returning without a reason, the problem next to the field.
    await page.locator('tr[data-delegation="PE"] [data-testid="decision"] button').last().click();
    await page.locator('#f-reason-PE-error').waitFor();
    await audit('delegations-accreditation-errors');
    await page.locator('tr[data-delegation="PE"] li[data-focal-point] button').click();
    await page.locator('tr[data-delegation="PE"] li[data-focal-point] [role="group"]').waitFor();
    await audit('delegations-confirm-revoke');

    expect(problems).toEqual([]);
    await close();
  });

  // Issue 13, media accreditation: the inquiries page with an accreditation request to decide (its decline form sent
  // without a reason) and one decided, the participants with their Press section, a journalist's registration detail
  // and their manage page.
  it.each(LANGUAGES)('media accreditation in %s', async (language) => {
    const eventId = uniqueEventId(`web-a11y-press-${language}`);
    await createEvent(eventId);
    const ask = async (name: string, email: string) => {
      const answer = await api(`/events/${eventId}/inquiries`, {
        body: {
          journalist: { name, email, outlet: 'Folha' },
          topic: 'accreditation',
          language,
          subject: 'Accreditation',
          message: 'Press accreditation for the conference, please.',
        },
      });
      expect(answer.status).toBe(202);
      return answer.json.id as string;
    };
    const journalistEmail = `joao.${eventId}@example.com`;
    const accredited = await ask('João Silva', journalistEmail);
    await ask('Lucía Fernández', `lucia.${eventId}@example.com`);
    const decided = await api(`/admin/events/${eventId}/inquiries/${accredited}/accreditation`, {
      body: { decision: 'accredit' },
      token: await tokenFor('press'),
    });
    expect(decided.status).toBe(200);
    await drainStreams();
    const [mail] = await waitForEmails(async () => (await emailsTo(journalistEmail)).filter((m) => m.attachments.length > 0));
    const manage = new URL(/https?:\/\/\S+\/manage\/\S+#token=\S+/.exec(mail!.body.text ?? '')![0]);

    const { page, problems, close } = await openPage(browser, { language });
    const audit = async (name: string, path?: string) => {
      if (path) await page.goto(site(path));
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getAttribute('html', 'lang'), `${name}: html lang`).toBe(language);
      await expectNoSeriousA11yViolations(page, `${name} (${language})`);
      await screenshots(page, `${name}-${language}`);
    };
    await page.goto(site('/console/sign-in'));
    await page.locator('main .actions button').first().click();
    await page.waitForURL(/\/console$/);
    await audit('inquiries-accreditation', `/console/events/${eventId}/inquiries`);
    await page.getByTestId('accreditation-outcome').waitFor();
    await page.locator('.accreditation button.button--secondary').first().click();
    await page.locator('.accreditation form button[type="submit"]').click();
    await page.locator('.accreditation .field-error').waitFor();
    await audit('inquiries-accreditation-decline-errors');
    await audit('participants-press', `/console/events/${eventId}/participants`);
    await page.locator('[data-delegation="PRESS"]').waitFor();
    await audit('registration-detail-press', `/console/events/${eventId}/registrations/${decided.json.accreditation.registration.id}`);
    await page.locator('main ol').waitFor();
    await page.goto(site(`${manage.pathname}${manage.hash}`));
    await page.getByTestId('status').waitFor();
    await audit('manage-press');

    expect(problems).toEqual([]);
    await close();
  });

  // Issue 13: the venue's check-in app at phone width: events, naming the device (and its problem), the door with its
  // roster, a search for a damaged badge, a check-in, a refusal, and the door without network with a scan waiting.
  it.each(LANGUAGES)('the check-in app in %s', async (language) => {
    const eventId = uniqueEventId(`web-a11y-checkin-${language}`);
    await createEvent(eventId);
    const [ana, joao] = await confirmedParticipants(eventId, [
      { givenName: 'Ana', familyName: 'Pérez' },
      { givenName: 'João', familyName: 'Silva', delegation: 'BR' },
    ]);
    await badgeCodes(eventId, [ana!.id]);
    const { page, problems, close } = await openPage(browser, { language });
    const auditOn = (p: Page) => async (name: string, path?: string) => {
      if (path) await p.goto(site(path));
      await p.locator('main h1').waitFor();
      await p.waitForLoadState('networkidle');
      expect(await p.getAttribute('html', 'lang'), `${name}: html lang`).toBe(language);
      await expectNoSeriousA11yViolations(p, `${name} (${language})`);
      await screenshots(p, `${name}-${language}`);
    };
    const audit = auditOn(page);

    await page.goto(site('/checkin'));
    await page.locator('main .actions button').first().click();
    await page.locator('.checkin-events a').first().waitFor();
    await audit('checkin-events');
    await audit('checkin-device', `/checkin/${eventId}`);
    await page.locator('main form button[type="submit"]').click();
    await page.locator('.field-error').waitFor();
    await audit('checkin-device-errors');
    await page.locator('main form input').fill('door 1');
    await page.locator('main form button[type="submit"]').click();
    await page.getByTestId('roster-size').waitFor();
    await audit('checkin-door');
    await page.locator('#checkin-search').fill(ana!.reference);
    await page.locator('.search-result button').waitFor();
    await audit('checkin-search');
    await page.locator('.search-result button').click();
    await expect.poll(() => page.getByTestId('waiting').getAttribute('data-count')).toBe('0');
    await page.locator('[data-verdict="admitted"]').waitFor();
    await audit('checkin-result');
    await page.locator('#checkin-search').fill('Pérez');
    await page.locator('.search-result').first().waitFor();
    await audit('checkin-search-already');
    await page.context().setOffline(true);
    await page.locator('#checkin-search').fill(joao!.reference);
    await page.locator('.search-result button').click();
    await expect.poll(() => page.getByTestId('waiting').getAttribute('data-count')).toBe('1');
    await audit('checkin-offline');
    await page.context().setOffline(false);
    await expect.poll(() => page.getByTestId('waiting').getAttribute('data-count'), { timeout: 20_000 }).toBe('0');
    expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(p))).toEqual([]);
    await close();

    // A refusal needs a camera: a browser whose fake camera shows a forged badge.
    const forger = await keyPairFromSeed(new Uint8Array(32).fill(5));
    const forged = await signCheckInCode({ eventId, registrationId: joao!.id }, forger.privateKey);
    const cameraBrowser = await launchWithCamera(writeQrVideo(forged, `${eventId}-forged`));
    try {
      const door = await openPage(cameraBrowser, { language });
      await door.page.goto(site(`/checkin/${eventId}`));
      await door.page.locator('main .actions button').first().click();
      await door.page.locator('main form input').fill('door 2');
      await door.page.locator('main form button[type="submit"]').click();
      await door.page.getByTestId('roster-size').waitFor();
      await door.page.locator('.camera__start').click();
      await door.page.locator('[data-verdict="refused"]').waitFor({ timeout: 20_000 });
      await door.page.locator('.camera button').click();
      await auditOn(door.page)('checkin-refused');
      expect(door.problems).toEqual([]);
    } finally {
      await cameraBrowser.close();
    }
  });

  // The data subject: a delegate's data shown, the erasure's confirmation and its final page; the console's erasure.
  it.each(LANGUAGES)('personal data in %s', async (language) => {
    const eventId = uniqueEventId(`web-a11y-data-${language}`);
    await createEvent(eventId);
    const own = await api(`/events/${eventId}/registrations`, { body: registration(`erase.${language}.${eventId}@example.org`, language) });
    const other = await api(`/events/${eventId}/registrations`, { body: registration(`other.${language}.${eventId}@example.org`, language) });
    const inquiry = await api(`/events/${eventId}/inquiries`, {
      body: {
        journalist: { name: 'João Silva', email: `joao.${eventId}@example.com`, outlet: 'Folha' },
        topic: 'accreditation',
        language,
        subject: 'A',
        message: 'B',
      },
    });
    expect([own.status, other.status, inquiry.status]).toEqual([201, 201, 202]);
    await api(`/admin/events/${eventId}/inquiries/${inquiry.json.id}/erase`, { body: { reason: 'Asked by email' }, token: await tokenFor('press') });
    const { page, problems, close } = await openPage(browser, { language });
    const audit = async (name: string, path?: string) => {
      if (path) await page.goto(site(path));
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getAttribute('html', 'lang'), `${name}: html lang`).toBe(language);
      await expectNoSeriousA11yViolations(page, `${name} (${language})`);
      await screenshots(page, `${name}-${language}`);
    };

    const link = new URL(own.json.manageUrl);
    await page.goto(site(`${link.pathname}${link.hash}`));
    await page.getByTestId('status').waitFor();
    await page.getByTestId('show-data').click();
    await page.getByTestId('own-data').waitFor();
    await audit('manage-data');
    await page.getByTestId('erase').click();
    await page.getByTestId('erase-confirm').waitFor();
    await audit('manage-erase-confirm');
    await page.getByTestId('erase-confirm').click();
    await page.getByTestId('erased').waitFor();
    await audit('manage-erased');

    await page.goto(site('/console/sign-in'));
    await page.locator('main .actions button').first().click();
    await page.waitForURL(/\/console$/);
    await page.goto(site(`/console/events/${eventId}/registrations/${other.json.id}`));
    await page.locator('main ol').waitFor();
    await page.locator('details.erase-personal-data summary').click();
    await page.locator('details.erase-personal-data button[type="submit"]').click();
    await page.locator('.field-error').waitFor();
    await audit('registration-detail-erase-errors');
    await page.locator('#f-erase-reason').fill('Asked by letter');
    await page.locator('details.erase-personal-data button[type="submit"]').click();
    await page.locator('main .notice--info').waitFor();
    await audit('registration-detail-erased');
    await audit('registrations-erased', `/console/events/${eventId}/registrations`);
    await page.locator('table').waitFor();
    await audit('inquiries-erased', `/console/events/${eventId}/inquiries`);
    await page.locator('main li.card').first().waitFor();

    expect(problems).toEqual([]);
    await close();
  });
});
