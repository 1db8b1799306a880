import { ConversationKind, Guid, MAX_PREP_QUESTIONS, PrepQuestionId, IsoDateTime, MAX_PREP_ANSWER_LENGTH, ProgressStatus, TimeZone, type Locale, type SavePreparationInput } from '@koers/domain';
import { z } from 'zod';

/**
 * The verbs of Koers' Action.Execute buttons and the data each carries. Everything that comes
 * back from a card is untrusted (an old card, a card forwarded to someone else, a hand-made
 * request): it is parsed with these schemas, and the service authorises the actor again.
 */
export const VERBS = {
  pick: 'koers.booking.pick',
  more: 'koers.booking.more',
  choose: 'koers.booking.choose',
  prepSave: 'koers.prep.save',
  prepEdit: 'koers.prep.edit',
  /** "Which Sanne?" for "pop van Sanne": show that person's POP. */
  popOf: 'koers.pop.of',
  goalCheckIn: 'koers.goal.checkIn',
  goalSnooze: 'koers.goal.snooze',
  goalPause: 'koers.goal.pause',
  followUpAsk: 'koers.followUp.ask',
  /** A button of the "did you mean…?" answer: do what it names, as if it had been typed. */
  suggest: 'koers.chat.suggest',
  /** The confirmation of a cancel or move: yes (with which), or leave it. */
  changeCancel: 'koers.change.cancel',
  changeMove: 'koers.change.move',
  changeKeep: 'koers.change.keep',
  /** "Zal ik voortaan in het Engels antwoorden?": store the person's choice. */
  language: 'koers.language.choose',
  /** The round card: show a time for each member in the chat; "Alles bevestigen" books those shown. */
  roundShow: 'koers.round.show',
  roundConfirm: 'koers.round.confirm',
} as const;

export const SuggestData = z.object({ intent: z.enum(['ask', 'plan', 'when', 'prepare', 'goals', 'move', 'help']) });

/** Which conversation a confirmation is about, as it stood when asked (its etag: a change meanwhile is refused). */
export const ChangeData = z.object({ conversationId: z.string().min(1).max(100), employeeId: Guid, etag: z.string().min(1).max(200) });
export type ChangeData = z.infer<typeof ChangeData>;

export const LanguageData = z.object({ locale: z.enum(['nl-NL', 'nl-BE', 'en-GB']) });

export const PickSlotData = z.object({
  employeeId: Guid,
  start: IsoDateTime,
  end: IsoDateTime,
  /** Made once when the card is built: every click on that card books at most once. */
  requestId: z.string().uuid(),
  timeZone: TimeZone,
  /** Set when the slot moves this planned conversation rather than booking a new one. */
  conversationId: z.string().min(1).max(100).optional(),
  /** What the slot books (absent: a loopbaangesprek); a follow-up's proposals book a vervolggesprek. */
  kind: ConversationKind.optional(),
});
export type PickSlotData = z.infer<typeof PickSlotData>;

export const MoreSlotsData = z.object({ employeeId: Guid, after: IsoDateTime, conversationId: z.string().min(1).max(100).optional(), kind: ConversationKind.optional() });
export type MoreSlotsData = z.infer<typeof MoreSlotsData>;

export const ChoosePersonData = z.object({ employeeId: Guid });

export const RoundShowData = z.object({ roundId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) });

/** The times the card showed, as JSON text (a card's data is flat); read back through the route's own schema. */
export const RoundConfirmData = RoundShowData.extend({ bookings: z.string().min(2).max(12_000) });
export type RoundConfirmData = z.infer<typeof RoundConfirmData>;

export function answerInputId(questionId: string): string {
  return `answer-${questionId}`;
}
export function shareInputId(questionId: string): string {
  return `share-${questionId}`;
}

/**
 * The language a card was written in: its answers keep it, whatever the client reports. Short
 * codes, as cards already sent carry them; `toLocale` (@koers/texts) reads them back.
 */
export const CardLocale = z.enum(['nl', 'nl-BE', 'en']);

const CARD_LOCALE: Record<Locale, CardLocale> = { 'nl-NL': 'nl', 'nl-BE': 'nl-BE', 'en-GB': 'en' };

export function cardLocaleOf(locale: Locale): CardLocale {
  return CARD_LOCALE[locale];
}

