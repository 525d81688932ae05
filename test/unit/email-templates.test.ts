/**
 * Every template in every language, rendered for a sample record, turned into the SES v2 SendEmail request the
 * mailer sends, built into MIME as SES would (test/support/ses-v2-mime.ts) and parsed back with real parsers (mailparser for the message, node-ical for the invitation): what a recipient's mail client would see.
 */
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../shared/domain/primitives.ts';
import type { EmailKind } from '../../shared/domain/notifications/outbox.ts';
import { sentAsSesWould } from '../support/ses-v2-mime.ts';
import { ALL_KINDS, BASE_URL, sampleEntry, sampleLinks, sampleStoredEvent } from './email-samples.ts';

const FROM = 'no-reply@plenary.example.org';
const event = sampleStoredEvent();

const render = async (kind: EmailKind, language: Language) => {
  const entry = sampleEntry(kind, language);
  const { input, raw } = await sentAsSesWould(entry, event, { fromAddress: FROM, links: sampleLinks });
  return { entry, input, raw, mail: await simpleParser(raw) };
};

const single = (field: AddressObject | AddressObject[] | undefined) => {
  const list = [field ?? []].flat().flatMap((a) => a.value);
  expect(list).toHaveLength(1);
  return list[0]!;
};

/** Whitespace as people read it (Intl puts thin spaces around range dashes). */
const plain = (s: string | false | undefined) => (s || '').replace(/\s+/g, ' ');

const EXPECTED_REPLY_TO: Record<EmailKind, string | undefined> = {
  'registration-received': 'registrations@example.org',
  'registration-received-secretariat': undefined,
  'registration-confirmed': 'registrations@example.org',
  'registration-declined': 'registrations@example.org',
  'registration-waitlisted': 'registrations@example.org',
  'registration-promoted': 'registrations@example.org',
  'registration-cancelled': 'registrations@example.org',
  'registration-nominated': 'registrations@example.org',
  'registration-erased-secretariat': undefined,
  'inquiry-received-contact': 'joao@example.com',
  'inquiry-received-journalist': 'regional-office@example.org',
  'inquiry-reminder': undefined,
  'focal-point-invited': 'registrations@example.org',
  'delegation-submitted': undefined,
  'delegation-returned': 'registrations@example.org',
  'delegation-reminder': 'registrations@example.org',
  'media-accredited': 'registrations@example.org',
  'media-declined': 'registrations@example.org',
};

const TITLES: Record<Language, string> = {
  es: 'VII Conferencia Suramericana sobre Migraciones',
  pt: 'VII Conferência Sul-Americana sobre Migrações',
  en: 'Seventh South American Conference on Migration',
  nl: 'Zevende Zuid-Amerikaanse Conferentie over Migratie',
};

describe.each(ALL_KINDS)('the %s email', (kind) => {
  it.each(LANGUAGES)('in %s parses back with the reference first, the right addresses and both parts', async (language) => {
    const { entry, input, mail } = await render(kind, language);
    expect(mail.subject?.startsWith(`${entry.reference} · `)).toBe(true);
    expect(single(mail.from)).toEqual({ address: FROM, name: 'SACM Technical Secretariat' });
    expect(single(mail.to).address).toBe(entry.to.email);
    const replyTo = EXPECTED_REPLY_TO[kind];
    if (replyTo) expect(single(mail.replyTo).address).toBe(replyTo);
    else expect(mail.replyTo).toBeUndefined();
    // SES writes its own Message-ID; the outbox id travels in our header.
    expect(input.Content?.Simple?.Headers).toEqual([
      { Name: 'X-Plenary-Outbox-Id', Value: entry.id },
      { Name: 'Auto-Submitted', Value: 'auto-generated' },
    ]);
    expect(mail.headers.get('x-plenary-outbox-id')).toBe(entry.id);
    expect(input).toMatchObject({ Destination: { ToAddresses: [expect.stringContaining(entry.to.email)] }, ConfigurationSetName: 'plenary-test' });
    expect(input.Destination?.ToAddresses).toHaveLength(1);
    expect(input.EmailTags).toEqual([{ Name: 'plenary-send', Value: `${entry.id}_1` }]);
    expect(mail.text).toContain(entry.reference);
    expect(mail.html).toContain(`<html lang="${language}">`);
    expect(mail.html).toContain(TITLES[language]);
    expect(plain(mail.text)).toContain(TITLES[language]);
    expect(mail.text).not.toMatch(/\{\w+\}|undefined/);
    expect(mail.html).not.toMatch(/\{\w+\}|undefined/);
  });
});

