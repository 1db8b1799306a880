import { z } from 'zod';

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

export { localizedText, type LocalizedTextValue } from './localizedTextValue';
