/**
 * Builds the raw MIME message SES sends (RFC 5322, 2045-2047, 2183, 2231): text and HTML as a multipart/alternative,
 * inside a multipart/mixed when there are attachments. It used to be nodemailer's MailComposer, which brought 135 KB
 * to the mailer's cold start (a 74 KB table of MIME types looked up only for parts without a type, URL and file
 * fetching we disabled); what the mailer needs is the few functions below (issue 15). The layout is the one
 * MailComposer wrote: the same headers in the same order, quoted-printable text, base64 attachments.
 *
 * Header values come through headerText already (shared/email/header-text.ts); control characters are replaced here
 * again all the same, so no value can ever end its header line and start another.
 */
import { randomBytes } from 'node:crypto';
import { OUTBOX_ID_HEADER, type Address } from '../domain/notifications/outbox.ts';
import type { RenderedEmail } from './render-email.ts';

export { OUTBOX_ID_HEADER };

const CRLF = '\r\n';
/** RFC 2045: encoded lines at most 76 characters. */
const LINE = 76;
/** UTF-8 bytes per encoded word: base64 of 45 bytes is 60 characters, 72 with `=?UTF-8?B?` and `?=` (limit 75). */
const WORD_BYTES = 45;

// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROL = /[\u0000-\u001f\u007f]+/g;
const oneLine = (value: string): string => value.replace(CONTROL, ' ');
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** RFC 2047 B-encoded words, none longer than 75 characters and none splitting a character. */
const encodedWords = (text: string): string[] => {
  const chunks: string[] = [];
  let chunk = '';
  for (const char of text) {
    if (chunk && Buffer.byteLength(chunk + char) > WORD_BYTES) {
      chunks.push(chunk);
      chunk = char;
    } else chunk += char;
  }
  if (chunk) chunks.push(chunk);
  return chunks.map((c) => `=?UTF-8?B?${Buffer.from(c, 'utf8').toString('base64')}?=`);
};

/** Free text (the subject): as is when plain ASCII, else encoded words on folded lines. */
const unstructured = (text: string): string => {
  const value = oneLine(text);
  return PRINTABLE_ASCII.test(value) ? value : encodedWords(value).join(`${CRLF} `);
};

/** `"Name" <address>`, the name quoted when ASCII and encoded otherwise; the bare address when there is no name. */
const mailbox = ({ name, email }: Address): string => {
  const address = oneLine(email).trim();
  const display = oneLine(name ?? '').trim();
  if (!display) return address;
  const phrase = PRINTABLE_ASCII.test(display) ? `"${display.replace(/["\\]/g, '\\$&')}"` : encodedWords(display).join(`${CRLF} `);
  return `${phrase} <${address}>`;
};

/** A parameter (`name="value"`), in RFC 2231 form when the value is not plain ASCII. */
const parameter = (name: string, value: string): string =>
  PRINTABLE_ASCII.test(value) ? `${name}="${value.replace(/["\\]/g, '\\$&')}"` : `${name}*=UTF-8''${encodeURIComponent(value)}`;

/** RFC 5322 date in UTC: `Mon, 30 Nov 2026 10:00:00 +0000`. */
const rfc5322Date = (date: Date): string => date.toUTCString().replace(/GMT$/, '+0000');

const base64Lines = (content: string | Buffer): string =>
  ((Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8')).toString('base64').match(new RegExp(`.{1,${LINE}}`, 'g')) ?? []).join(CRLF);

/**
 * Quoted-printable (RFC 2045 6.7) of UTF-8 text: line breaks kept as CRLF, `=`, control and non-ASCII bytes and
 * whitespace at a line's end encoded, soft breaks before 76 characters. `=` never appears unencoded, so a boundary
 * containing `=_` can never occur in the encoded text.
 */
const quotedPrintable = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      const lines: string[] = [];
      let current = '';
      bytes.forEach((byte, i) => {
        const atEnd = i === bytes.length - 1;
        const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !atEnd);
        const token = literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        if (current.length + token.length > LINE - 1) {
          lines.push(`${current}=`);
          current = '';
        }
        current += token;
      });
      lines.push(current);
      return lines.join(CRLF);
    })
    .join(CRLF);

const newBoundary = (() => {
  let count = 0;
  return (): string => `--_Plenary-${randomBytes(8).toString('hex')}-Part_${++count}`;
})();

/** One body part: its headers, a blank line, its content as is. */
const part = (headers: string[], body: string): string => `${headers.join(CRLF)}${CRLF}${CRLF}${body}`;

/**
 * A multipart body: each part after its boundary line, then the closing boundary. The CRLF before a boundary line
 * belongs to the boundary (RFC 2046 5.1.1), so a part's content ends exactly where its text does.
 */
const multipart = (boundary: string, parts: string[]): string =>
  `${parts.map((p) => `--${boundary}${CRLF}${p}${CRLF}`).join('')}--${boundary}--${CRLF}`;

const textPart = (subtype: 'plain' | 'html', content: string): string =>
  part([`Content-Type: text/${subtype}; charset=utf-8`, 'Content-Transfer-Encoding: quoted-printable'], quotedPrintable(content));

export const composeMime = async (email: RenderedEmail, date = new Date()): Promise<Buffer> => {
  const alternativeBoundary = newBoundary();
  const alternative = multipart(alternativeBoundary, [textPart('plain', email.text), textPart('html', email.html)]);
  const alternativeType = `multipart/alternative;${CRLF} boundary="${alternativeBoundary}"`;

  let contentType = alternativeType;
  let body = alternative;
  if (email.attachments.length) {
    const mixedBoundary = newBoundary();
    contentType = `multipart/mixed;${CRLF} boundary="${mixedBoundary}"`;
    body = multipart(mixedBoundary, [
      part([`Content-Type: ${alternativeType}`], alternative),
      ...email.attachments.map((a) =>
        part(
          [
            `Content-Type: ${oneLine(a.contentType)}; ${parameter('name', oneLine(a.filename))}`,
            'Content-Transfer-Encoding: base64',
            `Content-Disposition: attachment; ${parameter('filename', oneLine(a.filename))}`,
          ],
          base64Lines(a.content),
        ),
      ),
    ]);
  }

  const headers = [
    // The same name MailComposer wrote (SES repeats it in the Send event; readers compare it case-insensitively).
    `${OUTBOX_ID_HEADER.replace(/Id$/, 'ID')}: ${oneLine(email.outboxId)}`,
    // RFC 3834: an automatic message; out-of-office replies should not answer it.
    'Auto-Submitted: auto-generated',
    `From: ${mailbox(email.from)}`,
    `To: ${mailbox(email.to)}`,
    ...(email.replyTo ? [`Reply-To: ${mailbox(email.replyTo)}`] : []),
    `Subject: ${unstructured(email.subject)}`,
    `Message-ID: ${oneLine(email.messageId)}`,
    `Date: ${rfc5322Date(date)}`,
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}`,
  ];
  return Buffer.from(`${headers.join(CRLF)}${CRLF}${CRLF}${body}`, 'utf8');
};