describe('the confirmation', () => {
  it.each(LANGUAGES)('in %s carries an .ics invitation that a calendar parser reads at the event’s times', async (language) => {
    const { entry, input, mail } = await render('registration-confirmed', language);
    // SES builds the attachment from the bare media type and base64-encodes it in the message.
    expect(input.Content?.Simple?.Attachments).toEqual([
      expect.objectContaining({
        FileName: `${entry.reference}.ics`,
        ContentType: 'text/calendar',
        ContentDisposition: 'ATTACHMENT',
        ContentTransferEncoding: 'BASE64',
      }),
    ]);
    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0]!;
    expect(attachment.filename).toBe(`${entry.reference}.ics`);
    expect(attachment.contentType).toBe('text/calendar');
    expect(attachment.content.toString('utf8')).toContain('METHOD:PUBLISH');
    const calendar = ical.sync.parseICS(attachment.content.toString('utf8'));
    const events = Object.values(calendar).filter((c) => c.type === 'VEVENT');
    expect(events).toHaveLength(1);
    const vevent = events[0] as ical.VEvent;
    // 09:00 to 18:00 in Caracas (UTC-4), every day of the event.
    expect(vevent.start.toISOString()).toBe('2026-06-30T13:00:00.000Z');
    expect(vevent.end.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(vevent.start.tz).toBe('America/Caracas');
    expect(vevent.rrule?.all().map((d) => d.toISOString())).toEqual(['2026-06-30T13:00:00.000Z', '2026-07-01T13:00:00.000Z']);
    expect(vevent.summary).toBe(TITLES[language]);
    expect(vevent.uid).toBe(`${(entry.data as { registrationId: string }).registrationId}@plenary`);
    expect(vevent.location).toContain('Caracas');
  });

  it('shows the check-in code', async () => {
    const { mail } = await render('registration-confirmed', 'en');
    expect(mail.text).toContain('K7Q-42X');
    expect(mail.html).toContain('K7Q-42X');
  });
});

describe('dates and times', () => {
  const cases: [Language, RegExp, RegExp][] = [
    ['es', /30 de junio – 1 de julio de 2026/, /1 de julio de 2026 a las 17:00 GMT-4/],
    ['pt', /30 de junho – 1 de julho de 2026/, /1 de julho de 2026 às 17:00 GMT-4/],
    ['en', /30 June – 1 July 2026/, /1 July 2026 at 17:00 GMT-4/],
    ['nl', /30 juni – 1 juli 2026/, /1 juli 2026 om 17:00 GMT-4/],
  ];
  it.each(cases)('in %s are in the event’s time zone and the recipient’s locale', async (language, eventDates, deadline) => {
    const confirmation = await render('registration-confirmed', language);
    expect(plain(confirmation.mail.text)).toMatch(eventDates);
    // The journalist wrote 18:00 at UTC-3; the event is in Caracas (UTC-4).
    const contact = await render('inquiry-received-contact', language);
    expect(plain(contact.mail.text)).toMatch(deadline);
  });
});

