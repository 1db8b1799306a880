import { createTranslator, type Locale, type Translate } from '@koers/texts';

/**
 * What people typed (goal titles, notes, names, reasons) reaches Teams chat inside texts that Teams
 * renders as markdown: cards' TextBlocks and FactSets, and plain messages alike. Escaped here, a
 * goal called "[klik hier](https://…)" or "**dringend**" shows as those characters, never as a
 * link or emphasis the author did not write. The catalogue's own markdown (help texts in bold)
 * stays markdown: only the values put into it are escaped.
 */

/** Characters that start inline markdown anywhere in a line (emphasis, links, code, strike, html). */
const INLINE_MARKUP = /[\\`*_~[\]<>]/g;
/** Characters that start a heading, quote or list at the beginning of a line. */
const LINE_START_MARKUP = /^(\s*)([#+-])/gm;
const NUMBERED_LIST = /^(\s*\d+)([.)])/gm;

/** `value` as literal text in Teams markdown: backslash-escaped where markdown would act on it. */
export function plainText(value: string): string {
  return value.replace(INLINE_MARKUP, '\\$&').replace(LINE_START_MARKUP, '$1\\$2').replace(NUMBERED_LIST, '$1\\$2');
}

function escapedValues(values: Record<string, string | number>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? plainText(value) : value]));
}

const translators = new Map<Locale, Translate>();

/**
 * The catalogue's texts for chat: every string value put into a text is {@link plainText}. Every
 * card builder and chat reply of the bot takes its texts from here.
 */
export function chatTranslator(locale: Locale): Translate {
  let chat = translators.get(locale);
  if (!chat) {
    const t = createTranslator(locale) as (key: string, values?: Record<string, string | number>) => string;
    chat = ((key: string, values?: Record<string, string | number>) => t(key, values ? escapedValues(values) : undefined)) as Translate;
    translators.set(locale, chat);
  }
  return chat;
}
