import type { Language, Locale } from '@koers/domain';
import { languageOf } from '@koers/domain';
import { createTranslator, DEFAULT_LOCALE, toLocale } from '@koers/texts';
import type { MessageKey, Translate } from '@koers/texts';

export type { Locale, Language, MessageKey, Translate };
export { DEFAULT_LOCALE, toLocale };

/** The tab's texts in one locale: the shared text engine's translator. */
export function translator(locale: Locale): Translate {
  return createTranslator(locale);
}

export function languageFor(locale: Locale): Language {
  return languageOf(locale);
}

/** Accept-Language for the API: the UI locale first, then the other catalogue language. */
export function acceptLanguage(locale: Locale): string {
  return languageOf(locale) === 'en' ? `${locale}, en;q=0.9, nl;q=0.5` : `${locale}, nl;q=0.9, en;q=0.5`;
}
