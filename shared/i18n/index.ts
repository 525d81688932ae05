/** Every language's messages, and a translator for one language. */
import type { Language } from '../domain/primitives.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';
import { interpolate, type MessageKey, type Messages, type Translate } from './messages.ts';

export const MESSAGES: Record<Language, Messages> = { es, pt, en, nl };

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

export const translator =
  (language: Language): Translate =>
  (key, params) =>
    interpolate(MESSAGES[language][key], params);

export { LOCALES, type MessageKey, type Messages, type Translate } from './messages.ts';
