import { localizedText, MAX_PREP_ANSWER_LENGTH, PREP_QUESTIONS, prepQuestionsFor, type Language, type Locale, type Preparation, type PrepQuestion } from '@koers/domain';
import type { Translate } from '@koers/texts';
import { adaptiveCard, heading, text, type ActionData, type ActionExecute, type AdaptiveCard, type CardElement } from './adaptiveCard';
import { answerInputId, cardLocaleOf, shareInputId, VERBS } from './actions';

/** The employee's cards: the preparation questions, and what was saved. */

export interface PrepCardContext {
  t: Translate;
  /** The questions' language (domain prep catalogue). */
  language: Language;
  /** Carried on the buttons, so the answer comes back in the card's language. */
  locale: Locale;
}

function questionInputs(ctx: PrepCardContext, question: PrepQuestion, existing: Preparation | undefined): CardElement[] {
  const answer = existing?.answers.find((a) => a.questionId === question.id);
  const hint = question.hint ? localizedText(question.hint, ctx.locale) : undefined;
  return [
    {
      type: 'Input.Text',
      id: answerInputId(question.id),
      label: localizedText(question.text, ctx.locale),
      isMultiline: true,
      maxLength: MAX_PREP_ANSWER_LENGTH,
      ...(hint ? { placeholder: hint } : {}),
      ...(answer ? { value: answer.text } : {}),
    },
    // Private unless the employee says otherwise — a career conversation is "open en vertrouwelijk".
    { type: 'Input.Toggle', id: shareInputId(question.id), title: ctx.t('bot.prep.share'), value: answer?.shared ? 'true' : 'false', valueOn: 'true', valueOff: 'false' },
  ];
}

/** The template's questions in order; the kernkwadrant's four as one block where its first stands. */
function questionElements(ctx: PrepCardContext, existing: Preparation | undefined, all: readonly PrepQuestion[]): CardElement[] {
  const questions = prepQuestionsFor('employee', all);
  const kernkwadrant = questions.filter((q) => q.group === 'kernkwadrant');
  const elements: CardElement[] = [];
  for (const question of questions) {
    if (question.group !== 'kernkwadrant') {
      elements.push(...questionInputs(ctx, question, existing));
    } else if (question === kernkwadrant[0]) {
      elements.push({
        type: 'Container',
        style: 'emphasis',
        separator: true,
        items: [
          heading(ctx.t('bot.prep.kernkwadrantTitle')),
          text(ctx.t('bot.prep.kernkwadrantIntro'), { isSubtle: true }),
          ...kernkwadrant.flatMap((q) => questionInputs(ctx, q, existing)),
        ],
      });
    }
  }
  return elements;
}

/** `basedOn`: the etag of the preparation the card shows, so a stale card cannot overwrite newer answers. */
function saveButtons(ctx: PrepCardContext, conversationId: string, basedOn: string | undefined): ActionExecute[] {
  const data = (completed: boolean): ActionData => {
    const base: ActionData = { conversationId, completed, locale: cardLocaleOf(ctx.locale) };
    if (basedOn) base.basedOn = basedOn;
    return base;
  };
  return [
    { type: 'Action.Execute', title: ctx.t('bot.prep.savePartial'), verb: VERBS.prepSave, data: data(false) },
    { type: 'Action.Execute', title: ctx.t('bot.prep.done'), verb: VERBS.prepSave, data: data(true), style: 'positive' },
  ];
}

export function prepCard(
  ctx: PrepCardContext,
  input: { conversationId: string; managerName: string; intro?: string[]; existing?: Preparation; etag?: string; questions?: readonly PrepQuestion[] },
): AdaptiveCard {
  return adaptiveCard(
    [
      heading(ctx.t('bot.prep.title')),
      ...(input.intro ?? []).map((line) => text(line)),
      text(ctx.t('bot.prep.privacy', { manager: input.managerName }), { isSubtle: true }),
      ...questionElements(ctx, input.existing, input.questions ?? PREP_QUESTIONS),
    ],
    saveButtons(ctx, input.conversationId, input.etag),
  );
}

/** What was saved, answer by answer with who may read it, and a way back into the questions. */
export function savedCard(ctx: PrepCardContext, input: { conversationId: string; saved: Preparation | undefined; questions?: readonly PrepQuestion[] }): AdaptiveCard {
  const done = input.saved?.completedAt !== undefined;
  const answers = input.saved?.answers ?? [];
  const questions = new Map(prepQuestionsFor('employee', input.questions ?? PREP_QUESTIONS).map((q) => [q.id, q]));
  const edit: ActionExecute = { type: 'Action.Execute', title: ctx.t('bot.prep.edit'), verb: VERBS.prepEdit, data: { conversationId: input.conversationId, locale: cardLocaleOf(ctx.locale) } };
  return adaptiveCard(
    [
      heading(ctx.t('bot.prep.title')),
      text(ctx.t(done ? 'bot.prep.savedDone' : 'bot.prep.savedPartial'), { color: 'good' }),
      ...(answers.length === 0
        ? [text(ctx.t('bot.prep.noAnswers'), { isSubtle: true })]
        : answers.map(
            (answer): CardElement => ({
              type: 'Container',
              separator: true,
              items: [
                text(localizedTextOf(questions.get(answer.questionId), ctx.locale) ?? answer.questionId, { weight: 'bolder' }),
                text(answer.text),
                text(ctx.t(answer.shared ? 'bot.prep.shared' : 'bot.prep.private'), { isSubtle: true, size: 'small' }),
              ],
            }),
          )),
    ],
    [edit],
  );
}

function localizedTextOf(question: PrepQuestion | undefined, locale: Locale): string | undefined {
  return question ? localizedText(question.text, locale) : undefined;
}
