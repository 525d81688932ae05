/** Translations live in one file per language; none may lack a key or a placeholder that another has. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/domain/primitives.ts';
import { MESSAGES } from '../../shared/i18n/index.ts';
import { interpolate, placeholdersOf } from '../../shared/i18n/messages.ts';

const allKeys = [...new Set(LANGUAGES.flatMap((l) => Object.keys(MESSAGES[l])))].sort();

describe('translations', () => {
  it.each(LANGUAGES)('%s has every key that any language has', (language) => {
    const missing = allKeys.filter((key) => !Object.hasOwn(MESSAGES[language], key));
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('%s uses the same placeholders as English in every text, and no empty text', (language) => {
    const messages = MESSAGES[language] as Record<string, string>;
    const english = MESSAGES.en as Record<string, string>;
    for (const key of allKeys) {
      expect(messages[key]?.trim(), `${language} ${key}`).not.toBe('');
      expect(placeholdersOf(messages[key] ?? ''), `${language} ${key}`).toEqual(placeholdersOf(english[key] ?? ''));
    }
  });

  it('a missing parameter fails instead of mailing a placeholder', () => {
    expect(() => interpolate('Dear {name},', {})).toThrow(/name/);
    expect(interpolate('Dear {name},', { name: 'Ana' })).toBe('Dear Ana,');
  });
});
