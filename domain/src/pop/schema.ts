import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';

/**
 * The POP (persoonlijk ontwikkelingsplan, personal development plan): the agreements of a career
 * conversation as SMART goals. Ids are stable slugs: the tab's and PDF's catalogues key their
 * labels on them, so they must never be renamed once plans are stored under them.
 */

/** A civil date "yyyy-mm-dd" (deadlines are days, not instants: no time zone can shift them). */
export const CivilDateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'jjjj-mm-dd')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const utc = new Date(Date.UTC(y, m - 1, d));
    return utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
  }, 'geen bestaande datum');
export type CivilDateString = z.infer<typeof CivilDateString>;

/**
 * Kinds of goal: verdiepen or verbreden in the own job, doorgroeien to another role;
 * vitaliteit (a senior employee's sustainable employability) and mobiliteit (a move, also
 * outside the organisation).
 */
export const GOAL_KINDS = ['verdiepen', 'verbreden', 'doorgroeien', 'vitaliteit', 'mobiliteit'] as const;
export const GoalKind = z.enum(GOAL_KINDS);
export type GoalKind = z.infer<typeof GoalKind>;

/** Development is not only a course — coaching, more tasks, shadowing, crafting, rotation, remotie. */
export const GOAL_ROUTES = [
  'opleiding',
  'coaching-leidinggevende',
  'coaching-collega',
  'taakuitbreiding',
  'meelopen',
  'jobcrafting',
  'rotatie',
  'remotie',
  'extern',
] as const;
export const GoalRoute = z.enum(GOAL_ROUTES);
export type GoalRoute = z.infer<typeof GoalRoute>;

export const PROGRESS_STATUSES = ['niet-gestart', 'bezig', 'op-koers', 'hulp-nodig', 'afgerond'] as const;
export const ProgressStatus = z.enum(PROGRESS_STATUSES);
export type ProgressStatus = z.infer<typeof ProgressStatus>;

export const POP_ROLES = ['employee', 'manager'] as const;
export const PopRole = z.enum(POP_ROLES);
export type PopRole = z.infer<typeof PopRole>;

/**
 * Bounds: a plan is one document, and with MAX_VERSIONS versions of MAX_GOALS goals it must stay
 * well under Cosmos' 2 MB item limit (worst case ≈ 20 × 8 × 9 kB ≈ 1.4 MB; real plans are far smaller).
 */
export const MAX_GOALS = 8;
export const MAX_VERSIONS = 20;
export const MAX_LIST_ITEMS = 10;
export const MAX_MILESTONES = 10;
export const MAX_PROGRESS_NOTES = 50;
/** Goal ids with progress over a plan's life (goals come and go between versions). */
export const MAX_PROGRESS_GOALS = MAX_GOALS * 4;
export const MAX_SHORT_TEXT = 200;
export const MAX_ITEM_TEXT = 300;
export const MAX_LONG_TEXT = 1000;

const Id = z.string().min(1).max(100);
const Short = z.string().trim().max(MAX_SHORT_TEXT);
const Long = z.string().trim().max(MAX_LONG_TEXT);
const Item = z.string().trim().min(1).max(MAX_ITEM_TEXT);

export const Milestone = z.object({
  /** Stable across versions, so a tick in the progress survives a re-approval. */
  id: Id,
  title: Item,
  due: CivilDateString.optional(),
});
export type Milestone = z.infer<typeof Milestone>;

/** A goal uses a course and a coaching track, a certificate and a meeloopdag: a few, not a curriculum. */
export const MAX_GOAL_LEARNING = 5;

/** One item of the learning offer as a goal links it (pop/learning.ts makes it from the library). */
export const GoalLearningItem = z.object({
  id: Id,
  title: z.string().trim().min(1).max(MAX_SHORT_TEXT),
  provider: Short.default(''),
  hours: z.number().min(0).max(2000),
  /** Euros per participant after the sector fund or scheme paid its part. */
  costEuro: z.number().min(0).max(100_000),
  /** The fund or scheme that pays part of it ("O&O-fonds Installatie"). */
  fund: Short.optional(),
  /**
   * Training for a certificate the employee's own function requires: it costs them nothing and
   * happens in working time (NL: art. 7:611a BW).
   */
  requiredForJob: z.boolean().default(false),
  /** Days against a Belgian employee's Federale Leerrekening, as the library said when linked. */
  trainingDays: z.number().min(0).max(365).optional(),
});
export type GoalLearningItem = z.infer<typeof GoalLearningItem>;

