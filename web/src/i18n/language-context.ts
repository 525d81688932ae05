/** The page's language for every component, and the switch that changes and remembers it. */
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Language } from '../../../shared/domain/primitives.ts';
import { chooseLanguage, translator, type Translate } from './i18n.ts';
import { rememberLanguage, rememberedLanguage } from './language-preference.ts';

export interface LanguageState {
  language: Language;
  t: Translate;
  /** The reader's explicit choice: applied and remembered. */
  choose(language: Language): void;
  /** An event's default: applied only when the reader has no choice of their own that the event offers. */
  adoptEventDefault(offered: readonly Language[], fallback: Language): void;
}

export const LanguageContext = createContext<LanguageState | null>(null);

export const useLanguage = (): LanguageState => {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageContext');
  return state;
};

export const useLanguageState = (): LanguageState => {
  const [language, setLanguage] = useState<Language>(() => chooseLanguage({ remembered: rememberedLanguage(), preferred: navigator.languages }));
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const choose = useCallback((next: Language) => {
    rememberLanguage(next);
    setLanguage(next);
  }, []);
  const adoptEventDefault = useCallback((offered: readonly Language[], fallback: Language) => {
    setLanguage(chooseLanguage({ remembered: rememberedLanguage(), preferred: navigator.languages, offered, fallback }));
  }, []);
  return useMemo(() => ({ language, t: translator(language), choose, adoptEventDefault }), [language, choose, adoptEventDefault]);
};
