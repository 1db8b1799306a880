import { z } from 'zod';
import { PersonSummary } from './api';
import { IsoDateTime } from './conversation';
import { Guid } from './people';
import { Pop, PopStatus } from './records';
import { CivilDateString, FollowUpRhythm, GoalProgress, MAX_FOLLOW_UPS, PopRole, PopVersion, ProgressStatus } from './pop/schema';
import { currentVersion, latestApprovedVersion, popStatus } from './pop/versions';

/**
 * Wire shapes of the POP. The HTTP API, the tab and the bot (check-in cards) all go
 * through one PopService (ports.ts). The SMART check is not on the wire: clients run
 * `checkSmart` from this package themselves, live while typing, and the server needs no copy.
 *
 *   GET  /api/pops?employeeId=…                      → PopListResponse (newest first)
 *   POST /api/pops                  CreatePopRequest → 201 (or 200 on a replay) PopResponse
 *   GET  /api/pops/{id}                              → PopResponse
 *   PUT  /api/pops/{id}/goals       If-Match, RevisePopRequest → PopResponse   (428 without If-Match)
 *   POST /api/pops/{id}/approve     ApprovePopRequest → PopResponse            (stale version → 412)
 *   POST /api/pops/{id}/progress    RecordProgressRequest → PopResponse
 *   GET  /api/pops/{id}/versions/{n}/pdf             → application/pdf ("Gemaakte afspraken"; approved versions only)
 *   GET  /api/pops/{id}/follow-ups                   → FollowUpsResponse (the agreed rhythm's dates and states)
 *
 * Only the employee and their manager (the plan's `managerId`) see or touch a plan: anybody else
 * gets 404 (HR and other managers included), so ids do not leak who has a plan.
 */

export const PopSummary = z.object({
  id: z.string(),
  employeeId: Guid,
  conversationId: z.string().optional(),
  status: PopStatus,
  currentVersion: z.number().int().min(1),
  /** The number of the newest version both approved, if any. */
  latestApprovedVersion: z.number().int().min(1).optional(),
  goalTitles: z.array(z.string()),
  updatedAt: IsoDateTime,
});
export type PopSummary = z.infer<typeof PopSummary>;

/** A plan as the list shows it: derived from the plan itself (status and versions are never stored apart). */
export function popSummaryOf(pop: Pop): PopSummary {
  const approved = latestApprovedVersion(pop);
  return {
    id: pop.id,
    employeeId: pop.employeeId,
    ...(pop.conversationId ? { conversationId: pop.conversationId } : {}),
    status: popStatus(pop),
    currentVersion: currentVersion(pop).number,
    ...(approved ? { latestApprovedVersion: approved.number } : {}),
    goalTitles: currentVersion(pop).goals.map((g) => g.title),
    updatedAt: pop.updatedAt,
  };
}

export const PopListResponse = z.object({
  employee: PersonSummary,
  pops: z.array(PopSummary),
});
export type PopListResponse = z.infer<typeof PopListResponse>;

export const CreatePopRequest = z.object({
  employeeId: Guid,
  /**
   * The conversation the plan comes out of. With it the plan's id is derived from the
   * conversation (one plan per conversation, so a double click or a retry creates once) and, when
   * `goals` is absent, version 1 is drafted from the Koerskaart's "Afspraken" cards.
   */
  conversationId: z.string().min(1).max(100).optional(),
  /** From scratch: the goals of version 1 (may be empty). */
  goals: z.array(z.unknown()).max(20).optional(),
  /** Idempotency key for a plan without a conversation (a UUID made once per intent). */
  requestId: z.string().uuid(),
});
export type CreatePopRequest = z.infer<typeof CreatePopRequest>;

export const RevisePopRequest = z.object({
  /** The version number the editor showed: an edit of an older one is 412. */
  baseVersion: z.number().int().min(1),
  goals: z.array(z.unknown()).max(20),
  /** The follow-up rhythm of this version: absent keeps the current one, null takes it off. */
  rhythm: FollowUpRhythm.nullable().optional(),
});
export type RevisePopRequest = z.infer<typeof RevisePopRequest>;

export const ApprovePopRequest = z.object({
  version: z.number().int().min(1),
  /** The hash of the content the approver saw (PopVersion.contentHash). */
  contentHash: z.string().min(1).max(64),
});
export type ApprovePopRequest = z.infer<typeof ApprovePopRequest>;

export const RecordProgressRequest = z
  .object({
    goalId: z.string().min(1).max(100),
    status: ProgressStatus.optional(),
    note: z.string().trim().max(1000).optional(),
    milestone: z.object({ id: z.string().min(1).max(100), done: z.boolean() }).optional(),
    /**
     * The version the client (a check-in card, the tab) showed the goal in. When the goal's
     * content differs in the current version, or the goal is gone, the update is refused with
     * 409 `goal-changed` (a stale card answers kindly instead of recording against other content).
     */
    seenVersion: z.number().int().min(1).optional(),
  })
  .refine((b) => b.status !== undefined || (b.note !== undefined && b.note !== '') || b.milestone !== undefined, {
    message: 'geef een status, een notitie of een mijlpaal',
  });
export type RecordProgressRequest = z.infer<typeof RecordProgressRequest>;

export const PopView = z.object({
  pop: Pop,
  /** Pass as If-Match when revising the goals. */
  etag: z.string(),
  /** The caller's part in this plan. */
  role: PopRole,
  employee: PersonSummary,
  manager: PersonSummary,
  status: PopStatus,
  current: PopVersion,
  latestApprovedVersion: z.number().int().min(1).optional(),
  progress: z.array(GoalProgress),
});
export type PopView = z.infer<typeof PopView>;

export const PopResponse = PopView.extend({
  /** True when this request created the plan; false when it replayed an earlier create. */
  created: z.boolean().optional(),
});
export type PopResponse = z.infer<typeof PopResponse>;

/** One agreed vervolggesprek as the POP page shows it (pop/rhythm.ts FollowUpSlot). */
export const FollowUpView = z.object({
  number: z.number().int().min(1).max(MAX_FOLLOW_UPS),
  due: CivilDateString,
  state: z.enum(['gehouden', 'gepland', 'voorgesteld', 'open']),
  /** When it was held or is planned. */
  at: IsoDateTime.optional(),
  proposedAt: IsoDateTime.optional(),
});
export type FollowUpView = z.infer<typeof FollowUpView>;

/** The follow-up rhythm of the plan as last agreed; no `rhythm` when the agreed plan has none. */
export const FollowUpsResponse = z.object({
  rhythm: FollowUpRhythm.optional(),
  agreedOn: CivilDateString.optional(),
  followUps: z.array(FollowUpView).max(MAX_FOLLOW_UPS),
});
export type FollowUpsResponse = z.infer<typeof FollowUpsResponse>;
