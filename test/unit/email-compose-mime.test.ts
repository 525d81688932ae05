/**
 * The MIME writer (shared/email/compose-mime.ts) read back by mailparser, as a mail client and the SES emulator read
 * it: whatever the scripts, lengths and characters, what was composed is what is read, and the message stays within
 * the line limits of RFC 5322 and 2045.
 */
import { simpleParser, type AddressObject } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMime } from '../../shared/email/compose-mime.ts';
import type { RenderedEmail } from '../../shared/email/render-email.ts';

const email = (overrides: Partial<RenderedEmail> = {}): RenderedEmail => ({
  from: { name: 'Secretaría de la Conferencia — SACM', email: 'no-reply@example.org' },
  to: { name: 'Анна Иванова', email: 'anna@example.org' },
  subject: 'SACM7-D-0042 · Registration received',
  text: 'Hello,\nsee you in Geneva.\n',
  html: '<p>Hello,</p>',
  attachments: [],
  messageId: '<01JABC@plenary>',
  outboxId: '01JABC',
  ...overrides,
});

const read = async (message: RenderedEmail) => {
  const raw = await composeMime(message, new Date('2026-11-30T10:00:00Z'));
  return { raw: raw.toString('utf8'), mail: await simpleParser(raw) };
};
const only = (field: AddressObject | AddressObject[] | undefined) => [field ?? []].flat().flatMap((a) => a.value);
const unix = (text: string | false | undefined) => (text || '').replace(/\r\n/g, '\n');

describe('composing a MIME message', () => {
  it('writes the headers in order, with the outbox id, the date and the message id', async () => {
    const { raw, mail } = await read(email({ replyTo: { email: 'sec@example.org' } }));
    const names = raw
      .split('\r\n\r\n')[0]!
      .replace(/\r\n[ \t]+/g, ' ')
      .split('\r\n')
      .map((line) => line.slice(0, line.indexOf(':')));
    expect(names).toEqual([
      'X-Plenary-Outbox-ID',
      'Auto-Submitted',
      'From',
      'To',
      'Reply-To',
      'Subject',
      'Message-ID',
      'Date',
      'MIME-Version',
      'Content-Type',
    ]);
    expect(mail.headers.get('x-plenary-outbox-id')).toBe('01JABC');
    expect(mail.messageId).toBe('<01JABC@plenary>');
    expect(mail.date?.toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(only(mail.replyTo)).toEqual([{ address: 'sec@example.org', name: '' }]);
  });

  it.each([
    ['Latin with accents', 'Registro confirmado: Reunión de la Conferencia de las Partes — Ginebra 2026 (COP-7)'],
    ['Arabic', 'تم تأكيد التسجيل: اجتماع مؤتمر الأطراف في جنيف ٢٠٢٦، الدورة السابعة للجنة'],
    ['Chinese and an emoji', '注册已确认：缔约方大会第七届会议 🎉 日内瓦'],
    ['long ASCII', `Registration received for ${'a very long meeting name '.repeat(12)}`.trim()],
  ])('reads back a %s subject exactly', async (_, subject) => {
    const { raw, mail } = await read(email({ subject }));
    expect(mail.subject).toBe(subject);
    expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
  });

  it.each([
    ['Cyrillic', 'Анна Иванова'],
    ['quotes and a backslash', 'Ana "the delegate" \\ Ruiz'],
    ['angle brackets and an at sign', 'Ana <ana@evil.example.net>'],
    ['a long Arabic name', 'عبد الرحمن بن محمد بن عبد الله آل سعود الفيصل الهاشمي القرشي'],
  ])('keeps a display name with %s as one name of one address', async (_, name) => {
    const { mail } = await read(email({ to: { name, email: 'ana@example.org' } }));
    expect(only(mail.to)).toEqual([{ address: 'ana@example.org', name }]);
  });

  it('keeps CR and LF out of the headers: a run of them becomes one space', async () => {
    const { mail } = await read(
      email({ subject: 'Hello\r\nBcc: evil@example.net', to: { name: 'Ana\r\nCc: x@example.net', email: 'ana@example.org' } }),
    );
    expect(mail.subject).toBe('Hello Bcc: evil@example.net');
    expect(mail.bcc).toBeUndefined();
    expect(mail.cc).toBeUndefined();
    expect(only(mail.to)).toHaveLength(1);
  });

  it('reads back text and HTML exactly: long lines, trailing spaces, equals signs, every script', async () => {
    const text = `Line with = sign and trailing spaces   \n${'x'.repeat(300)}\nمرحبا بكم في جنيف — 日内瓦 — Genève\n\n.\nlast line`;
    const html = `<p style="color: red">${'Ünïcödé '.repeat(40)}</p>\n<p>=3D is not decoded twice</p>`;
    const { raw, mail } = await read(email({ text, html }));
    expect(unix(mail.text)).toBe(text);
    expect(unix(mail.html as string)).toBe(html);
    const body = raw.slice(raw.indexOf('\r\n\r\n'));
    expect(body.split('\r\n').every((line) => line.length <= 76)).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('attaches a calendar with its type and file name, and without attachments sends only the alternatives', async () => {
    const ics = `BEGIN:VCALENDAR\r\nSUMMARY:Réunion ${'long '.repeat(40)}\r\nEND:VCALENDAR\r\n`;
    const attachment = { filename: 'SACM7-D-0042.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics };
    const { mail } = await read(email({ attachments: [attachment] }));
    expect(mail.attachments).toHaveLength(1);
    const [read0] = mail.attachments;
    expect(read0!.filename).toBe('SACM7-D-0042.ics');
    expect(read0!.contentType).toBe('text/calendar');
    expect(read0!.content.toString('utf8')).toBe(ics);
    expect(unix(mail.text)).toBe('Hello,\nsee you in Geneva.\n');

    const plain = await read(email());
    expect(plain.mail.attachments).toEqual([]);
    expect(plain.raw).toMatch(/^Content-Type: multipart\/alternative;/m);
  });

  it('names an attachment with non-ASCII characters in RFC 2231 form', async () => {
    const attachment = {
      filename: 'Réunion-日内瓦.ics',
      contentType: 'text/calendar; charset=utf-8',
      content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    };
    const { mail } = await read(email({ attachments: [attachment] }));
    expect(mail.attachments[0]!.filename).toBe('Réunion-日内瓦.ics');
  });
});
