/**
 * The language setting on the person's own page. The languages are named in themselves, so
 * everyone finds their own whatever the page speaks now. Spread into nl.ts / en.ts like the POP's.
 */
export const languageNl = {
  'language.title': 'Taal',
  'language.label': 'Taal van Koers',
  'language.hint': 'Koers spreekt deze taal met je in de chat, in herinneringen en hier.',
  'language.nl-NL': 'Nederlands',
  'language.nl-BE': 'Nederlands (België)',
  'language.en-GB': 'English',
  'language.saving': 'Taal wordt opgeslagen…',
  'language.saved': 'Opgeslagen. Koers spreekt nu Nederlands met je.',
} as const;

export type LanguageKey = keyof typeof languageNl;

export const languageEn: { readonly [K in LanguageKey]: string } = {
  'language.title': 'Language',
  'language.label': 'Language of Koers',
  'language.hint': 'Koers speaks this language with you in chat, in reminders and here.',
  'language.nl-NL': 'Nederlands',
  'language.nl-BE': 'Nederlands (België)',
  'language.en-GB': 'English',
  'language.saving': 'Saving the language…',
  'language.saved': 'Saved. Koers now speaks English with you.',
};
