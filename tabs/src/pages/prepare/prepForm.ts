import type { PrepQuestion, PrepQuestionId, Preparation, SavePreparationInput } from '@koers/domain';

export interface AnswerDraft {
  text: string;
  shared: boolean;
}

/** The form's answers, one per question of the caller's role (empty text = not answered). */
export type PrepDraft = Readonly<Partial<Record<PrepQuestionId, AnswerDraft>>>;

const EMPTY: AnswerDraft = { text: '', shared: false };

export function draftFrom(questions: readonly PrepQuestion[], preparation: Preparation | undefined): PrepDraft {
  const stored = new Map((preparation?.answers ?? []).map((answer) => [answer.questionId, answer]));
  const draft: Partial<Record<PrepQuestionId, AnswerDraft>> = {};
  for (const question of questions) {
    const answer = stored.get(question.id);
    draft[question.id] = answer ? { text: answer.text, shared: answer.shared } : EMPTY;
  }
  return draft;
}

export function answerOf(draft: PrepDraft, id: PrepQuestionId): AnswerDraft {
  return draft[id] ?? EMPTY;
}

/** The server trims answers; trailing spaces alone are not an unsaved change. */
function same(a: AnswerDraft, b: AnswerDraft): boolean {
  return a.text.trim() === b.text.trim() && a.shared === b.shared;
}

function ids(...drafts: PrepDraft[]): PrepQuestionId[] {
  return [...new Set(drafts.flatMap((draft) => Object.keys(draft)))];
}

export function isDirty(base: PrepDraft, draft: PrepDraft): boolean {
  return ids(base, draft).some((id) => !same(answerOf(base, id), answerOf(draft, id)));
}

/** Every question is sent: an emptied answer must reach the server to be removed there. */
export function saveRequest(questions: readonly PrepQuestion[], draft: PrepDraft, completed: boolean): SavePreparationInput {
  return {
    answers: questions.map((question) => {
      const answer = answerOf(draft, question.id);
      return { questionId: question.id, text: answer.text.trim(), shared: answer.shared };
    }),
    completed,
  };
}

/**
 * After a 412 (saved meanwhile in another window or in the chat): start from the newest stored
 * version, and keep every answer this person changed here since `base`, so nothing typed is lost.
 */
export function rebase(base: PrepDraft, draft: PrepDraft, latest: PrepDraft): PrepDraft {
  const result: Partial<Record<PrepQuestionId, AnswerDraft>> = {};
  for (const id of ids(base, draft, latest)) {
    const mine = answerOf(draft, id);
    result[id] = same(mine, answerOf(base, id)) ? answerOf(latest, id) : mine;
  }
  return result;
}
