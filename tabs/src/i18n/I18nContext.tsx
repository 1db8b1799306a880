import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language, Locale, Translate } from './locale';
import { DEFAULT_LOCALE, languageFor, translator } from './locale';

export interface I18n {
  locale: Locale;
  language: Language;
  t: Translate;
  /** Formats an instant in the given IANA time zone (the organisation's), in the UI locale. */
  formatDateTime: (value: Date | string, timeZone: string, options?: Intl.DateTimeFormatOptions) => string;
}

function makeI18n(locale: Locale): I18n {
  return {
    locale,
    language: languageFor(locale),
    t: translator(locale),
    formatDateTime: (value, timeZone, options = { dateStyle: 'full', timeStyle: 'short' }) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(typeof value === 'string' ? new Date(value) : value),
  };
}

const I18nContext = createContext<I18n>(makeI18n(DEFAULT_LOCALE));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => makeI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
