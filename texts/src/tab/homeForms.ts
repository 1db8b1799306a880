/**
 * The home page's forms that open on a click (their code arrives then): what shows while it
 * does, and the language setting's closed state. Spread into nl.ts / en.ts like the POP's.
 */
export const homeFormsNl = {
  'homeForms.loading': 'Formulier wordt geladen…',
  'homeForms.languageNow': 'Koers spreekt {language} met je: in de chat, in herinneringen en hier.',
  'homeForms.languageChange': 'Taal wijzigen',
} as const;

export type HomeFormsKey = keyof typeof homeFormsNl;

export const homeFormsEn: { readonly [K in HomeFormsKey]: string } = {
  'homeForms.loading': 'Loading the form…',
  'homeForms.languageNow': 'Koers speaks {language} with you: in chat, in reminders and here.',
  'homeForms.languageChange': 'Change language',
};
