import type { Locale } from '../people';

/**
 * A text written per language, as HR writes template texts: Dutch and English always, Flemish
 * only where it differs from the Netherlands' wording (absent = the nl text). Without zod, so the
 * tab's Koerskaart reads it before it loads zod; its schema is LocalizedText (localizedText.ts).
 */
export interface LocalizedTextValue {
  nl: string;
  en: string;
  'nl-BE'?: string | undefined;
}

/** The text a reader with this locale sees: nl-BE falls back to nl. */
export function localizedText(text: LocalizedTextValue, locale: Locale | 'nl' | 'en'): string {
  if (locale === 'nl-BE') return text['nl-BE'] ?? text.nl;
  return locale.startsWith('en') ? text.en : text.nl;
}
