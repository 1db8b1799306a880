import { followUpPlanProgress, formatCivilDate, type Locale, type Pop } from '@koers/domain';
import type { Translate } from '@koers/texts';
import { text, type CardElement } from './adaptiveCard';

/**
 * "Prepared from the POP's progress": each goal of the agreed plan with its status, milestones
 * done, deadline and last check-in note, so both start the vervolggesprek from where the plan
 * stands. Read when the card is sent, from the stored plan; `t` is the chat's (it escapes what people typed).
 */
export function planProgressElements(ctx: { t: Translate; locale: Locale }, pop: Pop): CardElement[] {
  const { t, locale } = ctx;
  const goals = followUpPlanProgress(pop);
  const heading = text(t('bot.followUp.whereThePlanStands'), { weight: 'bolder', spacing: 'medium' });
  if (goals.length === 0) return [heading, text(t('bot.followUp.noGoals'), { isSubtle: true })];
  return [
    heading,
    ...goals.flatMap((goal) => {
      const line = t('bot.followUp.goalLine', {
        goal: goal.title,
        status: t(`bot.pop.progress-${goal.status}`),
        milestones: goal.milestonesTotal,
        done: goal.milestonesDone,
        deadline: goal.deadline ? formatCivilDate(goal.deadline, locale) : 'none',
      });
      const note = goal.lastNote ? [text(t('bot.followUp.lastNote', { text: goal.lastNote.text }), { isSubtle: true, spacing: 'none' })] : [];
      return [text(line), ...note];
    }),
  ];
}
