import { z } from 'zod';
import { PersonSummary } from '../api';
import { ConversationKind, IsoDateTime } from '../conversation';
import { CivilDateString, GoalKind, GoalRoute, PopRole, ProgressStatus } from '../pop/schema';
import { PopStatus } from '../records';

/**
 * The home page's answer (GET /api/home): what the signed-in person should do next. For an
 * employee: the next conversation and its preparation, their goals with progress, the check-ins
 * waiting, and what their manager can see. For a manager: a row per team member with the next
 * action. For both: the conversations held, with their canvas and plan.
 */

export const HomeNextConversation = z.object({
  id: z.string(),
  kind: ConversationKind,
  start: IsoDateTime,
  end: IsoDateTime.optional(),
  /** The other party of the conversation. */
  with: PersonSummary,
  /** In person at this place; absent: online (Teams). */
  location: z.string().optional(),
  preparation: z.object({ done: z.boolean(), answered: z.number().int().min(0), total: z.number().int().min(0) }),
});
export type HomeNextConversation = z.infer<typeof HomeNextConversation>;

export const HomeGoal = z.object({
  popId: z.string(),
  goalId: z.string(),
  title: z.string(),
  kind: GoalKind,
  route: GoalRoute,
  deadline: CivilDateString.optional(),
  status: ProgressStatus,
  milestonesDone: z.number().int().min(0),
  milestonesTotal: z.number().int().min(0),
  percent: z.number().int().min(0).max(100),
  lastNote: z.object({ at: IsoDateTime, byName: z.string(), text: z.string() }).optional(),
});
export type HomeGoal = z.infer<typeof HomeGoal>;

export const HomeCheckIn = z.object({
  popId: z.string(),
  goalId: z.string(),
  title: z.string(),
  seenVersion: z.number().int().min(1),
  status: ProgressStatus,
  dueSince: IsoDateTime,
});
export type HomeCheckIn = z.infer<typeof HomeCheckIn>;

/** What the employee's manager can read of them in Koers (never their private answers or entries). */
export const HomeManagerSees = z.object({
  manager: PersonSummary,
  /** Preparation answers shared for the next conversation, of those given. */
  sharedAnswers: z.number().int().min(0),
  privateAnswers: z.number().int().min(0),
  plans: z.number().int().min(0),
  /** Portfolio items the manager sees (shared entries, and plans and conversations with them). */
  portfolioShared: z.number().int().min(0),
  portfolioPrivate: z.number().int().min(0),
});
export type HomeManagerSees = z.infer<typeof HomeManagerSees>;

export const NEXT_ACTIONS = ['help', 'approve-pop', 'make-pop', 'prepare', 'plan-conversation', 'check-in', 'none'] as const;
export const NextActionKind = z.enum(NEXT_ACTIONS);
export type NextActionKind = z.infer<typeof NextActionKind>;

export const NextAction = z.object({
  kind: NextActionKind,
  /** The conversation or plan the action opens. */
  conversationId: z.string().optional(),
  popId: z.string().optional(),
});
export type NextAction = z.infer<typeof NextAction>;

export const TeamRow = z.object({
  person: PersonSummary,
  lastHeld: z.object({ id: z.string(), at: IsoDateTime }).optional(),
  nextPlanned: z.object({ id: z.string(), start: IsoDateTime }).optional(),
  /** Whether the employee marked the preparation of the next planned conversation done; absent with none planned. */
  preparationDone: z.boolean().optional(),
  /** The newest plan made with this manager: 'geen' without one. */
  popStatus: z.union([PopStatus, z.literal('geen')]),
  popId: z.string().optional(),
  helpNeeded: z.number().int().min(0),
  overdueCheckIns: z.number().int().min(0),
  nextAction: NextAction,
});
export type TeamRow = z.infer<typeof TeamRow>;

export const HeldConversation = z.object({
  id: z.string(),
  kind: ConversationKind,
  heldAt: IsoDateTime,
  employee: PersonSummary,
  manager: PersonSummary,
  /** The caller's part in it. */
  role: PopRole,
  popId: z.string().optional(),
});
export type HeldConversation = z.infer<typeof HeldConversation>;

export const HomeResponse = z.object({
  /** The app's clock ("Vandaag is het …" follows it, not the browser's). */
  now: IsoDateTime,
  timeZone: z.string(),
  own: z
    .object({
      next: HomeNextConversation.optional(),
      goals: z.array(HomeGoal),
      checkIns: z.array(HomeCheckIn),
      managerSees: HomeManagerSees.optional(),
    })
    .optional(),
  team: z.array(TeamRow).optional(),
  history: z.array(HeldConversation),
});
export type HomeResponse = z.infer<typeof HomeResponse>;