describe('links', () => {
  const links = (mail: ParsedMail) => [...(mail.html || '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));

  it('the secretariat notification links to the registration in the console', async () => {
    const { mail } = await render('registration-received-secretariat', 'es');
    expect(links(mail)).toEqual([`${BASE_URL}/console/events/sacm-7/registrations/01JZ0000000000000000000REG`]);
    expect(mail.text).toContain(`${BASE_URL}/console/events/sacm-7/registrations/01JZ0000000000000000000REG`);
  });

  it('the delegate gets the manage link, in both parts', async () => {
    const { mail } = await render('registration-received', 'pt');
    const manage = `${BASE_URL}/manage/sacm-7/01JZ0000000000000000000REG#token=t0ken`;
    expect(links(mail)).toEqual([manage]);
    expect(mail.text).toContain(manage);
  });

  it('the contact’s email links to the inquiry in the console', async () => {
    const { mail } = await render('inquiry-received-contact', 'en');
    expect(links(mail)).toEqual([`${BASE_URL}/console/events/sacm-7/inquiries/01JZ0000000000000000000INQ`]);
  });
});

describe('the journalist’s acknowledgement', () => {
  it('names the routed contact’s public details in the journalist’s language', async () => {
    const { mail } = await render('inquiry-received-journalist', 'pt');
    const text = plain(mail.text);
    expect(text).toContain('Office of the IOM Regional Representative for the Southern Cone');
    expect(text).toContain('Escritório do Representante Regional da OIM para o Cone Sul');
    expect(text).toContain('+54 11 4815 5195');
    expect(text).toContain('regional-office@example.org');
    expect(mail.subject).toContain('Recebemos a sua consulta');
  });
});

describe('names and subjects in any script', () => {
  // SES v2 takes display names as RFC 2047 encoded words; the subject and parts it encodes itself (UTF-8).
  const arabic = 'الأمانة الفنية للمؤتمر الأمريكي الجنوبي المعني بالهجرة';
  const chinese = '张伟（北京代表团）';

  it('an Arabic sender name and a Chinese recipient, reply-to and subject arrive as written', async () => {
    const arabicEvent = { ...event, senderName: arabic };
    const entry = sampleEntry('registration-received-secretariat', 'en', {
      to: { email: 'registrations@example.org', name: chinese },
      data: { participantName: chinese },
    });
    entry.replyTo = { email: 'wei@example.cn', name: `${chinese}, "王"` };
    const { input, raw } = await sentAsSesWould(entry, arabicEvent, { fromAddress: FROM, links: sampleLinks });
    // Every address field is printable ASCII: SES rejects raw non-ASCII display names.
    for (const field of [input.FromEmailAddress!, ...input.Destination!.ToAddresses!, ...input.ReplyToAddresses!]) {
      expect(field).toMatch(/^[\x20-\x7e]+$/);
      expect(field).toMatch(/^(=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=( |$))+/);
      // RFC 2047: no encoded word longer than 75 characters.
      for (const word of field.match(/=\?[^?]+\?B\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
    }
    expect(input.Content?.Simple?.Subject).toEqual({ Data: `SACM7-D-0042 · New registration: ${chinese} (AR)`, Charset: 'UTF-8' });
    const mail = await simpleParser(raw);
    expect(single(mail.from)).toEqual({ address: FROM, name: arabic });
    expect(single(mail.to)).toEqual({ address: 'registrations@example.org', name: chinese });
    expect(single(mail.replyTo)).toEqual({ address: 'wei@example.cn', name: `${chinese}, "王"` });
    expect(mail.subject).toBe(`SACM7-D-0042 · New registration: ${chinese} (AR)`);
    expect(mail.text).toContain(chinese);
  });

  it('a name with commas, quotes and angle brackets stays one display name, encoded or quoted', async () => {
    const entry = sampleEntry('registration-received', 'en', { to: { email: 'ana@example.org', name: 'Ana "Ani" Pérez, <ana@evil.example.net>' } });
    const asciiEntry = sampleEntry('registration-received', 'en', { to: { email: 'bo@example.org', name: 'Bo "B" Li, <bo@evil.example.net>' } });
    for (const [e, name] of [
      [entry, 'Ana "Ani" Pérez, <ana@evil.example.net>'],
      [asciiEntry, 'Bo "B" Li, <bo@evil.example.net>'],
    ] as const) {
      const { input, raw } = await sentAsSesWould(e, event, { fromAddress: FROM, links: sampleLinks });
      expect(input.Destination?.ToAddresses).toHaveLength(1);
      expect(single((await simpleParser(raw)).to)).toEqual({ address: e.to.email, name });
    }
  });
});
