/**
 * What people type never becomes markup or a header: names and subjects with CR/LF, NUL, `<script>` and
 * header-like text produce SES v2 SendEmail requests whose header-bound strings hold no line break or control
 * character, and emails (built as SES would, test/support/ses-v2-mime.ts) whose headers are exactly the intended
 * ones and whose HTML shows the text.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../shared/email/escape-html.ts';
import { headerText } from '../../shared/email/header-text.ts';
import { InvalidRecipient, renderEmail } from '../../shared/email/render-email.ts';
import type { OutboxEntry } from '../../shared/domain/notifications/outbox.ts';
import { sentAsSesWould } from '../support/ses-v2-mime.ts';
import { sampleEntry, sampleLinks, sampleStoredEvent } from './email-samples.ts';

const event = sampleStoredEvent();
const HOSTILE_NAME = 'Ana\r\nBcc: evil@example.net\r\n\r\n<script>alert(1)</script>';
const HOSTILE_SUBJECT = 'Hello\r\nX-Injected: yes\u0000\nSubject: spoofed';
const HOSTILE_MESSAGE = '</blockquote><script>alert("x")</script>\n<a href="https://evil.example.net">click</a> & more';

const build = async (entry: OutboxEntry) => {
  const { input, raw } = await sentAsSesWould(entry, event, { fromAddress: 'no-reply@example.org', links: sampleLinks });
  // Everything SES writes into a header: one line each, printable, whatever was typed.
  const simple = input.Content!.Simple!;
  const headerBound = [
    input.FromEmailAddress!,
    ...input.Destination!.ToAddresses!,
    ...(input.ReplyToAddresses ?? []),
    simple.Subject!.Data!,
    ...simple.Headers!.flatMap((h) => [h.Name!, h.Value!]),
  ];
  // eslint-disable-next-line no-control-regex
  for (const value of headerBound) expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  expect(input.Destination).toEqual({ ToAddresses: [expect.any(String)] });
  const headerBlock = raw.toString('utf8').split('\r\n\r\n')[0]!;
  // Unfold continuation lines, then take each header's name.
  const names = headerBlock
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')
    .map((line) => line.slice(0, line.indexOf(':')).toLowerCase());
  return { raw, names: names.sort(), mail: await simpleParser(raw) };
};

/** Ours, and what SES adds (Message-ID, Date, the MIME headers); sorted. */
const INTENDED_HEADERS = [
  'x-plenary-outbox-id',
  'auto-submitted',
  'from',
  'to',
  'reply-to',
  'subject',
  'message-id',
  'date',
  'mime-version',
  'content-type',
].sort();

describe('escaping HTML', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('Ana Pérez — São Paulo')).toBe('Ana Pérez — São Paulo');
  });
});

describe('header text', () => {
  it('turns CR, LF, NUL and other control characters into a single space', () => {
    expect(headerText('a\r\nb\u0000c\td\u2028e')).toBe('a b c d e');
    expect(headerText('  Ana  ')).toBe('Ana');
  });
});

describe('a hostile registration', () => {
  it('yields exactly the intended headers, one recipient, and escaped HTML', async () => {
    const entry = sampleEntry('registration-received-secretariat', 'en', {
      data: { participantName: HOSTILE_NAME, position: '<img src=x onerror=alert(1)>', institution: 'Subject: fake' },
    });
    const { names, mail } = await build(entry);
    expect(names).toEqual(INTENDED_HEADERS.filter((h) => h !== 'reply-to'));
    expect(mail.bcc).toBeUndefined();
    expect(
      [mail.to]
        .flat()
        .flatMap((a) => a!.value)
        .map((v) => v.address),
    ).toEqual(['registrations@example.org']);
    expect(mail.subject).toBe('SACM7-D-0042 · New registration: Ana Bcc: evil@example.net <script>alert(1)</script> (AR)');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('a display name with CR/LF stays one To address', async () => {
    const entry = sampleEntry('registration-received', 'es', { to: { email: 'ana@example.org', name: HOSTILE_NAME } });
    const { names, mail } = await build(entry);
    expect(names).toEqual(INTENDED_HEADERS);
    const to = [mail.to].flat().flatMap((a) => a!.value);
    expect(to).toEqual([{ address: 'ana@example.org', name: 'Ana Bcc: evil@example.net <script>alert(1)</script>' }]);
    expect(mail.bcc).toBeUndefined();
  });

  it('an address that lists a second recipient is refused', async () => {
    const entry = sampleEntry('registration-received', 'es', { to: { email: 'ana@example.org, evil@example.net' } });
    await expect(renderEmail(entry, event, { fromAddress: 'no-reply@example.org', links: sampleLinks })).rejects.toBeInstanceOf(InvalidRecipient);
  });
});

describe('a hostile press inquiry', () => {
  it('keeps the subject on one line and the message as text', async () => {
    const entry = sampleEntry('inquiry-received-contact', 'en', {
      data: { subject: HOSTILE_SUBJECT, journalistName: 'João\r\nCc: evil@example.net', message: HOSTILE_MESSAGE, outlet: '"><b>Folha</b>' },
    });
    entry.replyTo = { email: 'joao@example.com', name: 'João\r\nCc: evil@example.net' };
    const { names, mail } = await build(entry);
    expect(names).toEqual(INTENDED_HEADERS);
    expect(mail.headers.has('x-injected')).toBe(false);
    expect(mail.cc).toBeUndefined();
    expect(mail.subject).toBe('SACM7-P-0007 · Press inquiry: Hello X-Injected: yes Subject: spoofed');
    expect([mail.replyTo].flat().flatMap((a) => a!.value)).toEqual([{ address: 'joao@example.com', name: 'João Cc: evil@example.net' }]);
    expect(mail.html).not.toMatch(/<script|<a href="https:\/\/evil|<b>Folha/);
    expect(mail.html).toContain('&lt;/blockquote&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.html).toContain('&quot;&gt;&lt;b&gt;Folha&lt;/b&gt;');
    // The plain-text part quotes the message as typed.
    expect(mail.text).toContain('> <a href="https://evil.example.net">click</a> & more');
  });
});
