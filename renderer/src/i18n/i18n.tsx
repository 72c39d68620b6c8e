import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './messages-en.js';
import { nl, type Messages } from './messages-nl.js';

export type Language = 'nl' | 'en';

const catalogues: Record<Language, Messages> = { nl, en };
const STORAGE_KEY = 'flipover.language';

interface I18n {
  t: Messages;
  language: Language;
  toggle(): void;
}

const I18nContext = createContext<I18n>({ t: nl, language: 'nl', toggle: () => {} });

const stored = (): Language => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl');

/** Dutch first; the choice is kept per browser profile (and per Electron app). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(stored);
  useEffect(() => {
    document.documentElement.lang = language;
    localStorage.setItem(STORAGE_KEY, language);
  }, [language]);
  // Another window (the beamer) follows a switch made in the facilitator view.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEY) setLanguage(stored());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const toggle = useCallback(() => setLanguage((l) => (l === 'nl' ? 'en' : 'nl')), []);
  const value = useMemo(() => ({ t: catalogues[language], language, toggle }), [language, toggle]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
