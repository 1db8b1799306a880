import { z } from 'zod';
import { addDays, startOfLocalDay, type CivilDate } from '../booking/zonedTime';
import { heldAt, isHeld, IsoDateTime, type Conversation } from '../conversation';
import { Guid } from '../people';
import { latestApprovedVersion, textHash } from '../pop/versions';
import type { Pop } from '../records';
import type { Round } from './round';

/**
 * Where one person stands in one round, as HR may see it: whether a conversation was planned,
 * prepared, held, a plan agreed and a follow-up planned — never what anyone said or wrote.
 *
 * The steps in the order a person goes through them; `achterstand` (nothing planned or held by
 * the round's overdue point) and `vrijgesteld` (not in this round, counted apart) stand beside them.
 */
export const RoundProgressStatus = z.enum(['uitgenodigd', 'gepland', 'voorbereid', 'gehouden', 'pop-akkoord', 'vervolg-gepland', 'achterstand', 'vrijgesteld']);
export type RoundProgressStatus = z.infer<typeof RoundProgressStatus>;

/**
 * What a summary document stores. The two statuses that change by the clock alone are read from
 * it: a planned conversation counts as held once its meeting is over (`heldFrom`), and an
 * invited person is overdue from the round's overdue point on.
 */
export const StoredRoundProgressStatus = RoundProgressStatus.exclude(['achterstand']);
export type StoredRoundProgressStatus = z.infer<typeof StoredRoundProgressStatus>;

/** The statuses whose people count as held once `heldFrom` has passed. */
export const PENDING_STATUSES = ['gepland', 'voorbereid'] as const satisfies readonly StoredRoundProgressStatus[];
type PendingStatus = (typeof PENDING_STATUSES)[number];

function isPending(status: StoredRoundProgressStatus): status is PendingStatus {
  return (PENDING_STATUSES as readonly string[]).includes(status);
}

const RoundId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);

/** The dates HR sees beside the status: when things happened, never what was said. */
export const ProgressDates = z.object({
  /** The start of the round's conversation, once planned. */
  plannedFor: IsoDateTime.optional(),
  /** When it took place (heldAt), once held. */
  heldOn: IsoDateTime.optional(),
  /** When both approved the plan that came out of it. */
  popAgreedOn: IsoDateTime.optional(),
  /** The start of the follow-up conversation, once planned. */
  followUpOn: IsoDateTime.optional(),
});
export type ProgressDates = z.infer<typeof ProgressDates>;

/**
 * One person's status in one round (container `roundProgress`, id `roundId:personId`), rewritten
 * whenever one of their conversations, preparations, plans or their exemption changes.
 */
export const PersonProgress = z.object({
  id: z.string().min(3).max(140),
  tenantId: Guid,
  roundId: RoundId,
  personId: Guid,
  displayName: z.string().min(1).max(200),
  department: z.string().max(200).optional(),
  /** Who holds their conversation (gesprekspartner, else manager). */
  managerId: Guid.optional(),
  managerName: z.string().max(200).optional(),
  status: StoredRoundProgressStatus,
  /** For gepland/voorbereid: the instant the meeting is over and the person counts as held. */
  heldFrom: IsoDateTime.optional(),
  dates: ProgressDates,
  updatedAt: IsoDateTime,
});
export type PersonProgress = z.infer<typeof PersonProgress>;

export function personProgressId(roundId: string, personId: string): string {
  return `${roundId}:${personId}`;
}

/** The facts about one person the status is derived from: statuses and dates, never content. */
export interface ProgressFacts {
  round: Pick<Round, 'period' | 'conversationType'>;
  timeZone: string;
  exempt: boolean;
  conversations: readonly Conversation[];
  /** Ids of conversations whose employee marked their preparation done. */
  preparedConversationIds: ReadonlySet<string>;
  pops: readonly Pop[];
  now: Date;
}

function civil(iso: string): CivilDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** The round's period as UTC instants: from the first day's local midnight to the day after the last. */
export function roundWindow(round: Pick<Round, 'period'>, timeZone: string): { from: number; until: number } {
  return { from: startOfLocalDay(civil(round.period.from), timeZone), until: startOfLocalDay(addDays(civil(round.period.to), 1), timeZone) };
}

function whenOf(conversation: Conversation): string {
  return conversation.start ?? conversation.completedAt ?? conversation.createdAt;
}

function countsForRound(round: Pick<Round, 'conversationType'>, conversation: Conversation): boolean {
  if (conversation.status === 'geannuleerd') return false;
  const followUp = conversation.kind === 'vervolggesprek';
  return round.conversationType === 'vervolggesprek' ? followUp : !followUp;
}

const STEP_ORDER: readonly StoredRoundProgressStatus[] = ['uitgenodigd', 'gepland', 'voorbereid', 'gehouden', 'pop-akkoord', 'vervolg-gepland'];

