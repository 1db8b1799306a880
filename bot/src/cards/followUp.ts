import { formatCivilDate, goalProgressSummary, latestApprovedVersion, type Locale, type Pop } from '@koers/domain';
import type { Translate } from '@koers/texts';
import { text, type CardElement } from './adaptiveCard';

/**
 * "Prepared from the POP's progress": each goal of the agreed plan with its status, milestones
 * done, deadline and last check-in note, so both start the vervolggesprek from where the plan
 * stands. Read when the card is sent, from the stored plan; `t` is the chat's (it escapes what people typed).
 */
export function planProgressElements(ctx: { t: Translate; locale: Locale }, pop: Pop): CardElement[] {
  const { t, locale } = ctx;
  const version = latestApprovedVersion(pop);
  const heading = text(t('bot.followUp.whereThePlanStands'), { weight: 'bolder', spacing: 'medium' });
  if (!version || version.goals.length === 0) return [heading, text(t('bot.followUp.noGoals'), { isSubtle: true })];
  return [
    heading,
    ...version.goals.flatMap((goal) => {
      const summary = goalProgressSummary(goal, pop.progress.find((p) => p.goalId === goal.id));
      const line = t('bot.followUp.goalLine', {
        goal: goal.title,
        status: t(`bot.pop.progress-${summary.status}`),
        milestones: summary.milestonesTotal,
        done: summary.milestonesDone,
        deadline: goal.deadline ? formatCivilDate(goal.deadline, locale) : 'none',
      });
      const note = summary.lastNote ? [text(t('bot.followUp.lastNote', { text: summary.lastNote.text }), { isSubtle: true, spacing: 'none' })] : [];
      return [text(line), ...note];
    }),
  ];
}
