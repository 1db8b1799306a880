/**
 * Server-side texts (API problems, bot replies) in the catalogue languages. nl is the source;
 * nl-BE only overrides where Flemish wording differs. The tab keeps its own UI catalogue.
 */
import type { BookingErrorCode } from '../errors';
import type { ProgressStatus } from '../pop/schema';
import type { PopStatus } from '../records';

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
  'hr-only': {
    nl: 'Alleen HR kan de instellingen van de organisatie bekijken en wijzigen.',
    en: "Only HR can view and change the organisation's settings.",
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
  'precondition-required': {
    nl: 'Stuur de versie mee die je hebt gezien (If-Match), zodat je niemands wijziging overschrijft.',
    en: 'Send the version you have seen (If-Match), so you overwrite nobody\'s change.',
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
  'conversation-cancelled': {
    nl: 'Dit gesprek is geannuleerd, dus het kan niet als gehouden worden afgerond. Plan een nieuw gesprek of start een nieuwe koerskaart.',
    en: 'This conversation was cancelled, so it cannot be completed as held. Plan a new conversation or start a new canvas.',
  },
  'canvas-operation-refused': {
    nl: 'Deze wijziging past niet bij de koerskaart (onbekende of volle kaart, verkeerd veld). Laad de koerskaart opnieuw.',
    en: 'This change does not fit the canvas (unknown or full card, wrong field). Reload the canvas.',
  },
  'canvas-needs-pair': {
    nl: 'Een koerskaart hoort bij een medewerker en diens leidinggevende: kies een medewerker uit je team, of vraag je leidinggevende.',
    en: 'A canvas belongs to an employee and their manager: choose someone from your team, or ask your manager.',
  },
  'realtime-unavailable': {
    nl: 'Live meekijken is nu niet beschikbaar; wijzigingen komen binnen via verversen.',
    en: 'Live updates are not available right now; changes arrive by refreshing.',
  },
  'portfolio-full': {
    nl: 'Je portfolio is vol (500 items). Verwijder of combineer eerst een paar oudere items.',
    en: 'Your portfolio is full (500 entries). Delete or combine a few older entries first.',
  },
  'portfolio-no-manager': {
    nl: 'Er is in Koers (nog) geen leidinggevende voor je bekend, dus er is niemand om dit mee te delen. Het blijft privé.',
    en: 'Koers knows no manager for you (yet), so there is nobody to share this with. It stays private.',
  },
  'portfolio-shared-by-nature': {
    nl: 'Je leidinggevende was hier zelf bij, dus dit blijft voor jullie allebei zichtbaar.',
    en: 'Your manager took part in this, so it stays visible to both of you.',
  },
  // The POP: one problem per PopError code, same names (pop/versions.ts).
  'stale-version': {
    nl: 'Het plan is intussen gewijzigd: je keek naar een oudere versie. Laad het plan opnieuw en bekijk de nieuwste versie.',
    en: 'The plan has changed in the meantime: you were looking at an older version. Reload the plan and review the latest version.',
  },
  'version-approved': {
    nl: 'Deze versie is door jullie allebei goedgekeurd en kan niet meer veranderen. Een wijziging wordt een nieuwe versie.',
    en: 'You have both approved this version, so it can no longer change. A change becomes a new version.',
  },
  'version-has-approval': {
    nl: 'Deze versie is al door één van jullie goedgekeurd en kan daarom niet ter plekke veranderen.',
    en: 'One of you has already approved this version, so it cannot be changed in place.',
  },
  'goal-changed': {
    nl: 'Dit doel is veranderd of bestaat niet meer sinds je het zag. Er is niets opgeslagen: bekijk het plan opnieuw.',
    en: 'This goal has changed or no longer exists since you saw it. Nothing was saved: please look at the plan again.',
  },
  'not-approved': {
    nl: 'De gemaakte afspraken zijn er pas als jullie allebei deze versie hebben goedgekeurd.',
    en: 'The agreements are available once you have both approved this version.',
  },
  'unknown-version': {
    nl: 'Deze versie van het plan bestaat niet.',
    en: 'This version of the plan does not exist.',
  },
  'too-many-versions': {
    nl: 'Dit plan heeft het maximale aantal versies bereikt. Begin een nieuw plan.',
    en: 'This plan has reached the maximum number of versions. Start a new plan.',
  },
  'invalid-hash': {
    nl: 'De inhoud van het plan klopt niet met de versie. Laad het plan opnieuw.',
    en: 'The plan content does not match its version. Reload the plan.',
  },
  'unknown-goal': {
    nl: 'Dit doel staat niet in de huidige versie van het plan.',
    en: 'This goal is not in the current version of the plan.',
  },
  'unknown-milestone': {
    nl: 'Deze mijlpaal hoort niet bij dit doel.',
    en: 'This milestone does not belong to this goal.',
  },
  'too-many-notes': {
    nl: 'Bij dit doel staan al zoveel notities als er passen. Vat ze samen in een gesprek.',
    en: 'This goal already has as many notes as it can hold. Summarise them in a conversation.',
  },
  'progress-full': {
    nl: 'Dit plan houdt geen voortgang meer bij voor nieuwe doelen. Begin een nieuw plan.',
    en: 'This plan cannot track progress for more new goals. Start a new plan.',
  },
  internal: {
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Please try again later.',
  },
} as const satisfies Record<string, Record<Language, string>>;
export type ProblemCode = keyof typeof problemMessages;

const simpleBotMessages = {
  help: {
    nl: [
      'Hoi! Ik ben Koers. Ik help je met loopbaangesprekken en je persoonlijk ontwikkelingsplan (POP).',
      '',
      'Wat ik kan:',
      '- **plan een loopbaangesprek met <naam>**: ik zoek over ongeveer twee weken een moment in beide agenda\'s.',
      '- **voorbereiden**: de voorbereidingsvragen voor je volgende gesprek.',
      '- **mijn pop**: je afspraken en doelen bekijken.',
      '- **pop van <naam>**: als leidinggevende het POP van een medewerker bekijken.',
      '- **help**: dit overzicht.',
    ].join('\n'),
    en: [
      "Hi! I'm Koers. I help you with career conversations and your personal development plan (POP).",
      '',
      'What I can do:',
      '- **plan a career conversation with <name>**: I find a slot about two weeks ahead in both calendars.',
      '- **prepare**: the preparation questions for your next conversation.',
      '- **my pop**: see your agreements and goals.',
      '- **pop of <name>**: as a manager, see the POP of one of your reports.',
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
 * The bot's wording: Dutch as spoken in the Netherlands, Flemish where Flemish users would say it
 * differently, English. `textsFor` fills the Flemish gaps from the Dutch.
 */
export type BotLocale = 'nl' | 'nl-BE' | 'en';

export function botLocaleOf(locale: string | undefined | null): BotLocale {
  if (languageOf(locale) === 'en') return 'en';
  return locale?.toLowerCase().startsWith('nl-be') ? 'nl-BE' : 'nl';
}

export interface Catalogue<T> {
  nl: T;
  'nl-BE': Partial<T>;
  en: T;
}

export function textsFor<T>(catalogue: Catalogue<T>, locale: BotLocale): T {
  return locale === 'nl-BE' ? { ...catalogue.nl, ...catalogue['nl-BE'] } : catalogue[locale];
}

/** Why the bot could not do what the manager or employee asked, as one sentence each. */
export type BotRefusal =
  | BookingErrorCode
  | 'not-a-manager'
  | 'unknown-user'
  | 'stale-card'
  | 'changed'
  | 'not-found'
  | 'calendar-consent'
  | 'calendar-unavailable';

export interface BookingTexts {
  /** "plan een loopbaangesprek" without a name. */
  askWhom: string;
  proposalsTitle(name: string): string;
  proposalsIntro: string;
  widened: string;
  unreadableCalendars: string;
  otherTimes: string;
  noSlot(name: string): string;
  /** "Gepland: di 8 dec 10:00–11:00". */
  booked(when: string): string;
  bookedWith(name: string): string;
  join: string;
  canvas: string;
  unknownName(typed: string): string;
  suggestions: string;
  ambiguous(typed: string): string;
  notYourReport(name: string): string;
  refusals: Record<BotRefusal, string>;
  /** To the employee, proactively. */
  employeeBooked(manager: string, when: string): string;
  employeeRescheduled(manager: string, when: string, previous: string): string;
  employeeCancelled(manager: string, when: string): string;
  cancelReason(reason: string): string;
}

export interface PrepTexts {
  title: string;
  whatItIs: string;
  privacy(manager: string): string;
  kernkwadrantTitle: string;
  kernkwadrantIntro: string;
  share: string;
  savePartial: string;
  done: string;
  edit: string;
  savedPartial: string;
  savedDone: string;
  shared: string;
  private: string;
  noAnswers: string;
  /** The answer to "voorbereiden" in chat. */
  whereToPrepare: string;
}

/** The POP in chat: the notices to the other party (PopNotifier) and the "mijn pop" card. */
export interface PopTexts {
  /** To the employee: "Jeroen heeft versie 2 van je POP goedgekeurd — nu jij nog." */
  approvedByManager(manager: string, version: number): string;
  /** To the manager. */
  approvedByEmployee(employee: string, version: number): string;
  /** To both, once both approved the current version. */
  bothApproved(version: number): string;
  agreementsWhere: string;
  /** To the manager: a goal set to "hulp nodig". */
  helpNeeded(employee: string, goal: string): string;
  /** The goal's title when the goal is gone from the current version. */
  aGoal: string;
  note(text: string): string;
  openPop: string;
  openAgreements: string;
  // --- "mijn pop" / "pop van Sanne" ---
  myPopTitle: string;
  popOfTitle(name: string): string;
  statusLabels: Record<PopStatus, string>;
  /** "Versie 2 · concept". */
  versionLine(version: number, status: string): string;
  /** Who still has to approve the current version; `you` stands for the reader. */
  waitingFor(names: string[]): string;
  you: string;
  lastApproved(version: number): string;
  goals: string;
  noGoals: string;
  progressLabels: Record<ProgressStatus, string>;
  openMyPop: string;
  openPopOf(name: string): string;
  /** No plan yet: how a POP comes about. */
  noPop: string;
  noPopFor(name: string): string;
  /** "pop van" without a name. */
  askWhose: string;
  notAManager: string;
  notYourReport(name: string): string;
}

const bookingRefusalsNl: Record<BotRefusal, string> = {
  // The same sentences as the API's problems, so the tab and the chat say one thing.
  'not-your-report': problemMessages['not-your-report'].nl,
  'not-a-party': problemMessages['not-a-party'].nl,
  'slot-unavailable': problemMessages['slot-unavailable'].nl,
  'slot-too-soon': problemMessages['slot-too-soon'].nl,
  'not-planned': problemMessages['not-planned'].nl,
  'no-manager': problemMessages['no-manager'].nl,
  'conversation-cancelled': problemMessages['conversation-cancelled'].nl,
  'not-a-manager':
    'Alleen een leidinggevende plant een loopbaangesprek, met de eigen medewerkers. Wil je zelf een gesprek? Vraag het je leidinggevende.',
  'unknown-user': problemMessages['unknown-user'].nl,
  'stale-card': 'Deze kaart is verouderd of niet voor jou bedoeld. Er is niets veranderd; typ **help** om opnieuw te beginnen.',
  changed: 'Iemand anders heeft dit intussen gewijzigd. Er is niets veranderd; probeer het opnieuw.',
  'not-found': 'Dit gesprek bestaat niet (meer).',
  'calendar-consent': problemMessages['calendar-consent'].nl,
  'calendar-unavailable': problemMessages['calendar-unavailable'].nl,
};

const bookingNl: BookingTexts = {
  askWhom: 'Met wie wil je een loopbaangesprek plannen? Typ bijvoorbeeld: **plan een loopbaangesprek met Sanne**.',
  proposalsTitle: (name) => `Loopbaangesprek met ${name}`,
  proposalsIntro: 'Over ongeveer twee weken zijn jullie allebei vrij op deze momenten. Kies er een:',
  widened: 'Rond twee weken vooruit was te weinig vrij; dit zijn de eerste vrije momenten daarna.',
  unreadableCalendars: 'Let op: niet elke agenda kon gelezen worden. Controleer het moment nog even.',
  otherTimes: 'Andere tijden',
  noSlot: (name) => `Ik vind niets vrij in de komende zes weken dat voor jou en ${name} past. Maak wat ruimte in een agenda en probeer het opnieuw.`,
  booked: (when) => `Gepland: ${when}`,
  bookedWith: (name) => `Loopbaangesprek met ${name}. ${name} krijgt de voorbereidingsvragen in de chat.`,
  join: 'Deelnemen aan Teams-vergadering',
  canvas: 'Open de Koerskaart',
  unknownName: (typed) => `Ik ken niemand met die naam in jouw team ("${typed}").`,
  suggestions: 'Bedoel je een van hen?',
  ambiguous: (typed) => `Er zijn meer mensen in je team die "${typed}" heten. Wie bedoel je?`,
  notYourReport: (name) =>
    `${name} valt niet onder jou. Alleen de eigen leidinggevende plant een loopbaangesprek met ${name}.`,
  refusals: bookingRefusalsNl,
  employeeBooked: (manager, when) => `${manager} heeft een loopbaangesprek met je gepland: **${when}**.`,
  employeeRescheduled: (manager, when, previous) => `Je loopbaangesprek met ${manager} is verplaatst naar **${when}** (was ${previous}).`,
  employeeCancelled: (manager, when) => `Je loopbaangesprek met ${manager} van ${when} gaat niet door.`,
  cancelReason: (reason) => `Reden: ${reason}`,
};

const bookingEn: BookingTexts = {
  askWhom: 'Who would you like to plan a career conversation with? Type for example: **plan a career conversation with Sanne**.',
  proposalsTitle: (name) => `Career conversation with ${name}`,
  proposalsIntro: 'In about two weeks, you are both free at these times. Pick one:',
  widened: 'Too little was free around two weeks ahead; these are the first free times after that.',
  unreadableCalendars: 'Note: not every calendar could be read. Please double-check the time.',
  otherTimes: 'Other times',
  noSlot: (name) => `I can find nothing free in the next six weeks that suits both you and ${name}. Make some room in a calendar and try again.`,
  booked: (when) => `Planned: ${when}`,
  bookedWith: (name) => `Career conversation with ${name}. ${name} receives the preparation questions in chat.`,
  join: 'Join Teams meeting',
  canvas: 'Open the Koerskaart',
  unknownName: (typed) => `I don't know anyone by that name in your team ("${typed}").`,
  suggestions: 'Did you mean one of them?',
  ambiguous: (typed) => `More people in your team are called "${typed}". Who do you mean?`,
  notYourReport: (name) => `${name} does not report to you. Only their own manager plans a career conversation with ${name}.`,
  refusals: {
    'not-your-report': problemMessages['not-your-report'].en,
    'not-a-party': problemMessages['not-a-party'].en,
    'slot-unavailable': problemMessages['slot-unavailable'].en,
    'slot-too-soon': problemMessages['slot-too-soon'].en,
    'not-planned': problemMessages['not-planned'].en,
    'no-manager': problemMessages['no-manager'].en,
    'conversation-cancelled': problemMessages['conversation-cancelled'].en,
    'not-a-manager': 'Only a manager plans a career conversation, with their own reports. Would you like one yourself? Ask your manager.',
    'unknown-user': problemMessages['unknown-user'].en,
    'stale-card': 'This card is out of date or not meant for you. Nothing has changed; type **help** to start again.',
    changed: 'Someone else changed this in the meantime. Nothing has changed; please try again.',
    'not-found': 'This conversation does not exist (any more).',
    'calendar-consent': problemMessages['calendar-consent'].en,
    'calendar-unavailable': problemMessages['calendar-unavailable'].en,
  },
  employeeBooked: (manager, when) => `${manager} has planned a career conversation with you: **${when}**.`,
  employeeRescheduled: (manager, when, previous) => `Your career conversation with ${manager} has moved to **${when}** (was ${previous}).`,
  employeeCancelled: (manager, when) => `Your career conversation with ${manager} on ${when} is cancelled.`,
  cancelReason: (reason) => `Reason: ${reason}`,
};

const prepNl: PrepTexts = {
  title: 'Voorbereiding van je loopbaangesprek',
  whatItIs:
    'Een loopbaangesprek kijkt vooruit: het gaat over jouw wensen, talenten en ontwikkeling. Het is geen beoordeling en geen functioneringsgesprek.',
  privacy: (manager) =>
    `Je antwoorden zijn privé. Zet **delen met mijn leidinggevende** aan bij wat ${manager} vooraf mag lezen; de rest bespreek je in het gesprek, als je wilt.`,
  kernkwadrantTitle: 'Kernkwadrant',
  kernkwadrantIntro: 'Vier vragen die bij elkaar horen: je kwaliteit, wat er gebeurt als je doorschiet, je uitdaging en je allergie.',
  share: 'Delen met mijn leidinggevende',
  savePartial: 'Tussentijds opslaan',
  done: 'Klaar',
  edit: 'Verder invullen',
  savedPartial: 'Tussentijds opgeslagen. Je kunt later verder, hier of in het tabblad **Voorbereiden**.',
  savedDone: 'Je voorbereiding is klaar. Aanpassen kan tot het gesprek, hier of in het tabblad **Voorbereiden**.',
  shared: 'gedeeld',
  private: 'privé',
  noAnswers: 'Nog geen antwoorden opgeslagen.',
  whereToPrepare:
    'Je voorbereidingsvragen staan in de kaart die ik stuurde toen je gesprek werd gepland, en in het tabblad **Voorbereiden** van Koers.',
};

const prepEn: PrepTexts = {
  title: 'Preparing your career conversation',
  whatItIs: 'A career conversation looks ahead: it is about your wishes, talents and development. It is not an appraisal or a performance review.',
  privacy: (manager) =>
    `Your answers are private. Switch on **share with my manager** for what ${manager} may read beforehand; discuss the rest in the conversation, if you like.`,
  kernkwadrantTitle: 'Core quadrant',
  kernkwadrantIntro: 'Four questions that belong together: your quality, what happens when you overdo it, your challenge and your allergy.',
  share: 'Share with my manager',
  savePartial: 'Save for now',
  done: 'Done',
  edit: 'Continue',
  savedPartial: 'Saved for now. You can continue later, here or in the **Prepare** tab.',
  savedDone: 'Your preparation is done. You can change it until the conversation, here or in the **Prepare** tab.',
  shared: 'shared',
  private: 'private',
  noAnswers: 'No answers saved yet.',
  whereToPrepare: 'Your preparation questions are in the card I sent when your conversation was planned, and in the **Prepare** tab of Koers.',
};

const popNl: PopTexts = {
  approvedByManager: (manager, version) => `${manager} heeft versie ${version} van je POP goedgekeurd — nu jij nog.`,
  approvedByEmployee: (employee, version) => `${employee} heeft versie ${version} van jullie POP goedgekeurd — nu jij nog.`,
  bothApproved: (version) => `Jullie POP is goedgekeurd (versie ${version}).`,
  agreementsWhere: 'De **Gemaakte afspraken** staan op de POP-pagina, om te downloaden als pdf.',
  helpNeeded: (employee, goal) => `${employee} heeft hulp nodig bij het doel **${goal}**.`,
  aGoal: 'een doel',
  note: (text) => `Notitie: ${text}`,
  openPop: 'Open het POP',
  openAgreements: 'Gemaakte afspraken',
  myPopTitle: 'Mijn POP',
  popOfTitle: (name) => `POP van ${name}`,
  statusLabels: { concept: 'concept', goedgekeurd: 'goedgekeurd' },
  versionLine: (version, status) => `Versie ${version} · ${status}`,
  waitingFor: (names) => `Nog goed te keuren door ${names.join(' en ')}.`,
  you: 'jou',
  lastApproved: (version) => `Laatst goedgekeurd: versie ${version}.`,
  goals: 'Doelen',
  noGoals: 'Nog geen doelen.',
  progressLabels: { 'niet-gestart': 'niet gestart', bezig: 'bezig', 'op-koers': 'op koers', 'hulp-nodig': 'hulp nodig', afgerond: 'afgerond' },
  openMyPop: 'Open mijn POP',
  openPopOf: (name) => `Open het POP van ${name}`,
  noPop:
    'Je hebt nog geen POP. Een POP (persoonlijk ontwikkelingsplan) komt uit een loopbaangesprek: de afspraken die jullie op de Koerskaart maken, worden na het gesprek je doelen, en die keuren jij en je leidinggevende allebei goed. Nog geen gesprek gepland? Vraag je leidinggevende er een te plannen.',
  noPopFor: (name) => `${name} heeft nog geen POP. Die ontstaat uit de afspraken van jullie loopbaangesprek.`,
  askWhose: 'Van wie wil je het POP zien? Typ bijvoorbeeld: **pop van Sanne**.',
  notAManager: 'Je ziet alleen je eigen POP, en als leidinggevende die van je eigen medewerkers. Typ **mijn pop** voor de jouwe.',
  notYourReport: (name) => `${name} valt niet onder jou. Alleen ${name} en de eigen leidinggevende zien die POP.`,
};

const popEn: PopTexts = {
  approvedByManager: (manager, version) => `${manager} approved version ${version} of your POP — now it's your turn.`,
  approvedByEmployee: (employee, version) => `${employee} approved version ${version} of the POP — now it's your turn.`,
  bothApproved: (version) => `Your POP is approved (version ${version}).`,
  agreementsWhere: 'The **agreements** are on the POP page, to download as a PDF.',
  helpNeeded: (employee, goal) => `${employee} needs help with the goal **${goal}**.`,
  aGoal: 'a goal',
  note: (text) => `Note: ${text}`,
  openPop: 'Open the POP',
  openAgreements: 'Agreements',
  myPopTitle: 'My POP',
  popOfTitle: (name) => `POP of ${name}`,
  statusLabels: { concept: 'draft', goedgekeurd: 'approved' },
  versionLine: (version, status) => `Version ${version} · ${status}`,
  waitingFor: (names) => `Still to be approved by ${names.join(' and ')}.`,
  you: 'you',
  lastApproved: (version) => `Last approved: version ${version}.`,
  goals: 'Goals',
  noGoals: 'No goals yet.',
  progressLabels: { 'niet-gestart': 'not started', bezig: 'in progress', 'op-koers': 'on track', 'hulp-nodig': 'needs help', afgerond: 'done' },
  openMyPop: 'Open my POP',
  openPopOf: (name) => `Open the POP of ${name}`,
  noPop:
    "You don't have a POP yet. A POP (personal development plan) comes out of a career conversation: the agreements you make on the Koerskaart become your goals after the conversation, and you and your manager both approve them. No conversation planned yet? Ask your manager to plan one.",
  noPopFor: (name) => `${name} doesn't have a POP yet. It comes from the agreements of your career conversation.`,
  askWhose: 'Whose POP would you like to see? Type for example: **pop of Sanne**.',
  notAManager: 'You only see your own POP, and as a manager those of your own reports. Type **my pop** for yours.',
  notYourReport: (name) => `${name} does not report to you. Only ${name} and their own manager see that POP.`,
};

export const botMessages = {
  ...simpleBotMessages,
  booking: { nl: bookingNl, 'nl-BE': { booked: (when: string) => `Ingepland: ${when}`, otherTimes: 'Andere momenten' }, en: bookingEn } satisfies Catalogue<BookingTexts>,
  prep: {
    nl: prepNl,
    'nl-BE': {
      savePartial: 'Tussentijds bewaren',
      savedPartial: 'Tussentijds bewaard. Je kunt later verder, hier of in het tabblad **Voorbereiden**.',
    },
    en: prepEn,
  } satisfies Catalogue<PrepTexts>,
  pop: {
    nl: popNl,
    'nl-BE': {
      noPop:
        'Je hebt nog geen POP. Een POP (persoonlijk ontwikkelingsplan) komt uit een loopbaangesprek: de afspraken die jullie op de Koerskaart maken, worden na het gesprek je doelen, en die keuren jij en je leidinggevende allebei goed. Nog geen gesprek ingepland? Vraag je leidinggevende er een in te plannen.',
    },
    en: popEn,
  } satisfies Catalogue<PopTexts>,
};

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
