import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';
import { CivilDateString, MAX_PROGRESS_GOALS } from '../pop/schema';
import { Notice } from './notice';

/**
 * Stored shapes of the POP follow-up reminders. Kept apart from the POP's versions:
 * reminder preferences are how often Koers asks, not what the two agreed, so changing them never
 * voids an approval (they sit beside `progress` in the Pop record, see records.ts).
 */

/** Check-in cadence bounds, the same as the organisation default's (OrganisationSettings). */
export const CadenceDays = z.number().int().min(7).max(365);

export const GoalReminderPreference = z.object({
  goalId: z.string().min(1).max(100),
  /** Overrides the plan's and the organisation's cadence for this goal. */
  cadenceDays: CadenceDays.optional(),
  /** No check-ins for this goal (milestone and deadline reminders still come). */
  paused: z.boolean().default(false),
});
export type GoalReminderPreference = z.infer<typeof GoalReminderPreference>;

export const ReminderPreferences = z.object({
  /** Overrides the organisation's cadence for every goal of this plan. */
  cadenceDays: CadenceDays.optional(),
  goals: z
    .array(GoalReminderPreference)
    .max(MAX_PROGRESS_GOALS)
    .refine((gs) => new Set(gs.map((g) => g.goalId)).size === gs.length, { message: 'één voorkeur per doel' })
    .default([]),
  updatedAt: IsoDateTime.optional(),
});
export type ReminderPreferences = z.infer<typeof ReminderPreferences>;

export const GOAL_DUE_KINDS = ['milestone', 'deadline', 'check-in'] as const;
export const GoalDueKind = z.enum(GOAL_DUE_KINDS);
export type GoalDueKind = z.infer<typeof GoalDueKind>;

/**
 * What a POP reminder occurrence is about, stored on the occurrence itself: at send time the
 * dispatcher compares it with the current plan (a changed date, a paused goal, a new cadence or
 * a check-in made meanwhile make it skip), so a stale occurrence can never reach anyone.
 */
export const ReminderAbout = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('goal'),
    popId: z.string().min(1).max(100),
    /** The plan's partition (PopStore.get needs it). */
    employeeId: Guid,
    goalId: z.string().min(1).max(100),
    what: GoalDueKind,
    milestoneId: z.string().min(1).max(100).optional(),
    /** The milestone's or deadline's date the reminder counts down to. */
    due: CivilDateString.optional(),
    daysBefore: z.number().int().min(0).max(365).optional(),
    /** Check-ins: the cadence and the moment it counts from (approval or last check-in). */
    everyDays: z.number().int().min(1).max(365).optional(),
    anchor: IsoDateTime.optional(),
  }),
  z.object({
    type: z.literal('follow-up'),
    popId: z.string().min(1).max(100),
    employeeId: Guid,
    managerId: Guid,
    /** The agreed voortgangsgesprek date. */
    date: CivilDateString,
  }),
  z.object({
    type: z.literal('digest'),
    /** ISO week, e.g. 2026-W11. */
    week: z.string().regex(/^\d{4}-W\d{2}$/),
  }),
  /**
   * A certificate the employee's function requires expires on `expiresOn`: the warning three
   * months (`3m`) or one month (`1m`) before (catalogue/certificateReminders.ts), to the employee
   * and to their manager.
   */
  z.object({
    type: z.literal('certificate'),
    employeeId: Guid,
    certificateId: z.string().min(1).max(60),
    expiresOn: CivilDateString,
    threshold: z.enum(['3m', '1m']),
  }),
  /** A notice (notice.ts): the change it reports, checked against the stored state at send time. */
  z.object({ type: z.literal('notice'), notice: Notice }),
]);
export type ReminderAbout = z.infer<typeof ReminderAbout>;
export type GoalReminderAbout = Extract<ReminderAbout, { type: 'goal' }>;
export type FollowUpAbout = Extract<ReminderAbout, { type: 'follow-up' }>;

/**
 * PUT /api/pops/{id}/reminders — pause or change reminders (either party of the plan). Without
 * `goalId` the plan's cadence; `cadenceDays: null` goes back to the default. Never a new version.
 */
export const ReminderPreferencesRequest = z
  .object({
    goalId: z.string().min(1).max(100).optional(),
    cadenceDays: CadenceDays.nullable().optional(),
    paused: z.boolean().optional(),
  })
  .refine((r) => r.cadenceDays !== undefined || r.paused !== undefined, { message: 'geef een ritme of pauzeren' })
  .refine((r) => r.goalId !== undefined || r.paused === undefined, { message: 'pauzeren gaat per doel', path: ['paused'] });
export type ReminderPreferencesRequest = z.infer<typeof ReminderPreferencesRequest>;

export const ReminderPreferencesResponse = z.object({
  popId: z.string(),
  reminderPreferences: ReminderPreferences,
});
export type ReminderPreferencesResponse = z.infer<typeof ReminderPreferencesResponse>;
