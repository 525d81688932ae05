/**
 * One mailbox as header text (`name <address>`), for SES v2's FromEmailAddress, ToAddresses and ReplyToAddresses.
 * SES writes these strings into the headers as given, and requires a non-ASCII display name as RFC 2047
 * encoded words. So: no name, the bare address; a printable-ASCII name, a quoted string (commas, `<`, `@`
 * cannot split it into a second mailbox); any other name, UTF-8 base64 encoded words. The name has been through
 * `headerText` (no CR, LF or control characters), and the address is one mailbox (render-email.ts).
 */
import type { Address } from '../domain/notifications/outbox.ts';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** RFC 2047: an encoded word is at most 75 characters; `=?UTF-8?B?` and `?=` leave 63, so 45 bytes (60 base64 characters). */
const MAX_WORD_BYTES = 45;

const quoted = (name: string) => `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/** Whole characters per word: a word never ends inside a UTF-8 sequence, so each decodes on its own. */
const encodedWords = (name: string): string => {
  const words: string[] = [];
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length) words.push(`=?UTF-8?B?${Buffer.from(bytes).toString('base64')}?=`);
    bytes = [];
  };
  for (const char of name) {
    const encoded = [...Buffer.from(char, 'utf8')];
    if (bytes.length + encoded.length > MAX_WORD_BYTES) flush();
    bytes.push(...encoded);
  }
  flush();
  return words.join(' ');
};

export const displayName = (name: string): string => (PRINTABLE_ASCII.test(name) ? quoted(name) : encodedWords(name));

export const encodedMailbox = ({ email, name }: Address): string => (name ? `${displayName(name)} <${email}>` : email);
