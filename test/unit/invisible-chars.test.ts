/** Invisible characters (bidi controls, zero-width characters) are stripped from every free-text field. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVISIBLE_CHARS, stripInvisible } from '../../shared/domain/invisible-chars.ts';
import { Email, Localized, line, text } from '../../shared/domain/primitives.ts';
import { INVISIBLES, withInvisibles } from '../support/bad-input.ts';

const ALWAYS = INVISIBLE_CHARS.filter((c) => c !== '\u200C' && c !== '\u200D');
const latin = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz ÁÉÍÓÚáéíóúñçãõ.,-'()0123456789"), minLength: 1, maxLength: 40 });

describe('stripInvisible', () => {
  it('covers every character the issue names', () => {
    const named = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0xfeff];
    for (const code of named) expect(INVISIBLE_CHARS).toContain(String.fromCodePoint(code));
    for (const c of INVISIBLES) expect(INVISIBLE_CHARS).toContain(c);
  });

  it('gives back the Latin text exactly, whatever invisible characters were put into it, and where', () => {
    fc.assert(
      fc.property(
        latin.chain((s) => fc.tuple(fc.constant(s), withInvisibles(s))),
        ([clean, dirty]) => {
          expect(stripInvisible(dirty)).toBe(clean);
        },
      ),
    );
  });

  it('on any text: removes every always-invisible character, keeps every visible one, and is idempotent', () => {
    const anyText = fc.string({
      unit: fc.oneof(fc.constantFrom(...INVISIBLE_CHARS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
      maxLength: 60,
    });
    fc.assert(
      fc.property(anyText, (s) => {
        const out = stripInvisible(s);
        for (const c of ALWAYS) expect(out).not.toContain(c);
        const visible = (t: string) =>
          Array.from(t)
            .filter((c) => !INVISIBLE_CHARS.includes(c))
            .join('');
        expect(visible(out)).toBe(visible(s));
        expect(stripInvisible(out)).toBe(out);
      }),
    );
  });

  it('keeps the joiners that are spelling: ZWNJ in Persian, ZWJ in Devanagari, ZWJ in emoji', () => {
    const persian = 'می\u200Cخواهم'; // "I want": the ZWNJ keeps the prefix unjoined
    const devanagari = 'क्\u200Dष';
    const emoji = '👩\u200D💻';
    for (const word of [persian, devanagari, emoji]) expect(stripInvisible(word)).toBe(word);
    expect(stripInvisible(`\u202E${persian}\u200C`)).toBe(persian);
    expect(stripInvisible('Ana\u200DMaría')).toBe('AnaMaría');
    expect(stripInvisible('Ana\u200C María')).toBe('Ana María');
    expect(stripInvisible('ی\u200C\u200C\u200Cخ')).toBe('ی\u200Cخ');
  });
});

describe('the free-text primitives strip before they check', () => {
  it('line, text, Localized and Email keep what a reader sees', () => {
    fc.assert(
      fc.property(
        latin.filter((s) => s.trim().length > 0).chain((s) => fc.tuple(fc.constant(s), withInvisibles(s))),
        ([clean, dirty]) => {
          expect(line(200).parse(dirty)).toBe(clean.trim());
          expect(text(200).parse(dirty)).toBe(clean.trim());
          expect(Localized(200).parse({ en: dirty })).toEqual({ en: clean.trim() });
        },
      ),
    );
    expect(text(100).parse('Line one\u202E\nline two')).toBe('Line one\nline two');
    expect(Email.parse('\uFEFFana@example.org\u200B')).toBe('ana@example.org');
  });

  it('a value of nothing but invisible characters is empty: required fields still refuse it, lengths count what is kept', () => {
    expect(line(100).safeParse('\u200B\u202E\uFEFF').error?.issues[0]?.message).toBe('Required');
    expect(line(3).parse('a\u200Bb\u200Bc')).toBe('abc');
  });
});
