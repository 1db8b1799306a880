export { createTranslator, DEFAULT_LOCALE, toLocale, translatorOver } from './translator';
export type { Locale, MessageValues, Translate, TranslateOf } from './translator';
export type { Catalogue, MessageKey } from './catalogue';
export type { ArgumentsOf, ArgumentValue } from './icuArguments';
export type { ProblemCode } from './server/problems';
