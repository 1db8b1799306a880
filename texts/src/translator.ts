import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalogue, MessageKey } from './catalogue';
import { en, nl, nlBE } from './catalogue';
import type { ArgumentsOf } from './icuArguments';

/** The languages Koers speaks; the same three as the domain's `Locale`. */
export type Locale = 'nl-NL' | 'nl-BE' | 'en-GB';

export const DEFAULT_LOCALE: Locale = 'nl-NL';

/** Maps any locale tag (Teams gives e.g. "nl-be", "en-us") onto the three Koers speaks; Dutch otherwise. */
export function toLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('en')) return 'en-GB';
  if (lower.startsWith('nl-be')) return 'nl-BE';
  return DEFAULT_LOCALE;
}

/** The values a key's Dutch source text uses. */
export type MessageValues<K extends MessageKey> = ArgumentsOf<(typeof nl)[K]>;

/**
 * `t('home.greeting', { firstName: 'Sanne' })`. A text without arguments takes no values. Where the
 * key is only known as "some key" (a variable of type MessageKey), values are checked loosely.
 */
export type TranslateOf<Keys extends MessageKey> = <K extends Keys>(
  key: K,
  ...values: [Keys] extends [K]
    ? [values?: Record<string, string | number>]
    : Partial<MessageValues<K>> extends MessageValues<K>
      ? [values?: MessageValues<K>]
      : [values: MessageValues<K>]
) => string;

export type Translate = TranslateOf<MessageKey>;

function textOf(locale: Locale, key: MessageKey): string {
  if (locale === 'en-GB') return en[key];
  if (locale === 'nl-BE') return nlBE[key] ?? nl[key];
  return nl[key];
}

/**
 * The locale a message formats in, worked out once per locale: intl-messageformat asks Intl for it
 * (supportedLocalesOf) for every message it makes, and a page shows a message per text, which
 * cost the Koerskaart tens of milliseconds of a phone's main thread. The answer for a locale
 * never changes.
 */
const resolvedLocales = new Map<string, ReturnType<typeof IntlMessageFormat.resolveLocale>>();
const resolveLocaleOnce = IntlMessageFormat.resolveLocale;
IntlMessageFormat.resolveLocale = (locales) => {
  if (typeof locales !== 'string') return resolveLocaleOnce(locales);
  if (!resolvedLocales.has(locales)) resolvedLocales.set(locales, resolveLocaleOnce(locales));
  return resolvedLocales.get(locales);
};

/** Texts are plain: "<naam>" in a help text is words, not an XML tag to fill. */
export const messageOptions = { ignoreTag: true } as const;

/**
 * A translator over the given texts of one locale. The server and the bot use the whole catalogue
 * (createTranslator); the tab passes only its own texts, so its code carries no server texts and
 * fetches a language's texts only when someone reads in it.
 */
export function translatorOver<Keys extends MessageKey>(locale: Locale, text: (key: Keys) => string): TranslateOf<Keys> {
  // Parsing a message costs far more than formatting it: the reminder dispatcher renders thousands
  // of cards with the same few texts, so each text is parsed once per locale.
  const formatters = new Map<Keys, IntlMessageFormat>();
  return (key, ...[values]) => {
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new IntlMessageFormat(text(key), locale, undefined, messageOptions);
      formatters.set(key, formatter);
    }
    return formatter.format<string>(values as Record<string, string | number> | undefined) as string;
  };
}

function makeTranslator(locale: Locale): Translate {
  return translatorOver<MessageKey>(locale, (key) => textOf(locale, key));
}

const translators = new Map<Locale, Translate>();

/** The texts in one language; the same function (and its parsed messages) for every caller. */
export function createTranslator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

export type { Catalogue, MessageKey };