const AnswerText = z.string().max(MAX_PREP_ANSWER_LENGTH).optional();
const ShareFlag = z.enum(['true', 'false']).optional();

/** The question ids of the answer inputs a card sent back (at most a template's worth). */
function cardQuestionIds(data: Record<string, unknown>): string[] {
  const ids = Object.keys(data)
    .filter((key) => key.startsWith(answerInputId('')))
    .map((key) => key.slice(answerInputId('').length))
    .filter((id) => PrepQuestionId.safeParse(id).success);
  return ids.slice(0, MAX_PREP_QUESTIONS);
}

/** Teams merges the card's inputs into the button's data, as strings keyed by input id. */
export const PrepSaveData = z
  .looseObject({ conversationId: z.string().min(1).max(100), completed: z.boolean(), locale: CardLocale.optional(), basedOn: z.string().min(1).max(200).optional() })
  .transform((data, ctx): { conversationId: string; locale: CardLocale | undefined; basedOn: string | undefined; save: SavePreparationInput } => {
    const answers: SavePreparationInput['answers'] = [];
    // Every question on the card, also the emptied ones: an emptied answer is removed, not kept.
    // The card's questions are its template's: whichever answer inputs it carries.
    for (const questionId of cardQuestionIds(data)) {
      const answer = AnswerText.safeParse(data[answerInputId(questionId)]);
      const share = ShareFlag.safeParse(data[shareInputId(questionId)]);
      if (!answer.success || !share.success) {
        ctx.addIssue({ code: 'custom', message: `ongeldig antwoord op ${questionId}`, path: [answerInputId(questionId)] });
        return z.NEVER;
      }
      if (answer.data !== undefined) answers.push({ questionId, text: answer.data, shared: share.data === 'true' });
    }
    return { conversationId: data.conversationId, locale: data.locale, basedOn: data.basedOn, save: { completed: data.completed, answers } };
  });

export type CardLocale = z.infer<typeof CardLocale>;

export const PrepEditData = z.object({ conversationId: z.string().min(1).max(100), locale: CardLocale.optional() });

/** The invoke's value, as botbuilder passes it on. */
export const CardActionValue = z.object({
  action: z.object({ type: z.literal('Action.Execute'), verb: z.string().max(100), data: z.record(z.string(), z.unknown()).default({}) }),
});

/** The note field of the n-th goal on a check-in card. */
export function noteInputId(index: number): string {
  return `note-${index}`;
}

/** Which goal a check-in card button is about: its card (the recipient's local day) and the goal as shown. */
const GoalOnCard = {
  day: z.string().date(),
  popId: z.string().min(1).max(100),
  goalId: z.string().min(1).max(100),
  seenVersion: z.number().int().min(1),
  locale: CardLocale.optional(),
};

/** "op koers", "hulp nodig", "afgerond": the status, and the note typed on the card (merged in by Teams). */
export const GoalCheckInData = z
  .looseObject({ ...GoalOnCard, status: ProgressStatus.extract(['op-koers', 'hulp-nodig', 'afgerond']), noteInput: z.string().regex(/^note-\d{1,2}$/) })
  .transform((data, ctx) => {
    const raw = data[data.noteInput];
    const note = raw === undefined ? '' : z.string().max(1000).safeParse(raw);
    if (typeof note !== 'string' && !note.success) {
      ctx.addIssue({ code: 'custom', message: 'ongeldige notitie', path: [data.noteInput] });
      return z.NEVER;
    }
    const text = (typeof note === 'string' ? note : note.data).trim();
    return { day: data.day, popId: data.popId, goalId: data.goalId, seenVersion: data.seenVersion, locale: data.locale, status: data.status, note: text };
  });
export type GoalCheckInData = z.infer<typeof GoalCheckInData>;

export const GoalSnoozeData = z.object({ ...GoalOnCard, choice: z.enum(['next-working-day', 'in-a-week']) });
export type GoalSnoozeData = z.infer<typeof GoalSnoozeData>;

export const GoalPauseData = z.object(GoalOnCard);
export type GoalPauseData = z.infer<typeof GoalPauseData>;

export const FollowUpAskData = z.object({ employeeId: Guid, locale: CardLocale.optional() });
