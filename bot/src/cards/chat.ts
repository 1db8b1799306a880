import type { Locale, SuggestedIntent } from '@koers/domain';
import type { MessageKey, Translate } from '@koers/texts';
import { adaptiveCard, text, type ActionExecute, type AdaptiveCard } from './adaptiveCard';
import { VERBS, type ChangeData } from './actions';

/** The chat's own cards: "did you mean…?", "are you sure?" and "shall I answer in English?". */

const SUGGESTION_TEXT: Record<SuggestedIntent, MessageKey> = {
  ask: 'bot.suggest.ask',
  plan: 'bot.suggest.plan',
  when: 'bot.suggest.when',
  prepare: 'bot.suggest.prepare',
  goals: 'bot.suggest.goals',
  move: 'bot.suggest.move',
  help: 'bot.suggest.help',
};

/** A sentence with one button a suggestion: never a dead end. */
export function suggestionsCard(t: Translate, message: string, intents: readonly SuggestedIntent[]): AdaptiveCard {
  const actions = intents.map((intent): ActionExecute => ({ type: 'Action.Execute', title: t(SUGGESTION_TEXT[intent]), verb: VERBS.suggest, data: { intent } }));
  return adaptiveCard([text(message), { type: 'ActionSet', actions }]);
}

/** Cancelling or moving: the question names the conversation, and only "yes" changes it. */
export function confirmChangeCard(t: Translate, change: 'cancel' | 'move', question: string, data: ChangeData): AdaptiveCard {
  const yes: ActionExecute =
    change === 'cancel'
      ? { type: 'Action.Execute', title: t('bot.change.yesCancel'), verb: VERBS.changeCancel, data, style: 'destructive' }
      : { type: 'Action.Execute', title: t('bot.change.yesMove'), verb: VERBS.changeMove, data, style: 'positive' };
  const no: ActionExecute = { type: 'Action.Execute', title: t('bot.change.no'), verb: VERBS.changeKeep, data: {} };
  return adaptiveCard([text(question)], [yes, no]);
}

/** The offer to speak the language someone just wrote in: one button, stored as their choice. */
export function languageOfferCard(t: Translate, offered: Locale): AdaptiveCard {
  const language = offered === 'en-GB' ? 'en' : 'nl';
  return adaptiveCard(
    [text(t('bot.language.offer', { language }))],
    [{ type: 'Action.Execute', title: t('bot.language.yes', { language }), verb: VERBS.language, data: { locale: offered } }],
  );
}
