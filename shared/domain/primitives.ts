/**
 * Small, strict building blocks for every schema. Written with `zod/mini` because it keeps each Lambda
 * bundle and cold start close to the bare SDK's (see bench/); classic zod roughly doubles the bundle.
 */
import * as z from 'zod/mini';
import { stripInvisible } from './invisible-chars.ts';
import { LANGUAGES, type Localized as LocalizedText } from './language.ts';

export { LANGUAGES, normalizeEmail, pickLocalized } from './language.ts';
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Control characters (C0 except none, DEL, C1) never belong in a name, subject or header-bound text. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS_EXCEPT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * A single line of human text: invisible characters stripped (shared/domain/invisible-chars.ts), trimmed, no
 * control characters (so no CR/LF can reach an email header). Lengths count what is kept.
 */
export const line = (max: number, min = 1) =>
  z.string().check(
    z.overwrite(stripInvisible),
    z.trim(),
    z.minLength(min, min === 1 ? 'Required' : `At least ${min} characters`),
    z.maxLength(max, `At most ${max} characters`),
    z.refine((s) => !CONTROL_CHARS.test(s), 'Control characters are not allowed'),
  );

/** Optional single line: may be empty. */
export const optionalLine = (max: number) => z.optional(line(max, 0));

/** Multi-line text (a message): invisible characters stripped, newlines and tabs allowed, other control characters not. */
export const text = (max: number, min = 1) =>
  z.string().check(
    z.overwrite(stripInvisible),
    z.trim(),
    z.minLength(min, 'Required'),
    z.maxLength(max, `At most ${max} characters`),
    z.refine((s) => !CONTROL_CHARS_EXCEPT_NEWLINES.test(s), 'Control characters are not allowed'),
  );

/** An email address, trimmed, a pasted zero-width space stripped; at most 254 characters (RFC 5321). Compare with `normalizeEmail`. */
export const Email = z.string().check(
  z.overwrite(stripInvisible),
  z.trim(),
  z.maxLength(254, 'At most 254 characters'),
  z.refine((s) => !CONTROL_CHARS.test(s), 'Control characters are not allowed'),
  z.email('A valid email address is required'),
);

/** A phone number as people write it: digits, spaces, + ( ) - . / and an optional extension. */
export const Phone = z
  .string()
  .check(
    z.trim(),
    z.maxLength(40, 'At most 40 characters'),
    z.regex(/^\+?[0-9 ()./-]{4,32}( ?(ext\.?|x) ?[0-9]{1,6})?$/i, 'A phone number such as +58 212 555 0100'),
  );

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'A two-letter ISO 3166-1 country code'));

/** Lower-case slug: observer organisations, event ids, contact ids. */
export const Slug = z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'Lower-case letters, digits and dashes'));

/** A delegation code: an ISO country code (member state) or a slug (observer organisation). */
export const DelegationCode = z.string().check(z.regex(/^(?:[A-Z]{2}|[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)$/, 'A delegation code of this event'));

/** ISO 8601 date-time with an explicit offset, as the contract asks. */
export const DateTime = z.iso.datetime({ offset: true, message: 'An ISO 8601 date-time with offset, e.g. 2026-07-02T09:00:00-04:00' });

/** Calendar date YYYY-MM-DD. */
export const DateOnly = z.iso.date('A date as YYYY-MM-DD');

/** IANA time zone name, checked against the runtime's own database. */
export const TimeZone = z.string().check(
  z.refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return tz.includes('/') || tz === 'UTC';
    } catch {
      return false;
    }
  }, 'An IANA time zone such as America/Caracas'),
);

/** ULID, as every id in the API. */
export const Ulid = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Not a valid id'));

/** Text per language: at least the keys given; only known languages. */
export const Localized = (max: number) => z.partialRecord(Language, line(max));
export type Localized = LocalizedText;
