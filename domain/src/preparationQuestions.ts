import type { LocalizedTextValue } from './i18n/localizedTextValue';
import type { SectionId } from './koerskaart/sections';

/**
 * The built-in preparation questions and how a template's list is read, without zod: the tab's
 * Koerskaart shows shared answers under them before it loads zod. Their schemas (PrepQuestion,
 * PrepRole) are in preparation.ts and have these same shapes.
 */

export const PREP_ROLES = ['employee', 'manager'] as const;
export type PrepRole = (typeof PREP_ROLES)[number];

export const EMPLOYEE_QUESTION_IDS = [
  'hoe-sta-je',
  'energie',
  'sterktes',
  'complimenten',
  'fluitend',
  'successen',
  'kernkwaliteit',
  'valkuil',
  'uitdaging',
  'allergie',
  'levensfase',
  'loopbaanwensen',
  'ontwikkelpunten',
  'belangrijke-momenten',
  'ondersteuning',
] as const;

export const MANAGER_QUESTION_IDS = ['noden-organisatie', 'paden', 'aanbod'] as const;

/** The most questions one template asks (both parties together). */
export const MAX_PREP_QUESTIONS = 40;

export interface PrepQuestion {
  id: string;
  role: PrepRole;
  /** Where a shared answer shows up on the Koerskaart. */
  section: SectionId;
  /** Kernkwadrant questions are shown together as one block. */
  group?: 'kernkwadrant' | undefined;
  text: LocalizedTextValue;
  hint?: LocalizedTextValue | undefined;
}