/** The status and dates of one person in one round, as stored (before the clock's part). */
export function derivePersonProgress(facts: ProgressFacts): { status: StoredRoundProgressStatus; heldFrom?: string; dates: ProgressDates } {
  if (facts.exempt) return { status: 'vrijgesteld', dates: {} };
  const window = roundWindow(facts.round, facts.timeZone);
  const inRound = facts.conversations
    .filter((c) => countsForRound(facts.round, c))
    .filter((c) => {
      const at = Date.parse(whenOf(c));
      return at >= window.from && at < window.until;
    })
    .filter((c) => c.status !== 'concept' || c.start !== undefined);
  if (inRound.length === 0) return { status: 'uitgenodigd', dates: {} };

  // The furthest along of the person's conversations in the period is the round's one.
  const candidates = inRound.map((conversation) => ({ conversation, ...stepOf(conversation, facts) }));
  candidates.sort((a, b) => STEP_ORDER.indexOf(b.status) - STEP_ORDER.indexOf(a.status) || whenOf(a.conversation).localeCompare(whenOf(b.conversation)));
  const best = candidates[0]!;
  return { status: best.status, ...(best.heldFrom ? { heldFrom: best.heldFrom } : {}), dates: best.dates };
}

function stepOf(conversation: Conversation, facts: ProgressFacts): { status: StoredRoundProgressStatus; heldFrom?: string; dates: ProgressDates } {
  const plannedFor = conversation.start;
  const base: ProgressDates = plannedFor ? { plannedFor } : {};
  if (!isHeld(conversation, facts.now)) {
    const heldFrom = conversation.end ?? conversation.start;
    const status: StoredRoundProgressStatus = facts.preparedConversationIds.has(conversation.id) ? 'voorbereid' : 'gepland';
    return { status, ...(heldFrom ? { heldFrom } : {}), dates: base };
  }
  const heldOn = heldAt(conversation);
  const dates: ProgressDates = { ...base, heldOn };
  const agreed = agreedPlanAfter(conversation, heldOn, facts.pops);
  if (agreed) dates.popAgreedOn = agreed;
  const followUp = facts.conversations
    .filter((c) => c.id !== conversation.id && c.kind === 'vervolggesprek' && c.status !== 'geannuleerd' && c.start !== undefined)
    .map((c) => c.start!)
    .filter((start) => start > heldOn)
    .sort()[0];
  if (followUp) return { status: 'vervolg-gepland', dates: { ...dates, followUpOn: followUp } };
  return { status: agreed ? 'pop-akkoord' : 'gehouden', dates };
}

/** When both parties approved a plan from this conversation (or any plan agreed since it was held). */
function agreedPlanAfter(conversation: Conversation, heldOn: string, pops: readonly Pop[]): string | undefined {
  const agreedOn = pops
    .map((pop) => {
      const version = latestApprovedVersion(pop);
      if (!version) return undefined;
      const at = [version.approvals.employee?.at, version.approvals.manager?.at].filter((a): a is string => a !== undefined).sort().at(-1);
      if (!at) return undefined;
      return pop.conversationId === conversation.id || at.slice(0, 10) >= heldOn.slice(0, 10) ? at : undefined;
    })
    .filter((at): at is string => at !== undefined)
    .sort();
  return agreedOn[0];
}

/**
 * From when an invited person with nothing planned counts as overdue: `weeksBeforeEnd` weeks before
 * the period's last day ends (the round's nudge point), or the end of the period when that is 0.
 */
export function overdueFrom(round: Pick<Round, 'period' | 'nudgeWeeksBeforeEnd'>, timeZone: string): number {
  const end = civil(round.period.to);
  return startOfLocalDay(addDays(end, 1 - 7 * round.nudgeWeeksBeforeEnd), timeZone);
}

/** The status HR sees now: the stored one, with the clock's part applied. */
export function effectiveStatus(
  progress: Pick<PersonProgress, 'status' | 'heldFrom'>,
  round: Pick<Round, 'period' | 'nudgeWeeksBeforeEnd'>,
  timeZone: string,
  now: Date,
): RoundProgressStatus {
  if (isPending(progress.status) && progress.heldFrom !== undefined && Date.parse(progress.heldFrom) <= now.getTime()) return 'gehouden';
  if (progress.status === 'uitgenodigd' && now.getTime() >= overdueFrom(round, timeZone)) return 'achterstand';
  return progress.status;
}

/**
 * Which stored documents have a status HR asked for, now: the filter a store runs. A clause matches
 * a document with that stored status and, when given, `heldFrom` before (`heldBefore`) or at or
 * after (`notHeldBefore`) the instant. No clauses: nothing matches.
 */
export interface StatusClause {
  status: StoredRoundProgressStatus;
  heldBefore?: string;
  notHeldBefore?: string;
}

