import { createContext, use, useContext, useMemo, type ReactNode } from 'react';
import { dateTimeFormat } from '../format/dateTimeFormat';
import type { Language, Locale, Translate } from './locale';
import { DEFAULT_LOCALE, dutchTranslator, languageFor, loadedTranslator, loadTranslator } from './locale';

export interface I18n {
  locale: Locale;
  language: Language;
  t: Translate;
  /** Formats an instant in the given IANA time zone (the organisation's), in the UI locale. */
  formatDateTime: (value: Date | string, timeZone: string, options?: Intl.DateTimeFormatOptions) => string;
}

function makeI18n(locale: Locale, t: Translate): I18n {
  return {
    locale,
    language: languageFor(locale),
    t,
    formatDateTime: (value, timeZone, options = { dateStyle: 'full', timeStyle: 'short' }) =>
      dateTimeFormat(locale, { ...options, timeZone }).format(typeof value === 'string' ? new Date(value) : value),
  };
}

const I18nContext = createContext<I18n>(makeI18n(DEFAULT_LOCALE, dutchTranslator));

/**
 * Suspends while a language's texts are fetched (change the locale in a transition to keep the old
 * screen meanwhile). `texts`: a translator already at hand (tests render synchronously).
 */
export function I18nProvider({ locale, texts, children }: { locale: Locale; texts?: Translate; children: ReactNode }) {
  const t = texts ?? loadedTranslator(locale) ?? use(loadTranslator(locale));
  const value = useMemo(() => makeI18n(locale, t), [locale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
