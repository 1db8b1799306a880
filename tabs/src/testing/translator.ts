import { translatorOver } from '@koers/texts';
import { tabEn } from '@koers/texts/src/tab/en';
import type { TabKey } from '@koers/texts/src/tab/nl';
import { tabNl } from '@koers/texts/src/tab/nl';
import { tabNlBE } from '@koers/texts/src/tab/nl-BE';
import type { Locale, Translate } from '../i18n/locale';

/**
 * The tab's texts in any locale, at once: for tests, which need no fetching. The tab itself
 * fetches a language other than Dutch when someone reads in it (i18n/locale.ts).
 */
export function translator(locale: Locale): Translate {
  const texts: Partial<Record<TabKey, string>> = locale === 'en-GB' ? tabEn : locale === 'nl-BE' ? tabNlBE : tabNl;
  return translatorOver<TabKey>(locale, (key) => texts[key] ?? tabNl[key]);
}
