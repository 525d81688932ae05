/**
 * Emails end to end through `npm start`'s machinery: the API writes outbox entries, the stream reader hands
 * them to the mailer, and the mail lands in the SES emulator's mailbox, in the language the person chose.
 */
import { describe, expect, inject, it } from 'vitest';
import { api, createEvent, tokenFor, uniqueEventId } from '../support/api.ts';
import { drainStreams, emailsTo } from '../support/mailbox.ts';

const MEMBER_STATES = ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PY', 'PE', 'SR', 'UY', 'VE'];

const local = (path: string, body?: unknown) =>
  fetch(`${inject('platform').baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

/** An event of this test's own, with its own secretariat and contact addresses so mailboxes never mix. */
const eventWithOwnAddresses = async (label: string) => {
  const eventId = uniqueEventId(label);
  const secretariat = `secretariat-${eventId}@example.org`;
  const contact = `press-${eventId}@example.org`;
  const event = await createEvent(eventId, {
    secretariatEmail: secretariat,
    contacts: [
      {
        id: 'technical-secretariat',
        name: 'Jorge Gurrieri',
        role: { es: 'Secretaría Técnica', pt: 'Secretaria Técnica', en: 'Technical Secretariat', nl: 'Technisch Secretariaat' },
        organisation: 'IOM',
        phone: '+54 11 4815 5194',
        email: contact,
      },
    ],
    press: { defaultContact: 'technical-secretariat', rules: [], hourlyLimit: 50 },
  });
  return { eventId, event, secretariat, contact };
};

const registration = (email: string, overrides: Record<string, unknown> = {}) => ({
  participant: {
    title: 'Ms.',
    givenName: 'Ana',
    familyName: 'Pérez',
    email,
    phone: '+58 212 555 0100',
    position: 'Director of Migration Policy',
    institution: 'Ministry of Foreign Affairs',
  },
  delegation: 'AR',
  role: 'delegate',
  language: 'es',
  needs: { accessibility: '', dietary: '' },
  consent: { dataProcessing: true, listInParticipants: true },
  ...overrides,
});

const register = async (eventId: string, body: unknown) => {
  const answer = await api(`/events/${eventId}/registrations`, { body });
  expect(answer.status, answer.text).toBe(201);
  return answer.json as { id: string; reference: string; status: string; manageUrl: string };
};

describe('a registration', () => {
  it('sends the delegate an acknowledgement in their language, with a manage link that works, and the secretariat a notice', async () => {
    const { eventId, secretariat } = await eventWithOwnAddresses('mail-reg');
    const email = `ana-${eventId}@example.org`;
    const answer = await register(eventId, registration(email, { language: 'pt', delegation: 'BR' }));
    await drainStreams();

    const [ack, ...moreAcks] = await emailsTo(email);
    expect(moreAcks).toEqual([]);
    expect(ack!.subject).toBe(`${answer.reference} · Inscrição recebida · VII Conferência Sul-Americana sobre Migrações`);
    expect(ack!.body.text).toContain('Aguardando aprovação da secretaria');
    expect(ack!.replyTo).toEqual([expect.stringContaining(secretariat)]);
    // The link in the email opens the delegate's own registration.
    const link = /https?:\/\/\S+\/manage\/\S+/.exec(ack!.body.text ?? '')?.[0];
    expect(link).toBe(answer.manageUrl);
    const token = new URLSearchParams(new URL(link!).hash.slice(1)).get('token')!;
    expect((await api(`/events/${eventId}/registrations/${answer.id}`, { token })).status).toBe(200);

    const [notice, ...moreNotices] = await emailsTo(secretariat);
    expect(moreNotices).toEqual([]);
    // The secretariat reads the event's default language (es).
    expect(notice!.subject).toBe(`${answer.reference} · Nueva inscripción: Ms. Ana Pérez (BR)`);
    expect(notice!.body.text).toContain(`${inject('platform').baseUrl}/console/events/${eventId}/registrations/${answer.id}`);
  });

  it('names in Chinese and Arabic reach the emulator as encoded words and read back as written', async () => {
    const { eventId, secretariat } = await eventWithOwnAddresses('mail-scripts');
    const email = `wei-${eventId}@example.org`;
    const answer = await register(
      eventId,
      registration(email, { participant: { ...registration(email).participant, givenName: '张伟', familyName: 'عبد الله' } }),
    );
    await drainStreams();

    const [ack] = await emailsTo(email);
    // The emulator took SES v2 SendEmail with the RFC 2047 name; the local mailbox shows it decoded.
    expect(ack!.destination.to).toEqual([expect.stringMatching(new RegExp(`张伟 عبد الله.* <${email}>$`))]);
    expect(ack!.headers).toContainEqual({ name: 'X-Plenary-Outbox-Id', value: expect.any(String) });
    const [notice] = await emailsTo(secretariat);
    expect(notice!.subject).toBe(`${answer.reference} · Nueva inscripción: Ms. 张伟 عبد الله (AR)`);
  });

  it('once approved, sends the confirmation with the calendar invitation', async () => {
    const { eventId } = await eventWithOwnAddresses('mail-confirm');
    const email = `ana-${eventId}@example.org`;
    const { id, reference } = await register(eventId, registration(email, { language: 'en' }));
    const decision = await api(`/admin/events/${eventId}/registrations/${id}/decision`, {
      body: { decision: 'approve', reason: 'Welcome' },
      token: await tokenFor('secretariat'),
    });
    expect(decision.status, decision.text).toBe(200);
    await drainStreams();

    const confirmation = (await emailsTo(email)).find((e) => e.subject.startsWith(`${reference} · Registration confirmed`));
    expect(confirmation?.attachments.map((a) => [a.filename, a.contentType])).toEqual([[`${reference}.ics`, 'text/calendar']]);
    expect(Buffer.from(confirmation!.attachments[0]!.content, 'base64').toString('utf8')).toContain('TZID=America/Caracas');
  });
});

describe('a press inquiry', () => {
  it('sends the routed contact the inquiry (Reply-To the journalist) and the journalist an acknowledgement in their language', async () => {
    const { eventId, contact } = await eventWithOwnAddresses('mail-inq');
    const journalist = `joao-${eventId}@example.com`;
    const answer = await api(`/events/${eventId}/inquiries`, {
      body: {
        journalist: { name: 'João Silva', email: journalist, phone: '+55 11 5555 0100', outlet: 'Folha', country: 'BR' },
        topic: 'interview_request',
        language: 'nl',
        subject: 'Interview met de Regionale Vertegenwoordiger',
        message: 'Kunnen we dinsdag praten?',
      },
    });
    expect(answer.status, answer.text).toBe(202);
    const { reference } = answer.json as { reference: string };
    await drainStreams();

    const [toContact, ...moreToContact] = await emailsTo(contact);
    expect(moreToContact).toEqual([]);
    expect(toContact!.subject).toBe(`${reference} · Consulta de prensa: Interview met de Regionale Vertegenwoordiger`);
    expect(toContact!.replyTo).toEqual([expect.stringContaining(journalist)]);
    expect(toContact!.body.text).toContain('> Kunnen we dinsdag praten?');

    const [ack, ...moreAcks] = await emailsTo(journalist);
    expect(moreAcks).toEqual([]);
    expect(ack!.subject).toBe(`${reference} · Wij hebben uw vraag ontvangen · Zevende Zuid-Amerikaanse Conferentie over Migratie`);
    expect(ack!.body.text).toContain('Jorge Gurrieri');
    expect(ack!.body.text).toContain(contact);
  });
});

describe('with the SES emulator down', () => {
  it('accepts 50 registrations, and once it is back and the secretariat redrives, delivers each email exactly once', async () => {
    const { eventId, secretariat } = await eventWithOwnAddresses('mail-fault');
    const emails = Array.from({ length: 50 }, (_, i) => `delegate-${i}-${eventId}@example.org`);
    await local('/local/ses/stop');
    let references: string[];
    try {
      references = [];
      for (let i = 0; i < emails.length; i += 10) {
        const batch = emails
          .slice(i, i + 10)
          .map((email, j) => register(eventId, registration(email, { delegation: MEMBER_STATES[(i + j) % MEMBER_STATES.length] })));
        references.push(...(await Promise.all(batch)).map((r) => r.reference));
      }
      // The mailer fails every record; the stream reader retries each, then gives up (the DLQ, and its alarm in AWS).
      await drainStreams();
    } finally {
      await local('/local/ses/start');
    }
    expect(await emailsTo(secretariat)).toEqual([]);
    const secretariatToken = await tokenFor('secretariat');
    const summary = async () => (await api(`/admin/events/${eventId}/summary`, { token: secretariatToken })).json.emails;
    expect(await summary()).toEqual({ undelivered: 100, suppressed: 0 });

    // Everything just failed, so nothing is "stuck for 5 minutes" yet: the secretariat asks for all of it now.
    const redrive = await api(`/admin/events/${eventId}/emails/redrive`, { body: { stuckAfterMinutes: 0 }, token: secretariatToken });
    expect(redrive.status, redrive.text).toBe(200);
    expect(redrive.json).toEqual({ requeued: 100, skipped: 0 });
    await drainStreams();
    // A second redrive finds nothing left to send.
    expect((await api(`/admin/events/${eventId}/emails/redrive`, { body: { stuckAfterMinutes: 0 }, token: secretariatToken })).json).toEqual({
      requeued: 0,
      skipped: 0,
    });
    await drainStreams();

    for (const email of emails) expect((await emailsTo(email)).length, email).toBe(1);
    const notices = await emailsTo(secretariat);
    expect(notices.map((n) => n.subject.split(' · ')[0]).sort()).toEqual([...references].sort());
    expect(await summary()).toEqual({ undelivered: 0, suppressed: 0 });
  });
});

describe('with the SES emulator down for longer than the stream retries', () => {
  it('delivers every email exactly once by itself, once the scheduled retry finds them stuck', async () => {
    const { eventId, secretariat } = await eventWithOwnAddresses('mail-auto-retry');
    const emails = Array.from({ length: 10 }, (_, i) => `auto-${i}-${eventId}@example.org`);
    await local('/local/ses/stop');
    try {
      await Promise.all(emails.map((email, i) => register(eventId, registration(email, { delegation: MEMBER_STATES[i % MEMBER_STATES.length] }))));
      await drainStreams(); // every record runs out of retries
    } finally {
      await local('/local/ses/start');
    }
    expect(await emailsTo(emails[0]!)).toEqual([]);

    // The schedule runs the same use case; a clock 15 minutes ahead finds the entries stuck (no manual redrive).
    const { makeRetryStuckEmails } = await import('../../shared/domain/notifications/outbox-redrive.ts');
    const { dynamoOutboxStore } = await import('../../shared/adapters/outbox.ts');
    const { dynamoEventStore } = await import('../../shared/adapters/events-store.ts');
    const { emulatorSendConfirmations } = await import('../../shared/adapters/ses-send-confirmations.ts');
    const later = { now: () => new Date(Date.now() + 15 * 60_000) };
    const confirmations = emulatorSendConfirmations(inject('platform').sesEndpoint);
    const sweep = makeRetryStuckEmails({ outbox: dynamoOutboxStore(), events: dynamoEventStore(), clock: later, confirmations });
    // Other tests' events may have stuck entries too: count only this event's emails below.
    expect((await sweep()).requeued).toBeGreaterThanOrEqual(20);
    await drainStreams();
    await sweep(); // a second run finds nothing of this event left to send
    await drainStreams();

    for (const email of emails) expect((await emailsTo(email)).length, email).toBe(1);
    expect(await emailsTo(secretariat)).toHaveLength(10);
  });
});

describe('with the SES emulator answering late (POST /local/ses/slow)', () => {
  it('delivers each email once: the unanswered sends are listed as uncertain, and the sweep finds SES took them', async () => {
    const { eventId, secretariat } = await eventWithOwnAddresses('mail-slow');
    const email = `slow-${eventId}@example.org`;
    const token = await tokenFor('secretariat');
    expect((await local('/local/ses/slow', { ms: 8_000 })).status).toBe(200);
    try {
      await register(eventId, registration(email));
      await drainStreams(); // the mailer's 5 s timeout passes; SES took both emails but answered neither in time
    } finally {
      expect((await local('/local/ses/slow', { ms: 0 })).status).toBe(200);
    }
    expect(await emailsTo(email)).toHaveLength(1);
    expect(await emailsTo(secretariat)).toHaveLength(1);

    const uncertain = await api(`/admin/events/${eventId}/emails?status=uncertain`, { token });
    expect(uncertain.status, uncertain.text).toBe(200);
    const items = (uncertain.json as { items: { status: string; attemptedAt: string | null; to: string }[] }).items;
    expect(items.map((i) => [i.status, i.to]).sort()).toEqual(
      [
        ['uncertain', email],
        ['uncertain', secretariat],
      ].sort(),
    );
    expect(items.every((i) => typeof i.attemptedAt === 'string')).toBe(true);
    const summary = async () => (await api(`/admin/events/${eventId}/summary`, { token })).json.emails;
    expect(await summary()).toEqual({ undelivered: 2, suppressed: 0 });
    // The secretariat's redrive leaves them alone: SES may have them.
    expect((await api(`/admin/events/${eventId}/emails/redrive`, { body: { stuckAfterMinutes: 0 }, token })).json).toEqual({
      requeued: 0,
      skipped: 2,
    });

    // The scheduled sweep looks in the emulator's store, finds both, and marks them sent; nothing is sent again.
    expect((await local('/local/schedules/run')).status).toBe(200);
    await drainStreams();
    expect(await summary()).toEqual({ undelivered: 0, suppressed: 0 });
    const sent = (await api(`/admin/events/${eventId}/emails?status=sent`, { token })).json as { items: unknown[] };
    expect(sent.items).toHaveLength(2);
    expect(await emailsTo(email)).toHaveLength(1);
    expect(await emailsTo(secretariat)).toHaveLength(1);
  });

  it('refuses a delay that is not a whole number of milliseconds up to two minutes', async () => {
    for (const body of [{ ms: -1 }, { ms: 'slow' }, { ms: 500_000 }, {}]) expect((await local('/local/ses/slow', body)).status).toBe(400);
  });
});

describe('a bounce', () => {
  it('stops the next email to that address, which is counted as suppressed', async () => {
    const { eventId } = await eventWithOwnAddresses('mail-bounce');
    const email = `bouncy-${eventId}@example.org`;
    const { id } = await register(eventId, registration(email));
    await drainStreams();
    expect(await emailsTo(email)).toHaveLength(1);

    expect((await local('/local/ses/bounce', { email, type: 'Permanent' })).status).toBe(200);
    const token = await tokenFor('secretariat');
    expect((await api(`/admin/events/${eventId}/registrations/${id}/decision`, { body: { decision: 'approve', reason: 'ok' }, token })).status).toBe(
      200,
    );
    await drainStreams();

    expect(await emailsTo(email)).toHaveLength(1);
    const summary = await api(`/admin/events/${eventId}/summary`, { token });
    expect(summary.json.emails).toEqual({ undelivered: 0, suppressed: 1 });
    const suppressed = await api(`/admin/events/${eventId}/emails?status=suppressed`, { token });
    expect(suppressed.json.items).toEqual([
      expect.objectContaining({ kind: 'registration-confirmed', to: email, status: 'suppressed', lastError: 'bounce:Permanent/General' }),
    ]);
  });

  it('a transient bounce stops nothing', async () => {
    const { eventId } = await eventWithOwnAddresses('mail-soft');
    const email = `soft-${eventId}@example.org`;
    expect((await local('/local/ses/bounce', { email, type: 'Transient' })).status).toBe(200);
    await register(eventId, registration(email));
    await drainStreams();
    expect(await emailsTo(email)).toHaveLength(1);
  });
});