/**
 * One goal: what both sign. Everything here is content — changing any of it after an approval
 * makes a new version (./versions.ts). Progress lives beside it (GoalProgress).
 */
export const PopGoal = z.object({
  id: Id,
  title: z.string().trim().min(1).max(MAX_SHORT_TEXT),
  /**
   * Why this goal, in the employee's words. Optional without a default: plans stored before it
   * existed keep their content hash, so their approvals stay valid.
   */
  waarom: Long.optional(),
  kind: GoalKind,
  route: GoalRoute,
  /** Which course, whose coaching, which department, in the parties' own words. */
  routeDetail: Short.default(''),
  /**
   * One library item, as plans stored before a goal could link several wrote it. Read, never
   * written again (a goal's content hash must not move): `goalLearningIds` reads both forms.
   */
  catalogueItemId: Id.optional(),
  /** The function in the function house this goal works towards. */
  targetFunctionId: Id.optional(),
  /** Its name as agreed, so the plan and its PDF still say it after HR renames or removes the function. */
  targetFunctionName: Short.optional(),
  /**
   * The learning offer this goal uses, as agreed: what the item was (title, provider, hours, cost)
   * when both signed, not what the library says later. Optional without a default, like `waarom`.
   */
  learning: z
    .array(GoalLearningItem)
    .max(MAX_GOAL_LEARNING)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, { message: 'elk leeraanbod één keer' })
    .optional(),

  // SMART
  /** Specifiek: the concrete actions. */
  actions: z.array(Item).max(MAX_LIST_ITEMS).default([]),
  /** Meetbaar: how both will know it worked. */
  successCriteria: z.array(Item).max(MAX_LIST_ITEMS).default([]),
  /**
   * Acceptabel: each party says they stand behind this goal. The binding signature is the
   * version's approval; this is the conversation's "do we both want this?" per goal.
   */
  acceptance: z.object({ employee: z.boolean(), manager: z.boolean() }).default({ employee: false, manager: false }),
  /** Realistisch: discussed whether it is feasible, and why. */
  realism: z.object({ checked: z.boolean(), note: Long }).default({ checked: false, note: '' }),
  /** Tijdsgebonden. */
  deadline: CivilDateString.optional(),
  milestones: z
    .array(Milestone)
    .max(MAX_MILESTONES)
    .refine((ms) => new Set(ms.map((m) => m.id)).size === ms.length, { message: 'elke mijlpaal een eigen id' })
    .default([]),

  // The agreements made in the conversation's third phase:
  // wat, hoe, wanneer, waar, middelen, begeleiding, inzet, voortgangsgesprekken.
  wat: Long.default(''),
  hoe: Long.default(''),
  /** Free text next to the deadline ("naast het project X, vanaf het najaar"). */
  wanneer: Short.default(''),
  waar: Short.default(''),
  /** What the organisation provides: money and working time granted for it. */
  middelen: z
    .object({
      budgetEuro: z.number().int().min(0).max(1_000_000).optional(),
      timeHours: z.number().min(0).max(2000).optional(),
      note: Short.default(''),
    })
    .default({ note: '' }),
  /** Who guides: a colleague, the manager, an external coach. */
  begeleiding: z.object({ personId: Guid.optional(), name: Short.default('') }).default({ name: '' }),
  /** The effort the employee puts in, in hours (own effort, as opposed to middelen.timeHours granted). */
  inzetHours: z.number().min(0).max(2000).optional(),
  voortgangsgesprekken: z.array(CivilDateString).max(MAX_MILESTONES).default([]),
  /** Who carries the goal (usually the employee; sometimes the manager, e.g. "regel budget"). */
  ownerId: Guid.optional(),
});
export type PopGoal = z.infer<typeof PopGoal>;
export type PopGoalInput = z.input<typeof PopGoal>;

