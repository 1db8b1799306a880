import { z } from 'zod';
import type { Locale } from '../people';

/**
 * A text written per language, as HR writes template texts: Dutch and English always, Flemish
 * only where it differs from the Netherlands' wording (absent = the nl text).
 */
export const LocalizedText = z.object({
  nl: z.string().trim().min(1).max(500),
  en: z.string().trim().min(1).max(500),
  'nl-BE': z.string().trim().min(1).max(500).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The text a reader with this locale sees: nl-BE falls back to nl. */
export function localizedText(text: LocalizedText, locale: Locale | 'nl' | 'en'): string {
  if (locale === 'nl-BE') return text['nl-BE'] ?? text.nl;
  return locale.startsWith('en') ? text.en : text.nl;
}
