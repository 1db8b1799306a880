import type { PreparationResponse } from '../bookingApi';
import { localizedText } from '../i18n/localizedText';
import type { Language } from '../i18n/messages';
import type { Locale } from '../people';
import { sectionsFor, type KoerskaartVariant, type SectionId } from '../koerskaart';
import { PREP_QUESTIONS, prepQuestionsFor, type Preparation, type PrepQuestionId } from '../preparation';

/**
 * The employee's shared preparation answers as the Koerskaart shows them: each in the section its
 * question belongs to, in the catalogue's order. Both parties see the same set — the manager
 * because those are the answers shared with them, the employee so they know exactly what is
 * visible. A private answer never reaches the canvas, not even the employee's own screen: the
 * canvas may be on the meeting stage.
 */
export interface SharedAnswer {
  questionId: PrepQuestionId;
  section: SectionId;
  /** The question as the conversation's template asks it, in the reader's language. */
  question: string;
  answer: string;
  /** The four kernkwadrant answers can be copied together onto one kernkwadrant card. */
  group?: 'kernkwadrant';
}

export type SharedAnswersBySection = Partial<Record<SectionId, SharedAnswer[]>>;

/** Whichever of the response's preparations is the employee's, as the caller may see it. */
function employeePreparation(response: Pick<PreparationResponse, 'role' | 'mine' | 'sharedByEmployee'>): Preparation | undefined {
  const prep = response.role === 'employee' ? response.mine : response.sharedByEmployee;
  return prep?.role === 'employee' ? prep : undefined;
}

/** `questions`: the conversation's pinned template's (absent = the built-in template's). */
export function sharedAnswersBySection(
  response: Pick<PreparationResponse, 'role' | 'mine' | 'sharedByEmployee'> & Partial<Pick<PreparationResponse, 'questions'>>,
  language: Language | Locale,
  variant: KoerskaartVariant,
): SharedAnswersBySection {
  const prep = employeePreparation(response);
  const result: SharedAnswersBySection = {};
  if (!prep) return result;
  const onCanvas = new Set(sectionsFor(variant).map((s) => s.id));
  const answers = new Map(prep.answers.map((a) => [a.questionId, a]));
  // The template's order, whatever order the stored answers are in.
  for (const question of prepQuestionsFor('employee', response.questions ?? PREP_QUESTIONS)) {
    const answer = answers.get(question.id);
    if (!answer?.shared || answer.text.trim() === '') continue;
    // Every employee question's section is in every variant (tested); this keeps a future
    // variant from silently hiding an answer: it then opens the conversation instead.
    const section: SectionId = onCanvas.has(question.section) ? question.section : 'opening';
    const list = (result[section] ??= []);
    list.push({
      questionId: question.id,
      section,
      question: localizedText(question.text, language),
      answer: answer.text,
      ...(question.group ? { group: question.group } : {}),
    });
  }
  return result;
}
