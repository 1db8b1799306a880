export { createTranslator, DEFAULT_LOCALE, toLocale } from './translator';
export type { Locale, MessageValues, Translate } from './translator';
export type { Catalogue, MessageKey } from './catalogue';
export type { ArgumentsOf, ArgumentValue } from './icuArguments';
export type { ProblemCode } from './server/problems';
