/** The locales Koers speaks, Dutch first; here, without zod, so a client can list them cheaply. */
export const LOCALES = ['nl-NL', 'nl-BE', 'en-GB'] as const;
