import { IntlMessageFormat } from 'intl-messageformat';

/**
 * The built tab carries its texts parsed: every text with ICU syntax in texts/src/tab becomes the
 * message the translator would otherwise parse when it is first shown (vite.config.ts,
 * precompiledTexts), and the ICU parser stays out of the tab. The types still say string: only
 * the built tab holds parsed messages, and only the translator reads them.
 */

/** The options the translator parses with (@koers/texts' messageOptions; a test keeps them equal). */
export const PARSE_OPTIONS = { ignoreTag: true } as const;

/** No braces and no apostrophe that could quote one: the text formats to itself, whatever the values. */
export function isPlainText(text: string): boolean {
  return !/[{}']/.test(text);
}

/** A text as the built tab ships it: a plain one as it is, any other parsed as the translator would in `locale`. */
export function precompiled(text: string, locale: string): string | ReturnType<IntlMessageFormat['getAst']> {
  return isPlainText(text) ? text : new IntlMessageFormat(text, locale, undefined, PARSE_OPTIONS).getAst();
}
