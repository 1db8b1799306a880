import { z } from 'zod';
import { IsoDateTime } from './conversation';
import { LocalizedText } from './i18n/localizedText';
import { KoerskaartVariant, SectionId } from './koerskaart/structure';
import { Guid } from './people';
import { SelfRating } from './catalogue/careerApi';

/**
 * Preparing a career conversation, strengths first: the employee thinks about how
 * they stand in their work, their strengths, a kernkwadrant, wishes and the support they need;
 * the manager prepares the organisation's side. Each answer is private to its author until the
 * author marks it shared ("delen met mijn leidinggevende", or the manager's "delen met de
 * medewerker"); a shared answer shows on the Koerskaart for both.
 * The questions come from the conversation's template (templates/); these are the built-in
 * Koers template's, which every conversation without a template of its own uses.
 */

export const PrepRole = z.enum(['employee', 'manager']);
export type PrepRole = z.infer<typeof PrepRole>;

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

/** A question's stable key: answers are stored under it, so a template keeps it across versions. */
export const PrepQuestionId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);
export type PrepQuestionId = z.infer<typeof PrepQuestionId>;

/** The most questions one template asks (both parties together). */
export const MAX_PREP_QUESTIONS = 40;

export const PrepQuestion = z.object({
  id: PrepQuestionId,
  role: PrepRole,
  /** Where a shared answer shows up on the Koerskaart. */
  section: SectionId,
  /** Kernkwadrant questions are shown together as one block. */
  group: z.literal('kernkwadrant').optional(),
  text: LocalizedText,
  hint: LocalizedText.optional(),
});
export type PrepQuestion = z.infer<typeof PrepQuestion>;

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
export function findPrepQuestion(id: PrepQuestionId, questions: readonly PrepQuestion[] = PREP_QUESTIONS): PrepQuestion | undefined {
  return questions.find((question) => question.id === id);
}

export const MAX_PREP_ANSWER_LENGTH = 2000;

export const PrepAnswer = z.object({
  questionId: PrepQuestionId,
  text: z.string().max(MAX_PREP_ANSWER_LENGTH),
  /** Visible to the other party (and on the canvas) once shared. */
  shared: z.boolean().default(false),
  updatedAt: IsoDateTime,
});
export type PrepAnswer = z.infer<typeof PrepAnswer>;

/** Most competences one self-assessment rates (a function and its paths ask a few dozen). */
export const MAX_SELF_RATINGS = 100;

/**
 * The employee's rating of their own competences ("waar sta ik?"), part of their preparation and
 * private like an answer until they share it; the career options count it in the gaps.
 */
export const SelfAssessment = z.object({
  ratings: z.array(SelfRating).max(MAX_SELF_RATINGS),
  shared: z.boolean().default(false),
  updatedAt: IsoDateTime,
});
export type SelfAssessment = z.infer<typeof SelfAssessment>;

/** One person's preparation of one conversation. */
export const Preparation = z.object({
  /** `${conversationId}|${role}`: one per party per conversation. */
  id: z.string().min(1).max(120),
  tenantId: Guid,
  employeeId: Guid,
  conversationId: z.string().min(1).max(100),
  ownerId: Guid,
  role: PrepRole,
  answers: z.array(PrepAnswer).max(MAX_PREP_QUESTIONS),
  /** The employee's own competence ratings (the manager's preparation has none). */
  selfAssessment: SelfAssessment.optional(),
  /** Set when the owner marks the preparation done; cleared again when they reopen it. */
  completedAt: IsoDateTime.optional(),
  /**
   * The Koerskaart the employee chose for the conversation (e.g. langer werken en vitaliteit): the
   * canvas starts with it. Only the employee's preparation has one; Koers never infers it.
   */
  variant: KoerskaartVariant.optional(),
  updatedAt: IsoDateTime,
});
export type Preparation = z.infer<typeof Preparation>;

export function preparationId(conversationId: string, role: PrepRole): string {
  return `${conversationId}|${role}`;
}

