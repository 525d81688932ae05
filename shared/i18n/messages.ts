/**
 * The translations of every email, one file per language, and the translator the templates use.
 * Texts are plain: the HTML layout escapes them like any other value.
 */
import type { Language } from '../domain/primitives.ts';
import type { en } from './en.ts';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The locale used for dates and numbers in each language (South American Portuguese; Surinamese Dutch reads nl). */
export const LOCALES: Record<Language, string> = { es: 'es', pt: 'pt-BR', en: 'en-GB', nl: 'nl' };

const PLACEHOLDER = /\{(\w+)\}/g;

/** `{name}` placeholders of a text, for the parity test. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();

/** A missing parameter is a bug in a template: fail loudly rather than mail a `{name}` to a delegate. */
export const interpolate = (text: string, params: MessageParams = {}): string =>
  text.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing message parameter: ${name}`);
    return String(value);
  });
