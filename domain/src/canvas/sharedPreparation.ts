import type { PreparationResponse } from '../bookingApi';
import { localizedText } from '../i18n/localizedTextValue';
import type { Language } from '../i18n/messages';
import type { Locale } from '../people';
import { sectionsFor, type KoerskaartVariant, type SectionId } from '../koerskaart/sections';
import type { Preparation, PrepQuestionId } from '../preparation';
import { PREP_QUESTIONS, PREP_ROLES, prepQuestionsFor, type PrepRole } from '../preparationQuestions';

/**
 * Both parties' shared preparation answers as the Koerskaart shows them: each in the section its
 * question belongs to, the employee's first, in the template's order. Both parties see the same
 * set — the other party's because they were shared with them, their own so they know exactly
 * what is visible. A private answer never reaches the canvas, not even its author's own screen:
 * the canvas may be on the meeting stage.
 */
export interface SharedAnswer {
  questionId: PrepQuestionId;
  /** Whose preparation it comes from. */
  author: PrepRole;
  section: SectionId;
  /** The question as the conversation's template asks it, in the reader's language. */
  question: string;
  answer: string;
  /** The four kernkwadrant answers can be copied together onto one kernkwadrant card. */
  group?: 'kernkwadrant';
}

export type SharedAnswersBySection = Partial<Record<SectionId, SharedAnswer[]>>;

type Response = Pick<PreparationResponse, 'role' | 'mine' | 'sharedByEmployee' | 'sharedByManager'>;

/** One party's preparation as the caller may see it: their own, or what the other party shared. */
function preparationOf(response: Response, author: PrepRole): Preparation | undefined {
  const prep = response.role === author ? response.mine : author === 'employee' ? response.sharedByEmployee : response.sharedByManager;
  return prep?.role === author ? prep : undefined;
}

/** `questions`: the conversation's pinned template's (absent = the built-in template's). */
export function sharedAnswersBySection(
  response: Response & Partial<Pick<PreparationResponse, 'questions'>>,
  language: Language | Locale,
  variant: KoerskaartVariant,
): SharedAnswersBySection {
  const result: SharedAnswersBySection = {};
  const onCanvas = new Set(sectionsFor(variant).map((s) => s.id));
  for (const author of PREP_ROLES) {
    const prep = preparationOf(response, author);
    if (!prep) continue;
    const answers = new Map(prep.answers.map((a) => [a.questionId, a]));
    // The template's order, whatever order the stored answers are in.
    for (const question of prepQuestionsFor(author, response.questions ?? PREP_QUESTIONS)) {
      const answer = answers.get(question.id);
      if (!answer?.shared || answer.text.trim() === '') continue;
      // A section the board's variant does not show would hide the answer: it then opens the conversation instead.
      const section: SectionId = onCanvas.has(question.section) ? question.section : 'opening';
      const list = (result[section] ??= []);
      list.push({
        questionId: question.id,
        author,
        section,
        question: localizedText(question.text, language),
        answer: answer.text,
        ...(question.group ? { group: question.group } : {}),
      });
    }
  }
  return result;
}
