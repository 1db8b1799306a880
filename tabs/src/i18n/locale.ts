import type { Language, Locale } from '@koers/domain';
import { languageOf } from '@koers/domain';
import { DEFAULT_LOCALE, toLocale, translatorOver } from '@koers/texts';
import type { TranslateOf } from '@koers/texts';
import type { TabKey } from '@koers/texts/src/tab/nl';
import { tabNl } from '@koers/texts/src/tab/nl';

/** The tab's own texts: the server's and the bot's are not part of its code. */
export type MessageKey = TabKey;
export type Translate = TranslateOf<TabKey>;
export type { Locale, Language };
export { DEFAULT_LOCALE, toLocale };

type Texts = Partial<Record<TabKey, string>>;

/** Dutch is the source and comes with the tab; the other languages are fetched when used. */
const LOADERS: Record<Exclude<Locale, 'nl-NL'>, () => Promise<Texts>> = {
  'en-GB': () => import('@koers/texts/src/tab/en').then((m) => m.tabEn),
  // Flemish holds only the texts whose wording differs; the rest is the Dutch.
  'nl-BE': () => import('@koers/texts/src/tab/nl-BE').then((m) => m.tabNlBE),
};

/** The tab's translator over one locale's texts (as the build ships them, see ./precompiled.ts). */
function tabTranslator(locale: Locale, text: (key: TabKey) => string): Translate {
  return translatorOver<TabKey>(locale, text);
}

export const dutchTranslator: Translate = tabTranslator('nl-NL', (key) => tabNl[key]);
const translators = new Map<Locale, Translate>([['nl-NL', dutchTranslator]]);
const loading = new Map<Locale, Promise<Translate>>();

/** The texts of a locale, once they are here (always for Dutch); undefined while they are not. */
export function loadedTranslator(locale: Locale): Translate | undefined {
  return translators.get(locale);
}

/** Fetches a locale's texts (once) and gives its translator; Dutch when they cannot be fetched. */
export function loadTranslator(locale: Locale): Promise<Translate> {
  const ready = translators.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale as Exclude<Locale, 'nl-NL'>]().then(
      (texts) => {
        const t = tabTranslator(locale, (key) => texts[key] ?? tabNl[key]);
        translators.set(locale, t);
        return t;
      },
      // Dutch rather than no tab at all, until the tab is opened again (a render must not refetch).
      () => dutchTranslator,
    );
    loading.set(locale, pending);
  }
  return pending;
}

export function languageFor(locale: Locale): Language {
  return languageOf(locale);
}

/** Accept-Language for the API: the UI locale first, then the other catalogue language. */
export function acceptLanguage(locale: Locale): string {
  return languageOf(locale) === 'en' ? `${locale}, en;q=0.9, nl;q=0.5` : `${locale}, nl;q=0.9, en;q=0.5`;
}
