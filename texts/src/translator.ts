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

/** A message that is only text and `{name}` arguments: formatting it is joining its pieces. */
export type SimpleMessage = readonly (string | { readonly argument: string })[];

/** `{name}`: an argument shown as it is given (ICU's "simple argument"). */
const SIMPLE_ARGUMENT = /^\{([A-Za-z0-9_]+)\}/;

/** The characters after an apostrophe that make it quote (ICU's apostrophe mode, as intl-messageformat parses). */
const QUOTING = new Set(["'", '{', '}', '<', '>', '#', '|']);

function simpleText(text: string): SimpleMessage | undefined {
  const pieces: (string | { argument: string })[] = [];
  let literal = '';
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (char === '{') {
      const argument = SIMPLE_ARGUMENT.exec(text.slice(at));
      if (!argument?.[1]) return undefined;
      if (literal) pieces.push(literal);
      literal = '';
      pieces.push({ argument: argument[1] });
      at += argument[0].length;
      continue;
    }
    if (char === '}' || (char === "'" && QUOTING.has(text.charAt(at + 1)))) return undefined;
    literal += char;
    at += 1;
  }
  if (literal) pieces.push(literal);
  return pieces;
}

/** intl-messageformat's parsed elements (the built tab ships its texts parsed): 0 is text, 1 a simple argument. */
function simpleElements(elements: readonly unknown[]): SimpleMessage | undefined {
  const pieces: (string | { argument: string })[] = [];
  for (const element of elements) {
    if (typeof element !== 'object' || element === null) return undefined;
    const { type, value } = element as { type?: unknown; value?: unknown };
    if (typeof value !== 'string') return undefined;
    if (type === 0) pieces.push(value);
    else if (type === 1) pieces.push({ argument: value });
    else return undefined;
  }
  return pieces;
}

/**
 * The message as pieces when it has no plural, select, number, date or quoting: such a message
 * formats to its text with the values put in, and making an IntlMessageFormat for it (per text, on
 * first use) was most of the text engine's time on a page's first render. Undefined otherwise.
 */
export function simpleMessage(message: string | readonly unknown[]): SimpleMessage | undefined {
  return typeof message === 'string' ? simpleText(message) : simpleElements(message);
}

/**
 * A simple message filled in, exactly as IntlMessageFormat formats it: a string or a number shows
 * as String(value). Undefined for anything else (a missing value, an object, null): the caller
 * then lets IntlMessageFormat decide, so that errors and odd values behave as they always did.
 */
function joined(pieces: SimpleMessage, values: Record<string, unknown> | undefined): string | undefined {
  let text = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      continue;
    }
    if (!values || !(piece.argument in values)) return undefined;
    const value = values[piece.argument];
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') return undefined;
    text += String(value);
  }
  return text;
}

/**
 * A translator over the given texts of one locale. The server and the bot use the whole catalogue
 * (createTranslator); the tab passes only its own texts, so its code carries no server texts and
 * fetches a language's texts only when someone reads in it. A text may also come parsed (the
 * built tab's texts: intl-messageformat's elements, though typed as a string).
 */
export function translatorOver<Keys extends MessageKey>(locale: Locale, text: (key: Keys) => string): TranslateOf<Keys> {
  // Parsing a message costs far more than formatting it: the reminder dispatcher renders thousands
  // of cards with the same few texts, so each text is parsed once per locale.
  const simple = new Map<Keys, SimpleMessage | null>();
  const formatters = new Map<Keys, IntlMessageFormat>();
  const formatted = (key: Keys, values: Record<string, string | number> | undefined): string => {
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new IntlMessageFormat(text(key), locale, undefined, messageOptions);
      formatters.set(key, formatter);
    }
    return formatter.format<string>(values) as string;
  };
  return (key, ...[values]) => {
    let pieces = simple.get(key);
    if (pieces === undefined) {
      const source: unknown = text(key);
      pieces = (typeof source === 'string' || Array.isArray(source) ? simpleMessage(source as string | readonly unknown[]) : undefined) ?? null;
      simple.set(key, pieces);
    }
    const given = values as Record<string, string | number> | undefined;
    return (pieces && joined(pieces, given)) ?? formatted(key, given);
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
