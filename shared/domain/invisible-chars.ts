/**
 * Invisible characters in free text: bidi controls and zero-width characters pasted (or planted) into a name,
 * a subject or a note would reorder or hide what the secretariat reads in the console, the CSV and the emails
 * ("Trojan Source" style spoofing), and make two equal-looking names differ.
 *
 * The rule (docs/architecture.md, "Free text"): every free-text field STRIPS them silently, never refuses. What
 * arrives is nearly always an accident (a zero-width space or a BOM pasted from a web page or a PDF, a direction
 * mark added by an RTL keyboard): refusing would fail a delegate over something they cannot see. Stripping keeps
 * every visible character, and the stored text is exactly what a reader sees.
 *
 * Stripped everywhere: U+061C, U+200B, U+200E, U+200F, U+202A-U+202E, U+2060-U+2064, U+2066-U+206F, U+FEFF.
 * U+200C (ZWNJ) and U+200D (ZWJ) are spelling in some scripts (Persian, Urdu and the Indic scripts need them
 * inside words) and build emoji (👩‍💻): they are kept only between two letters or marks of a script other than
 * Latin, Greek or Cyrillic, and ZWJ between emoji; anywhere else they are stripped.
 */

/** Bidi embeddings, overrides, isolates and marks; zero-width space, word joiner, invisible operators; BOM. */
const ALWAYS_INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const SCRIPTS_WITHOUT_JOINERS = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;
const EMOJI_END = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;

const inJoiningWord = (before: string, after: string) =>
  LETTER_OR_MARK.test(before) && LETTER_OR_MARK.test(after) && !SCRIPTS_WITHOUT_JOINERS.test(before) && !SCRIPTS_WITHOUT_JOINERS.test(after);

/** Every code point this module may remove (for tests and docs). */
export const INVISIBLE_CHARS: readonly string[] = [
  '\u061C',
  '\u200B',
  ZWNJ,
  ZWJ,
  '\u200E',
  '\u200F',
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'],
  ...['\u2060', '\u2061', '\u2062', '\u2063', '\u2064'],
  ...['\u2066', '\u2067', '\u2068', '\u2069', '\u206A', '\u206B', '\u206C', '\u206D', '\u206E', '\u206F'],
  '\uFEFF',
];

/** `text` without invisible characters (the rule above). Idempotent; visible characters are never touched. */
export const stripInvisible = (text: string): string => {
  const stripped = text.replace(ALWAYS_INVISIBLE, '');
  if (!stripped.includes(ZWNJ) && !stripped.includes(ZWJ)) return stripped;
  const chars = Array.from(stripped);
  let out = '';
  let before = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === ZWNJ || char === ZWJ) {
      const after = chars[i + 1] ?? '';
      const keep = inJoiningWord(before, after) || (char === ZWJ && EMOJI_END.test(before) && EMOJI.test(after));
      if (keep) out += char;
      // `before` stays the last visible character, so a run of joiners keeps at most the last one.
      continue;
    }
    out += char;
    before = char;
  }
  return out;
};
