/**
 * Server-side texts (API problems, bot replies) in the catalogue languages. nl is the source;
 * nl-BE only overrides where Flemish wording differs. The tab keeps its own UI catalogue.
 */
export type Language = 'nl' | 'en';

export const problemMessages = {
  'bad-json': {
    nl: 'De aanvraag bevat geen geldige JSON.',
    en: 'The request body is not valid JSON.',
  },
  validation: {
    nl: 'De aanvraag klopt niet: controleer de gemarkeerde velden.',
    en: 'The request is invalid: check the listed fields.',
  },
  'too-large': {
    nl: 'De aanvraag is te groot.',
    en: 'The request body is too large.',
  },
  unauthenticated: {
    nl: 'Je bent niet aangemeld of je sessie is verlopen. Meld je opnieuw aan.',
    en: 'You are not signed in or your session has expired. Please sign in again.',
  },
  forbidden: {
    nl: 'Je hebt geen toegang tot deze gegevens.',
    en: 'You do not have access to this data.',
  },
  'unknown-tenant': {
    nl: 'Jouw organisatie gebruikt Koers nog niet. Vraag je beheerder om Koers in te stellen.',
    en: 'Your organisation does not use Koers yet. Ask your administrator to set it up.',
  },
  'unknown-user': {
    nl: 'Je account is nog niet bekend in Koers. Vraag HR om je toe te voegen.',
    en: 'Your account is not known in Koers yet. Ask HR to add you.',
  },
  'not-found': {
    nl: 'Dit bestaat niet (meer).',
    en: 'This does not exist (any more).',
  },
  'method-not-allowed': {
    nl: 'Deze methode is hier niet toegestaan.',
    en: 'This method is not allowed here.',
  },
  'unsupported-media-type': {
    nl: 'Stuur de gegevens als application/json.',
    en: 'Send the data as application/json.',
  },
  'stale-write': {
    nl: 'Iemand anders heeft dit intussen gewijzigd. Laad de nieuwste versie en probeer het opnieuw.',
    en: 'Someone else changed this in the meantime. Reload the latest version and try again.',
  },
  conflict: {
    nl: 'Dit bestaat al.',
    en: 'This already exists.',
  },
  'dev-only': {
    nl: 'Deze route bestaat alleen in de lokale modus.',
    en: 'This route exists only in local mode.',
  },
  'calendar-consent': {
    nl: "Koers heeft geen toestemming voor agenda's: vraag je beheerder om admin consent voor Calendars.ReadWrite te geven aan Koers (Microsoft Entra ID → Bedrijfstoepassingen → Koers → Machtigingen).",
    en: 'Koers has no permission to use calendars: ask your administrator to grant admin consent for Calendars.ReadWrite to Koers (Microsoft Entra ID → Enterprise applications → Koers → Permissions).',
  },
  'calendar-unavailable': {
    nl: "De agenda's zijn nu niet bereikbaar: Microsoft 365 is druk of in onderhoud. Probeer het over een paar minuten opnieuw.",
    en: 'The calendars cannot be reached right now: Microsoft 365 is busy or under maintenance. Please try again in a few minutes.',
  },
  'not-your-report': {
    nl: 'Je kunt alleen gesprekken plannen, verzetten of annuleren met je eigen medewerkers.',
    en: 'You can only plan, move or cancel conversations with your own team members.',
  },
  'not-a-party': {
    nl: 'Dit gesprek is vertrouwelijk: alleen de medewerker en diens leidinggevende kunnen het zien.',
    en: 'This conversation is confidential: only the employee and their manager can see it.',
  },
  'slot-unavailable': {
    nl: 'Dit moment is niet (meer) vrij in beide agenda\'s of valt buiten de werktijden. Kies een ander moment.',
    en: 'This time is no longer free in both calendars, or is outside working hours. Please choose another time.',
  },
  'slot-too-soon': {
    nl: 'Dit moment ligt in het verleden. Kies een moment in de toekomst.',
    en: 'This time is in the past. Please choose a time in the future.',
  },
  'not-planned': {
    nl: 'Dit gesprek is niet (meer) gepland: het is al gehouden of geannuleerd.',
    en: 'This conversation is not planned (any more): it has been held or cancelled.',
  },
  'no-manager': {
    nl: 'Voor deze persoon is geen leidinggevende bekend in Koers.',
    en: 'Koers knows no manager for this person.',
  },
  internal: {
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Please try again later.',
  },
} as const satisfies Record<string, Record<Language, string>>;
export type ProblemCode = keyof typeof problemMessages;

export const botMessages = {
  help: {
    nl: [
      'Hoi! Ik ben Koers. Ik help je met loopbaangesprekken en je persoonlijk ontwikkelingsplan (POP).',
      '',
      'Wat ik kan:',
      '- **plan een loopbaangesprek met <naam>**: ik zoek over ongeveer twee weken een moment in beide agenda\'s.',
      '- **voorbereiden**: de voorbereidingsvragen voor je volgende gesprek.',
      '- **mijn pop**: je afspraken en doelen bekijken.',
      '- **help**: dit overzicht.',
    ].join('\n'),
    en: [
      "Hi! I'm Koers. I help you with career conversations and your personal development plan (POP).",
      '',
      'What I can do:',
      '- **plan a career conversation with <name>**: I find a slot about two weeks ahead in both calendars.',
      '- **prepare**: the preparation questions for your next conversation.',
      '- **my pop**: see your agreements and goals.',
      '- **help**: this overview.',
    ].join('\n'),
  },
  unknownCommand: {
    nl: 'Dat begrijp ik nog niet. Typ **help** om te zien wat ik kan.',
    en: "I don't understand that yet. Type **help** to see what I can do.",
  },
  welcome: {
    nl: 'Welkom bij Koers! Typ **help** om te zien wat ik voor je kan doen.',
    en: 'Welcome to Koers! Type **help** to see what I can do for you.',
  },
  error: {
    nl: 'Sorry, er ging iets mis. Probeer het zo nog eens.',
    en: 'Sorry, something went wrong. Please try again in a moment.',
  },
} as const satisfies Record<string, Record<Language, string>>;

/**
 * Reminder cards (issue 6): one card per bundle. `{when}` is the conversation's date and time,
 * already formatted in the recipient's time zone and language by the card builder.
 */
export const reminderMessages = {
  title: {
    nl: 'Koers: herinnering',
    en: 'Koers: reminder',
  },
  'prep-nudge': {
    nl: 'Je loopbaangesprek is op {when}. Bereid je voor: beantwoord de voorbereidingsvragen, dan kan je leidinggevende (als je dat wilt) meelezen.',
    en: 'Your career conversation is on {when}. Get ready: answer the preparation questions, so your manager can read along (if you want).',
  },
  'meeting-day': {
    nl: 'Vandaag is het loopbaangesprek ({when}). Open de Koerskaart om samen vooruit te kijken.',
    en: 'Today is the career conversation ({when}). Open the Koerskaart to look ahead together.',
  },
  openPreparation: {
    nl: 'Voorbereiden',
    en: 'Prepare',
  },
  openCanvas: {
    nl: 'Open de Koerskaart',
    en: 'Open the Koerskaart',
  },
} as const satisfies Record<string, Record<Language, string>>;

/** nl-NL, nl-BE, nl → nl; en-* → en; anything else falls back to Dutch (Dutch first). */
export function languageOf(locale: string | undefined | null): Language {
  if (!locale) return 'nl';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/** Picks the language from an Accept-Language header by q-weight; Dutch when nothing matches. */
export function languageFromAcceptHeader(header: string | undefined | null): Language {
  if (!header) return 'nl';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'nl';
}