/** The built-in Koers template's questions (koers-standaard version 1). */
export const PREP_QUESTIONS: readonly PrepQuestion[] = [
  {
    id: 'hoe-sta-je',
    role: 'employee',
    section: 'opening',
    text: { nl: 'Hoe sta je in je werk?', en: 'How do you feel about your work?' },
    hint: { nl: 'Wat gaat goed, wat zou je anders willen?', en: 'What goes well, what would you like to be different?' },
  },
  {
    id: 'energie',
    role: 'employee',
    section: 'autonomie',
    text: { nl: 'Wat geeft je energie in je werk, en wat kost je energie?', en: 'What gives you energy at work, and what drains it?' },
  },
  {
    id: 'sterktes',
    role: 'employee',
    section: 'competentie',
    text: { nl: 'Wat voor werk doe je graag? Welke talenten gebruik je daarvoor?', en: 'What kind of work do you like doing? Which talents do you use for it?' },
    hint: { nl: 'Geef een voorbeeld uit de afgelopen maanden.', en: 'Give an example from the past months.' },
  },
  {
    id: 'complimenten',
    role: 'employee',
    section: 'competentie',
    text: { nl: 'Waar krijg je vaak complimenten over, en wat zegt dat over jou?', en: 'What do you often get compliments for, and what does that say about you?' },
  },
  {
    id: 'fluitend',
    role: 'employee',
    section: 'competentie',
    text: {
      nl: 'Wanneer ga je fluitend naar huis of naar je werk? Wat heb je dan bereikt, en welke kwaliteiten heb je daarvoor ingezet?',
      en: 'When do you go home, or to work, whistling? What did you achieve then, and which of your qualities did you use?',
    },
  },
  {
    id: 'successen',
    role: 'employee',
    section: 'competentie',
    text: {
      nl: 'Wat vind je een belangrijk succes uit de afgelopen tijd? Wat deed je dat eraan bijdroeg, en wat zegt dit succes over jou?',
      en: 'What do you see as an important success of recent times? What did you do that contributed to it, and what does this success say about you?',
    },
  },
  {
    id: 'kernkwaliteit',
    role: 'employee',
    section: 'competentie',
    group: 'kernkwadrant',
    text: { nl: 'Kernkwaliteit: welke eigenschap typeert jou op je best?', en: 'Core quality: which trait describes you at your best?' },
  },
  {
    id: 'valkuil',
    role: 'employee',
    section: 'competentie',
    group: 'kernkwadrant',
    text: { nl: 'Valkuil: wat gebeurt er als je van die kwaliteit te veel doet?', en: 'Pitfall: what happens when you overdo that quality?' },
  },
  {
    id: 'uitdaging',
    role: 'employee',
    section: 'competentie',
    group: 'kernkwadrant',
    text: { nl: 'Uitdaging: welk tegenovergestelde van je valkuil wil je ontwikkelen?', en: 'Challenge: which opposite of your pitfall do you want to develop?' },
  },
  {
    id: 'allergie',
    role: 'employee',
    section: 'competentie',
    group: 'kernkwadrant',
    text: { nl: 'Allergie: waar erger je je aan bij anderen?', en: 'Allergy: what irritates you in others?' },
  },
  {
    id: 'levensfase',
    role: 'employee',
    section: 'wensen',
    text: {
      nl: 'In welke levensfase zit je, en wat betekent dat voor je werk? Bijvoorbeeld mantelzorg, jonge kinderen of langer doorwerken.',
      en: 'Which stage of life are you in, and what does it mean for your work? For example caring for someone, young children or working longer.',
      'nl-BE': 'In welke levensfase zit je, en wat betekent dat voor je werk? Bijvoorbeeld mantelzorg, jonge kinderen of langer werken.',
    },
    hint: {
      nl: 'Alleen als je dat wilt: jij kiest wat je hier zegt. Koers leidt niets af uit je leeftijd.',
      en: 'Only if you want to: you choose what you say here. Koers infers nothing from your age.',
    },
  },
  {
    id: 'loopbaanwensen',
    role: 'employee',
    section: 'wensen',
    text: { nl: 'Waar wil je over drie tot vijf jaar staan? Welke loopbaanwensen heb je?', en: 'Where do you want to be in three to five years? What are your career wishes?' },
    hint: {
      nl: 'Loopbaanontwikkeling is meer dan promotie: verdiepen, verbreden, een andere rol, meelopen, taakroulatie.',
      en: 'Career development is more than promotion: deepening, broadening, another role, job shadowing, rotation.',
    },
  },
  {
    id: 'ontwikkelpunten',
    role: 'employee',
    section: 'mogelijkheden',
    text: { nl: 'Met welke ontwikkelpunten wil je aan de slag?', en: 'Which development points do you want to work on?' },
  },
  {
    id: 'belangrijke-momenten',
    role: 'employee',
    section: 'mogelijkheden',
    text: { nl: 'Welke belangrijke momenten komen er de komende weken aan?', en: 'Which important moments are coming up in the next few weeks?' },
    hint: { nl: 'Met het oog op je ontwikkelpunten: een project, een overleg, een presentatie.', en: 'With your development points in mind: a project, a meeting, a presentation.' },
  },
  {
    id: 'ondersteuning',
    role: 'employee',
    section: 'ondersteuning',
    text: { nl: 'Welke ondersteuning heb je daarbij nodig, van je leidinggevende of de organisatie?', en: 'Which support do you need for that, from your manager or the organisation?' },
  },
  {
    id: 'noden-organisatie',
    role: 'manager',
    section: 'noden',
    text: { nl: 'Wat heeft de organisatie de komende jaren nodig van dit team en deze functie?', en: 'What does the organisation need from this team and role in the coming years?' },
  },
  {
    id: 'paden',
    role: 'manager',
    section: 'mogelijkheden',
    text: { nl: 'Welke paden zie je voor deze medewerker, binnen en buiten de organisatie?', en: 'Which paths do you see for this employee, inside and outside the organisation?' },
  },
  {
    id: 'aanbod',
    role: 'manager',
    section: 'ondersteuning',
    text: { nl: 'Wat kun jij bieden: tijd, budget, coaching, een project?', en: 'What can you offer: time, budget, coaching, a project?' },
  },
];

/** One party's questions, of a template's list (the built-in one when none is given). */
export function prepQuestionsFor(role: PrepRole, questions: readonly PrepQuestion[] = PREP_QUESTIONS): PrepQuestion[] {
  return questions.filter((question) => question.role === role);
}

/** The question under this id, of a template's list; undefined for an id the list does not ask. */
export function findPrepQuestion(id: string, questions: readonly PrepQuestion[] = PREP_QUESTIONS): PrepQuestion | undefined {
  return questions.find((question) => question.id === id);
}
