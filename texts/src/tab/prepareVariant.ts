/** The employee's choice of Koerskaart on *Voorbereiden*. Spread into nl.ts / en.ts. */
export const prepareVariantNl = {
  'prepare.variant': 'Welke Koerskaart wil je gebruiken?',
  'prepare.variantHint': 'Jij kiest. Koers leidt niets af uit je leeftijd; jullie kunnen het in het gesprek nog wijzigen.',
} as const;

export const prepareVariantEn: { readonly [K in keyof typeof prepareVariantNl]: string } = {
  'prepare.variant': 'Which Koerskaart do you want to use?',
  'prepare.variantHint': 'You choose. Koers infers nothing from your age; you can still change it together in the conversation.',
};
