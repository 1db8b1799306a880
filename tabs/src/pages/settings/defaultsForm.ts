import type { ReminderDefaults } from '@koers/domain';
import { DAYS_BEFORE_PRESETS } from '@koers/domain';
import type { Translate } from '../../i18n/locale';

/** The HR settings form, apart from React: what it offers and how a choice changes the draft. */

/** The server takes at most five moments before a milestone or deadline (ReminderDefaults). */
export const MAX_DAYS_BEFORE = 5;
/** The digest's threshold in cadence periods (ReminderDefaults.digestStaleCadences). */
export const STALE_CHOICES = Array.from({ length: 12 }, (_, i) => i + 1);

/** The offered days before, with any stored one besides: longest first. */
export function daysBeforeChoices(...chosen: readonly (readonly number[])[]): number[] {
  return [...new Set([...DAYS_BEFORE_PRESETS, ...chosen.flat()])].sort((a, b) => b - a);
}

/** Ticks or unticks one moment; never more than the maximum (a sixth tick changes nothing). */
export function toggleDayBefore(draft: ReminderDefaults, days: number, on: boolean): ReminderDefaults {
  const without = draft.reminderDaysBefore.filter((d) => d !== days);
  if (!on) return { ...draft, reminderDaysBefore: without };
  if (without.length >= MAX_DAYS_BEFORE) return draft;
  return { ...draft, reminderDaysBefore: [...without, days].sort((a, b) => b - a) };
}

export function sameDefaults(a: ReminderDefaults, b: ReminderDefaults): boolean {
  const days = (d: ReminderDefaults) => [...d.reminderDaysBefore].sort((x, y) => x - y).join(',');
  return a.checkInCadenceDays === b.checkInCadenceDays && a.digestStaleCadences === b.digestStaleCadences && days(a) === days(b);
}

/** What a save did: every agreed plan re-planned at once, or (a large organisation) the rest tonight. */
export function savedMessage(t: Translate, outcome: { plans: number; pending: number }): string {
  if (outcome.pending > 0) return t('settings.savedPending', { count: outcome.plans, pending: outcome.pending });
  return t('settings.saved', { count: outcome.plans });
}
