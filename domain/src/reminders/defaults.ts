import { z } from 'zod';
import type { OrganisationSettings } from '../organisation';
import { hasRole, type Actor } from '../actor';
import { CadenceDays } from './goalSchema';
import { goalReminderSettings } from './goalReminders';

/**
 * The organisation's reminder defaults, set by HR: the check-in cadence every plan follows unless
 * it has its own, the days before a milestone or deadline, and when the manager's digest calls a
 * goal "no check-in for long". Quiet hours are no organisation setting: they follow each person's
 * own working hours (quietHours.ts).
 *
 * Who sets them: HR. DESIGN.md gives HR the organisation-wide view (aggregates, insight) and the
 * sample organisations' HR people (Fatima, An) are the ones who run the conversation rounds; a
 * manager is a manager of people, not of the organisation's settings.
 */
export function canManageOrganisation(actor: Pick<Actor, 'roles'>): boolean {
  return hasRole(actor, 'hr');
}

/** What the tab offers; any other stored value (7–365) is shown as "elke n dagen". */
export const CADENCE_PRESETS = [7, 14, 30, 91] as const;
/** Days before a milestone or deadline the settings page offers (and any stored value besides). */
export const DAYS_BEFORE_PRESETS = [30, 14, 7, 3, 2, 1] as const;

export const ReminderDefaults = z.object({
  checkInCadenceDays: CadenceDays,
  /** Empty: no reminders before milestones and deadlines (check-ins still come). */
  reminderDaysBefore: z
    .array(z.number().int().min(1).max(60))
    .max(5)
    .refine((days) => new Set(days).size === days.length, { message: 'elke dag maar één keer' }),
  digestStaleCadences: z.number().int().min(1).max(12),
});
export type ReminderDefaults = z.infer<typeof ReminderDefaults>;

/**
 * GET/PUT /api/organisation/reminder-defaults (HR only; PUT with If-Match). `rescheduledPlans`
 * (PUT): how many agreed plans had their future reminders re-planned with the new defaults;
 * `pendingPlans`: how many are left to the nightly renewal because the re-planning ran out of the
 * time a request may take (a large organisation).
 */
export const ReminderDefaultsResponse = z.object({
  defaults: ReminderDefaults,
  etag: z.string(),
  rescheduledPlans: z.number().int().min(0).optional(),
  pendingPlans: z.number().int().min(0).optional(),
});
export type ReminderDefaultsResponse = z.infer<typeof ReminderDefaultsResponse>;

/** The stored settings' defaults, with the built-in ones where nothing is stored. */
export function reminderDefaultsOf(org: OrganisationSettings | undefined): ReminderDefaults {
  const s = goalReminderSettings(org);
  return { checkInCadenceDays: s.cadenceDays, reminderDaysBefore: [...s.daysBefore], digestStaleCadences: s.staleCadences };
}

/** The settings with new defaults; nothing else changes. Days before are kept longest first. */
export function withReminderDefaults(org: OrganisationSettings, defaults: ReminderDefaults): OrganisationSettings {
  const valid = ReminderDefaults.parse(defaults);
  return {
    ...org,
    checkInCadenceDays: valid.checkInCadenceDays,
    reminderDaysBefore: [...valid.reminderDaysBefore].sort((a, b) => b - a),
    digestStaleCadences: valid.digestStaleCadences,
  };
}
