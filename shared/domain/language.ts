/**
 * Languages and the small text rules everyone needs, without a schema library: the mailer imports these and
 * stays free of zod (see bench/: every kilobyte of a bundle is paid at each cold start).
 */
export const LANGUAGES = ['es', 'pt', 'en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text per language. */
export type Localized = Partial<Record<Language, string>>;

/** Pick the text for a language, falling back to the given default, then to any. */
export const pickLocalized = (texts: Localized, language: Language, fallback: Language): string =>
  texts[language] ?? texts[fallback] ?? Object.values(texts)[0] ?? '';

/** How email addresses are compared: trimmed, case-insensitively. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
