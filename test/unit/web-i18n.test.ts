import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/domain/primitives.ts';
import { en } from '../../web/src/i18n/en.ts';
import { MESSAGES, chooseLanguage, translator } from '../../web/src/i18n/i18n.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the web pages in four languages', () => {
  it.each(LANGUAGES)('%s has exactly the English keys, none of them empty', (language) => {
    const messages = MESSAGES[language];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(messages).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it.each(LANGUAGES)('%s fills in the same placeholders as English', (language) => {
    const mismatched = Object.entries(en).filter(
      ([key, text]) => placeholders(MESSAGES[language][key as keyof typeof en]).join() !== placeholders(text).join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translator('es')('dashboard.seatsOf', { active: 3, capacity: 150 })).toBe('3 de 150');
    expect(translator('nl')('dashboard.seatsOf', { active: 3 })).toBe('3 van {capacity}');
  });
});

describe('choosing the language', () => {
  it("keeps the reader's remembered choice", () => {
    expect(chooseLanguage({ remembered: 'nl', preferred: ['pt-BR'], offered: ['es', 'pt'], fallback: 'es' })).toBe('nl');
  });

  it("otherwise follows the browser's language when the event offers it (pt-BR counts as pt)", () => {
    expect(chooseLanguage({ remembered: undefined, preferred: ['fr-FR', 'pt-BR'], offered: ['es', 'pt'], fallback: 'es' })).toBe('pt');
  });

  it("otherwise uses the event's default language", () => {
    expect(chooseLanguage({ remembered: undefined, preferred: ['de-DE', 'en-GB'], offered: ['es', 'pt'], fallback: 'es' })).toBe('es');
  });
});
