/** Remembers the reader's choice of language across visits (localStorage; never fails if storage is blocked). */
import type { Language } from '../../../shared/domain/primitives.ts';
import { isLanguage } from './i18n.ts';

const KEY = 'plenary.language';

export const rememberedLanguage = (): Language | undefined => {
  try {
    const value = localStorage.getItem(KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
};

export const rememberLanguage = (language: Language): void => {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
};