export const PopGoals = z
  .array(PopGoal)
  .max(MAX_GOALS)
  .refine((goals) => new Set(goals.map((g) => g.id)).size === goals.length, { message: 'elk doel een eigen id' });

export const Approval = z.object({
  by: Guid,
  at: IsoDateTime,
  /** The content hash of the goals approved: an approval of other content does not count. */
  contentHash: z.string().min(1).max(64),
});
export type Approval = z.infer<typeof Approval>;

/** Bounds of the follow-up rhythm: at most six vervolggesprekken, at most a year apart. */
export const MAX_FOLLOW_UPS = 6;
export const MAX_FOLLOW_UP_INTERVAL_MONTHS = 12;

/**
 * The follow-up rhythm both agree on the plan: `count` vervolggesprekken, every `intervalMonths`
 * calendar months, the first on `firstDate` or one interval after the agreement. Part of a
 * version's content (its hash), so it is approved with the goals and changing it after an approval
 * makes a new draft version like any other change (./rhythm.ts computes the dates).
 */
export const FollowUpRhythm = z.object({
  count: z.number().int().min(1).max(MAX_FOLLOW_UPS),
  intervalMonths: z.number().int().min(1).max(MAX_FOLLOW_UP_INTERVAL_MONTHS),
  firstDate: CivilDateString.optional(),
});
export type FollowUpRhythm = z.infer<typeof FollowUpRhythm>;

/** One version of the plan's content. Approved (both approvals on its hash) = immutable. */
export const PopVersion = z.object({
  number: z.number().int().min(1),
  goals: PopGoals,
  /** Absent: no follow-up rhythm agreed (and plans stored before it existed keep their hash). */
  rhythm: FollowUpRhythm.optional(),
  contentHash: z.string().min(1).max(64),
  /** Who made this version, and when: the author stays when the other party edits the draft. */
  createdAt: IsoDateTime,
  createdBy: Guid,
  /** The last edit of an unsigned draft, when someone changed it after it was made. */
  editedAt: IsoDateTime.optional(),
  editedBy: Guid.optional(),
  approvals: z.object({ employee: Approval.optional(), manager: Approval.optional() }).default({}),
});
export type PopVersion = z.infer<typeof PopVersion>;

export const ProgressNote = z.object({
  at: IsoDateTime,
  by: Guid,
  text: z.string().trim().min(1).max(MAX_LONG_TEXT),
});
export type ProgressNote = z.infer<typeof ProgressNote>;

/**
 * Progress of one goal, kept beside the versions (not inside them): ticking a milestone or writing
 * a note is doing the plan, not changing what was agreed, so it must not void an approval. Keyed
 * by goal id, which is stable across versions, so progress carries over into a revised plan.
 */
export const GoalProgress = z.object({
  goalId: Id,
  status: ProgressStatus,
  notes: z.array(ProgressNote).max(MAX_PROGRESS_NOTES),
  milestonesDone: z.array(z.object({ milestoneId: Id, at: IsoDateTime, by: Guid })).max(MAX_MILESTONES),
  updatedAt: IsoDateTime,
});
export type GoalProgress = z.infer<typeof GoalProgress>;

/**
 * A vervolggesprek Koers proposed to the manager (the proposals card) and announced to the
 * employee, beside the versions like progress: proposing is following the plan, not changing it.
 * `agreement` names the rhythm agreement it belongs to (rhythm.ts rhythmAgreement().key), so a
 * changed rhythm starts afresh; `at` is when it was proposed, which its notices carry too.
 */
export const FollowUpProposal = z.object({
  agreement: z.string().min(1).max(64),
  number: z.number().int().min(1).max(MAX_FOLLOW_UPS),
  due: CivilDateString,
  at: IsoDateTime,
});
export type FollowUpProposal = z.infer<typeof FollowUpProposal>;
/** Proposals kept over a plan's life: the rhythm of a few agreements (older ones are dropped first). */
export const MAX_FOLLOW_UP_PROPOSALS = MAX_FOLLOW_UPS * 4;