export function statusClauses(wanted: readonly RoundProgressStatus[], round: Pick<Round, 'period' | 'nudgeWeeksBeforeEnd'>, timeZone: string, now: Date): StatusClause[] {
  const at = now.toISOString();
  const overdue = now.getTime() >= overdueFrom(round, timeZone);
  const clauses: StatusClause[] = [];
  for (const status of new Set(wanted)) {
    switch (status) {
      case 'achterstand':
        if (overdue) clauses.push({ status: 'uitgenodigd' });
        break;
      case 'uitgenodigd':
        if (!overdue) clauses.push({ status });
        break;
      case 'gepland':
      case 'voorbereid':
        clauses.push({ status, notHeldBefore: at });
        break;
      case 'gehouden':
        clauses.push({ status }, ...PENDING_STATUSES.map((s) => ({ status: s, heldBefore: at })));
        break;
      default:
        clauses.push({ status });
    }
  }
  return clauses;
}

/** Whether a stored document matches a clause (the in-memory store's and the tests' reading). */
export function matchesClause(progress: Pick<PersonProgress, 'status' | 'heldFrom'>, clause: StatusClause): boolean {
  if (progress.status !== clause.status) return false;
  // A planned conversation without an end never turns held by the clock: it stays "not held before".
  if (clause.heldBefore !== undefined) return progress.heldFrom !== undefined && progress.heldFrom <= clause.heldBefore;
  if (clause.notHeldBefore !== undefined) return progress.heldFrom === undefined || progress.heldFrom > clause.notHeldBefore;
  return true;
}

/**
 * The counts of one cell — one department and one conversation partner in one round (container
 * `roundProgressCounts`) — kept on write beside the people's documents so the board reads a few
 * hundred cells instead of every person. `pending` holds the planned ones by the instant they turn
 * held, so the clock's part is applied at read time too.
 */
export const ProgressCell = z.object({
  id: z.string().min(3).max(140),
  tenantId: Guid,
  roundId: RoundId,
  department: z.string().max(200).optional(),
  managerId: Guid.optional(),
  managerName: z.string().max(200).optional(),
  counts: z.partialRecord(StoredRoundProgressStatus, z.number().int()),
  /** heldFrom instant → how many planned and prepared ones turn held then. */
  pending: z.record(IsoDateTime, z.object({ gepland: z.number().int(), voorbereid: z.number().int() })),
  updatedAt: IsoDateTime,
});
export type ProgressCell = z.infer<typeof ProgressCell>;

/** The cell a person's document counts in: its round, department and conversation partner. */
export function progressCellId(roundId: string, progress: Pick<PersonProgress, 'department' | 'managerId'>): string {
  return `${roundId}:${textHash(`${progress.department ?? ''}\u0000${progress.managerId ?? ''}`)}`;
}

export function emptyCell(base: Pick<ProgressCell, 'id' | 'tenantId' | 'roundId' | 'department' | 'managerId' | 'managerName' | 'updatedAt'>): ProgressCell {
  const cell: ProgressCell = { ...base, counts: {}, pending: {} };
  if (cell.department === undefined) delete cell.department;
  if (cell.managerId === undefined) delete cell.managerId;
  if (cell.managerName === undefined) delete cell.managerName;
  return cell;
}

/** A cell with one person's document counted in (`sign` 1) or out (`sign` -1); empty entries removed. */
export function countInCell(cell: ProgressCell, progress: Pick<PersonProgress, 'status' | 'heldFrom'>, sign: 1 | -1): ProgressCell {
  const counts = { ...cell.counts };
  const pending = { ...cell.pending };
  if (isPending(progress.status) && progress.heldFrom !== undefined) {
    const slot = { gepland: 0, voorbereid: 0, ...pending[progress.heldFrom] };
    slot[progress.status] += sign;
    if (slot.gepland === 0 && slot.voorbereid === 0) delete pending[progress.heldFrom];
    else pending[progress.heldFrom] = slot;
  } else {
    const n = (counts[progress.status] ?? 0) + sign;
    if (n === 0) delete counts[progress.status];
    else counts[progress.status] = n;
  }
  return { ...cell, counts, pending };
}

export type StatusCounts = Record<RoundProgressStatus, number>;

export function zeroCounts(): StatusCounts {
  return Object.fromEntries(RoundProgressStatus.options.map((s) => [s, 0])) as StatusCounts;
}

/** What a cell counts now, the clock's part applied. */
export function cellCounts(cell: Pick<ProgressCell, 'counts' | 'pending'>, round: Pick<Round, 'period' | 'nudgeWeeksBeforeEnd'>, timeZone: string, now: Date): StatusCounts {
  const result = zeroCounts();
  for (const [status, n] of Object.entries(cell.counts) as [StoredRoundProgressStatus, number][]) {
    result[effectiveStatus({ status }, round, timeZone, now)] += n;
  }
  for (const [heldFrom, slot] of Object.entries(cell.pending)) {
    for (const status of PENDING_STATUSES) result[effectiveStatus({ status, heldFrom }, round, timeZone, now)] += slot[status];
  }
  return result;
}

export function addCounts(into: StatusCounts, more: StatusCounts): StatusCounts {
  for (const status of RoundProgressStatus.options) into[status] += more[status];
  return into;
}
