import { z } from 'zod';
import { IsoDateTime } from './conversation';
import { LocalizedText } from './i18n/localizedText';
import { KoerskaartVariant, SectionId } from './koerskaart/structure';
import { Guid } from './people';
import { MAX_PREP_QUESTIONS, PREP_QUESTIONS, PREP_ROLES, prepQuestionsFor } from './preparationQuestions';
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

export const PrepRole = z.enum(PREP_ROLES);
export type PrepRole = z.infer<typeof PrepRole>;

/** A question's stable key: answers are stored under it, so a template keeps it across versions. */
export * from './preparationQuestions';

export const PrepQuestionId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/);
export type PrepQuestionId = z.infer<typeof PrepQuestionId>;

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
