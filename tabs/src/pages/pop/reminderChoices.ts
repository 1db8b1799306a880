import type { Pop, PopGoal, ProgressStatus } from '@koers/domain';
import { CADENCE_PRESETS, latestApprovedVersion } from '@koers/domain';
import type { Translate } from '../../i18n/locale';
import type { MessageKey } from '../../i18n/locale';

/**
 * What the "Herinneringen" controls show, apart from React: which cadences to offer, how each is
 * called, and what a goal follows when it has none of its own (domain goalCadence: the goal's,
 * else the plan's, else the organisation's).
 */

/** "Elke maand", or "Elke 60 dagen" for a cadence that is no preset. */
export function cadenceLabel(days: number, t: Translate): string {
  return (CADENCE_PRESETS as readonly number[]).includes(days) ? t(`reminders.every.${days}` as MessageKey) : t('reminders.everyDays', { days });
}

/** The presets, plus a stored cadence that is none of them (so a select can show what is stored). */
export function cadenceChoices(stored: number | undefined): number[] {
  const presets: number[] = [...CADENCE_PRESETS];
  return stored === undefined || presets.includes(stored) ? presets : [...presets, stored].sort((a, b) => a - b);
}

export interface GoalReminderState {
  goal: PopGoal;
  /** Its own cadence, if it has one. */
  own?: number;
  paused: boolean;
  finished: boolean;
}

/** The goals reminders are about: those of the version both approved (none before that). */
export function reminderGoals(pop: Pop, progress: readonly { goalId: string; status: ProgressStatus }[]): GoalReminderState[] {
  const version = latestApprovedVersion(pop);
  if (!version) return [];
  return version.goals.map((goal) => {
    const pref = pop.reminderPreferences?.goals.find((g) => g.goalId === goal.id);
    return {
      goal,
      ...(pref?.cadenceDays !== undefined ? { own: pref.cadenceDays } : {}),
      paused: pref?.paused ?? false,
      finished: progress.find((p) => p.goalId === goal.id)?.status === 'afgerond',
    };
  });
}

/** The select's value for "no own cadence": the default it falls back to. */
export const DEFAULT_CHOICE = 'default';

export function choiceValue(days: number | undefined): string {
  return days === undefined ? DEFAULT_CHOICE : String(days);
}

/** A select's value as the request's cadence: null goes back to the default. */
export function cadenceOfChoice(value: string): number | null {
  return value === DEFAULT_CHOICE ? null : Number(value);
}