/** What a client sends: the answers as they are now (a partial set is fine) and whether it is done. */
export const SavePreparationRequest = z
  .object({
    answers: z
      .array(
        z.object({
          questionId: PrepQuestionId,
          text: z.string().trim().max(MAX_PREP_ANSWER_LENGTH, `hoogstens ${MAX_PREP_ANSWER_LENGTH} tekens`),
          shared: z.boolean().default(false),
        }),
      )
      .max(MAX_PREP_QUESTIONS),
    completed: z.boolean().default(false),
    /** Absent: the self-assessment stays as it is (the bot's card does not carry it); no ratings removes it. */
    selfAssessment: z
      .object({
        ratings: z
          .array(SelfRating)
          .max(MAX_SELF_RATINGS)
          .refine((ratings) => new Set(ratings.map((r) => r.competenceId)).size === ratings.length, 'elke competentie hoogstens één keer'),
        shared: z.boolean().default(false),
      })
      .optional(),
    /** The employee's choice of Koerskaart; absent: keep the one chosen before (a manager's is ignored). */
    variant: KoerskaartVariant.optional(),
  })
  .refine((body) => new Set(body.answers.map((a) => a.questionId)).size === body.answers.length, {
    message: 'elke vraag hoogstens één keer',
    path: ['answers'],
  });
export type SavePreparationRequest = z.infer<typeof SavePreparationRequest>;
export type SavePreparationInput = z.input<typeof SavePreparationRequest>;

export class WrongQuestionError extends Error {
  override readonly name = 'WrongQuestionError';
  constructor(readonly questionId: string) {
    super(`question ${questionId} belongs to the other party`);
  }
}

/**
 * The next state of a preparation after a save. Pure: answers keep their `updatedAt` when their
 * text and sharing did not change, so "partially saved, finished later" never rewrites history;
 * an empty text removes the answer. Either party shares an answer by marking it.
 */
export function applyPreparationSave(
  previous: Preparation | undefined,
  base: Omit<Preparation, 'answers' | 'updatedAt' | 'completedAt' | 'variant'>,
  save: SavePreparationRequest,
  now: string,
  questions: readonly PrepQuestion[] = PREP_QUESTIONS,
): Preparation {
  const own = new Set<string>(prepQuestionsFor(base.role, questions).map((q) => q.id));
  const before = new Map((previous?.answers ?? []).map((answer) => [answer.questionId, answer]));
  const answers: PrepAnswer[] = [];
  for (const incoming of save.answers) {
    if (!own.has(incoming.questionId)) throw new WrongQuestionError(incoming.questionId);
    if (incoming.text === '') continue;
    const shared = incoming.shared;
    const old = before.get(incoming.questionId);
    const unchanged = old !== undefined && old.text === incoming.text && old.shared === shared;
    answers.push(unchanged ? old : { questionId: incoming.questionId, text: incoming.text, shared, updatedAt: now });
  }
  // Keep the template's order, so every client shows the same sequence.
  const order = new Map(questions.map((q, index) => [q.id, index]));
  answers.sort((a, b) => (order.get(a.questionId) ?? 0) - (order.get(b.questionId) ?? 0));
  const completedAt = save.completed ? (previous?.completedAt ?? now) : undefined;
  const selfAssessment = nextSelfAssessment(previous?.selfAssessment, base.role, save.selfAssessment, now);
  const variant = base.role === 'employee' ? (save.variant ?? previous?.variant) : undefined;
  return { ...base, answers, ...(selfAssessment ? { selfAssessment } : {}), ...(completedAt ? { completedAt } : {}), ...(variant ? { variant } : {}), updatedAt: now };
}

function nextSelfAssessment(previous: SelfAssessment | undefined, role: PrepRole, incoming: SavePreparationRequest['selfAssessment'], now: string): SelfAssessment | undefined {
  if (incoming === undefined) return previous;
  if (role !== 'employee') throw new WrongQuestionError('self-assessment');
  if (incoming.ratings.length === 0) return undefined;
  const sameRatings = previous !== undefined && JSON.stringify(previous.ratings) === JSON.stringify(incoming.ratings);
  if (sameRatings && previous.shared === incoming.shared) return previous;
  return { ratings: incoming.ratings, shared: incoming.shared, updatedAt: now };
}

/**
 * What someone may read of a preparation: its owner everything; the other party of the
 * conversation only the answers the owner shared; nobody else anything (undefined).
 */
export function visiblePreparation(prep: Preparation, viewer: { id: string; tenantId: string }, managerId: string): Preparation | undefined {
  if (viewer.tenantId !== prep.tenantId) return undefined;
  if (viewer.id === prep.ownerId) return prep;
  const otherParty = prep.role === 'employee' ? viewer.id === managerId : viewer.id === prep.employeeId;
  if (otherParty) {
    const { selfAssessment, ...rest } = prep;
    return { ...rest, answers: prep.answers.filter((answer) => answer.shared), ...(selfAssessment?.shared ? { selfAssessment } : {}) };
  }
  return undefined;
}

/** Done means marked done by the employee; answering every question is not required. */
export function isPreparationDone(prep: Preparation | undefined): boolean {
  return prep?.completedAt !== undefined;
}
