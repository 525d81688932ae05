/** Messages per language, the choice of language, and interpolation of `{name}` placeholders. */
import { LANGUAGES, type Language } from '../../../shared/domain/primitives.ts';
import { en, type MessageKey, type Messages } from './en.ts';
import { es } from './es.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';

export const MESSAGES: Record<Language, Messages> = { es, pt, en, nl };

/** Each language named in itself, so a reader finds their own whatever the page's language. */
export const LANGUAGE_NAMES: Record<Language, string> = { es: 'Español', pt: 'Português', en: 'English', nl: 'Nederlands' };

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export const translator =
  (language: Language): Translate =>
  (key, vars) => {
    const template = MESSAGES[language][key] ?? en[key];
    return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : template;
  };

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The first of the browser's preferred languages that we offer (`pt-BR` counts as `pt`). */
export const browserLanguage = (preferred: readonly string[]): Language | undefined =>
  preferred.map((tag) => tag.toLowerCase().split('-')[0]).find(isLanguage);

/**
 * The language to show: the reader's remembered choice, else their browser's if the event offers it,
 * else the event's default language.
 */
export const chooseLanguage = ({
  remembered,
  preferred,
  offered = LANGUAGES,
  fallback = 'es',
}: {
  remembered: Language | undefined;
  preferred: readonly string[];
  offered?: readonly Language[];
  fallback?: Language;
}): Language => {
  if (remembered) return remembered;
  const browser = browserLanguage(preferred);
  return browser && offered.includes(browser) ? browser : fallback;
};
