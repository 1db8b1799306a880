import { z } from 'zod';
import { Guid } from './people';
import { IsoDateTime } from './conversation';
import { FollowUpProposal, GoalProgress, MAX_FOLLOW_UP_PROPOSALS, MAX_PROGRESS_GOALS, MAX_VERSIONS, PopVersion } from './pop/schema';
import { PopRemark } from './remark';
import { ReminderAbout, ReminderPreferences } from './reminders/goalSchema';

/**
 * Minimal shapes of the records the later features (POP, reminders, bot) fill in. The canvas
 * lives in ./canvas (the koerskaart state is its stored shape).
 * The platform stores and guards them; each feature grows its own schema here.
 */

/** Derived per version (pop/versions.ts), never stored: a stored status could disagree with the approvals. */
export const PopStatus = z.enum(['concept', 'goedgekeurd']);
export type PopStatus = z.infer<typeof PopStatus>;

/**
 * A POP: its versions (the content both sign, pop/schema.ts) and, beside them, the progress of
 * each goal. One document per plan, partitioned by employee; the last version is the current one.
 */
export const Pop = z.object({
  id: z.string().min(1).max(100),
  tenantId: Guid,
  employeeId: Guid,
  managerId: Guid,
  /** The career conversation the plan came out of (absent for a plan started on its own). */
  conversationId: z.string().min(1).max(100).optional(),
  versions: z.array(PopVersion).min(1).max(MAX_VERSIONS),
  /** Beside the versions: progress does not change what was agreed (see GoalProgress). */
  progress: z.array(GoalProgress).max(MAX_PROGRESS_GOALS).default([]),
  /** Beside the versions too: how often Koers asks is no part of what was agreed (reminders/goalSchema.ts). */
  reminderPreferences: ReminderPreferences.optional(),
  /** Beside the versions: the vervolggesprekken Koers proposed so far (pop/rhythm.ts). */
  followUpProposals: z.array(FollowUpProposal).max(MAX_FOLLOW_UP_PROPOSALS).optional(),
  /** Beside the versions: the employee's remarks on approved versions, one per version (remark.ts). */
  remarks: z.array(PopRemark).max(MAX_VERSIONS).optional(),
  updatedAt: IsoDateTime,
});
export type Pop = z.infer<typeof Pop>;

/**
 * due → sending → sent; or failed (retried after `notBefore`) → dead after the last try. skipped:
 * no longer relevant when its turn came (preparation done, conversation cancelled or moved).
 * moved: carried forward into a later day bucket as a new occurrence (`carriedTo`).
 */
export const ReminderState = z.enum(['due', 'sending', 'sent', 'failed', 'dead', 'skipped', 'moved']);
export type ReminderState = z.infer<typeof ReminderState>;
export const Reminder = z.object({
  /** The idempotency key of one occurrence: a retry or a second timer run finds the same id. */
  id: z.string().min(1).max(200),
  tenantId: Guid,
  recipientId: Guid,
  kind: z.string().min(1).max(50),
  subjectId: z.string().min(1).max(100),
  /** Identity, not schedule: the UTC day of dueAt is the reminder's bucket for its whole life. */
  dueAt: IsoDateTime,
  state: ReminderState,
  attempts: z.number().int().min(0),
  /** Not to be sent before this (retry backoff, quiet hours, the one-bundle-a-day rule). */
  notBefore: IsoDateTime.optional(),
  /** While `sending`: the dispatcher run holding it, until when; an expired claim is resolved. */
  claim: z.object({ runId: z.string().min(1).max(100), until: IsoDateTime }).optional(),
  /** The bundle (one chat message per person per local day) it went out in, or is going out in. */
  bundleId: z.string().min(1).max(200).optional(),
  sentAt: IsoDateTime.optional(),
  /** The last failure as a status code or `network`; never a message text (it could hold names). */
  lastError: z.string().max(20).optional(),
  /** A notice armed again after it was skipped or dead: its wait for the change counts from here. */
  armedAt: IsoDateTime.optional(),
  /** For `moved`: the id of the occurrence that continues it. */
  carriedTo: z.string().min(1).max(200).optional(),
  /** POP reminders (goal, follow-up, digest): what it is about, checked against the plan at send time. */
  about: ReminderAbout.optional(),
});
export type Reminder = z.infer<typeof Reminder>;

/** A bot conversation reference kept so Koers can message a user proactively. */
export const StoredConversationReference = z.object({
  /** The user's oid: one personal-chat reference per user. */
  id: Guid,
  tenantId: Guid,
  reference: z.record(z.string(), z.unknown()),
  updatedAt: IsoDateTime,
});
export type StoredConversationReference = z.infer<typeof StoredConversationReference>;

/** A busy block in the local stand-in calendar (the Graph calendar in Azure). */
export const CalendarEvent = z.object({
  id: z.string().min(1).max(200),
  tenantId: Guid,
  ownerId: Guid,
  subject: z.string().max(300),
  start: IsoDateTime,
  end: IsoDateTime,
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere']),
  /** An in-person meeting's place (Graph: the event's `location.displayName`). */
  location: z.string().max(255).optional(),
});
export type CalendarEvent = z.infer<typeof CalendarEvent>;
