import { addDays, formatDate, localDate, parseDate } from '../booking/zonedTime';
import { addMonths } from '../catalogue/rules';
import { heldAt, isHeld, type Conversation } from '../conversation';
import { goalProgressSummary } from '../home/progress';
import type { Pop } from '../records';
import { MAX_FOLLOW_UP_PROPOSALS, type FollowUpProposal, type FollowUpRhythm, type PopVersion, type ProgressNote, type ProgressStatus } from './schema';
import { latestApprovedVersion, textHash, versionStatus } from './versions';

/**
 * The follow-up rhythm (vervolggesprekken): the dates both agreed, and where each one stands.
 *
 * Dates are civil dates: the n-th follow-up falls n − 1 intervals after the first, counted in
 * calendar months from the first date itself (not from the previous one), and clamped to the last
 * day of a shorter month — from 31 January monthly: 28 (29) February, 31 March, 30 April. Every
 * follow-up gets a date; none is skipped or merged, also when two fall in the same short month.
 *
 * The rhythm counts from when it was agreed: the later approval of the first version in the row of
 * agreed versions that all carry this same rhythm. Re-approving the plan for a changed goal keeps
 * the rhythm's dates; agreeing a different rhythm starts afresh.
 *
 * Held follow-ups are the pair's conversations of kind vervolggesprek since that agreement, in
 * date order, each taking the next number: the first held one is follow-up 1, and so on. A planned
 * (booked) one takes the next number in the same way; after those, a number Koers proposed is
 * "voorgesteld", the rest "open".
 */

export type FollowUpState = 'gehouden' | 'gepland' | 'voorgesteld' | 'open';

export interface FollowUpSlot {
  /** 1-based, in date order. */
  number: number;
  /** The agreed date (yyyy-mm-dd). */
  due: string;
  state: FollowUpState;
  /** The conversation held or booked for it. */
  conversationId?: string;
  /** When it was held or is planned (ISO instant). */
  at?: string;
  /** When Koers proposed it. */
  proposedAt?: string;
}

export interface RhythmAgreement {
  rhythm: FollowUpRhythm;
  /** The day the rhythm was agreed, in the organisation's time zone. */
  agreedOn: string;
  /** When (the later approval). */
  agreedAt: string;
  /** Names this agreement of this rhythm: proposals of another agreement do not count. */
  key: string;
}

/** The due dates of a rhythm agreed on `agreedOn` (yyyy-mm-dd), in order. */
export function followUpDueDates(rhythm: FollowUpRhythm, agreedOn: string): string[] {
  const first = rhythm.firstDate ? parseDate(rhythm.firstDate) : addMonths(parseDate(agreedOn), rhythm.intervalMonths);
  return Array.from({ length: rhythm.count }, (_, i) => formatDate(addMonths(first, i * rhythm.intervalMonths)));
}

function sameRhythm(a: FollowUpRhythm | undefined, b: FollowUpRhythm | undefined): boolean {
  return a !== undefined && b !== undefined && a.count === b.count && a.intervalMonths === b.intervalMonths && a.firstDate === b.firstDate;
}

function bothApprovedAt(version: PopVersion): string {
  const times = [version.approvals.employee?.at, version.approvals.manager?.at].filter((t): t is string => t !== undefined);
  return times.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b), version.createdAt);
}

/** The rhythm of the plan as last agreed, and since when; undefined when the agreed plan has none. */
export function rhythmAgreement(pop: Pop, timeZone: string): RhythmAgreement | undefined {
  const agreed = pop.versions.filter((v) => versionStatus(v) === 'goedgekeurd');
  const latest = agreed.at(-1);
  const rhythm = latest?.rhythm;
  if (!latest || !rhythm) return undefined;
  let since = latest;
  for (let i = agreed.length - 2; i >= 0; i--) {
    const earlier = agreed[i];
    if (!earlier || !sameRhythm(earlier.rhythm, rhythm)) break;
    since = earlier;
  }
  const agreedAt = new Date(Date.parse(bothApprovedAt(since))).toISOString();
  const agreedOn = formatDate(localDate(new Date(agreedAt), timeZone));
  const key = `r-${textHash([since.number, agreedAt, rhythm.count, rhythm.intervalMonths, rhythm.firstDate ?? ''].join('|'))}`;
  return { rhythm, agreedOn, agreedAt, key };
}

/**
 * Each agreed follow-up and where it stands. `conversations`: the employee's conversations (any
 * kind; only the vervolggesprekken with the plan's manager since the agreement count).
 */
export function followUpSchedule(input: { pop: Pop; agreement: RhythmAgreement; conversations: readonly Conversation[]; now: Date }): FollowUpSlot[] {
  const { pop, agreement, now } = input;
  const since = Date.parse(agreement.agreedAt);
  const whenOf = (c: Conversation) => (isHeld(c, now) ? heldAt(c) : c.start);
  const followUps = input.conversations
    .filter((c) => c.kind === 'vervolggesprek' && c.managerId === pop.managerId && c.employeeId === pop.employeeId)
    .filter((c) => c.status === 'gehouden' || c.status === 'gepland')
    .flatMap((c) => {
      const at = whenOf(c);
      return at !== undefined && Date.parse(at) >= since ? [{ c, at, held: isHeld(c, now) }] : [];
    })
    // Held ones first (they took place), then the planned ones, each in date order.
    .sort((a, b) => Number(b.held) - Number(a.held) || Date.parse(a.at) - Date.parse(b.at));
  const proposals = (pop.followUpProposals ?? []).filter((p) => p.agreement === agreement.key);
  return followUpDueDates(agreement.rhythm, agreement.agreedOn).map((due, i): FollowUpSlot => {
    const number = i + 1;
    const taken = followUps[i];
    const proposed = proposals.find((p) => p.number === number);
    const proposedAt = proposed ? { proposedAt: proposed.at } : {};
    if (taken) return { number, due, state: taken.held ? 'gehouden' : 'gepland', conversationId: taken.c.id, at: taken.at, ...proposedAt };
    return { number, due, state: proposed ? 'voorgesteld' : 'open', ...proposedAt };
  });
}

/** The next follow-up not held yet, or undefined when all are held. */
export function nextFollowUp(schedule: readonly FollowUpSlot[]): FollowUpSlot | undefined {
  return schedule.find((s) => s.state !== 'gehouden');
}

/**
 * The follow-up Koers should propose today, if any: the first one still open (not held, planned or
 * proposed before) whose date is within the booking lead time — or already passed, so a late start
 * still gets its proposal. One proposed and left unbooked does not hold up the next: when the next
 * one's time comes, it is proposed in turn.
 */
export function followUpToPropose(schedule: readonly FollowUpSlot[], today: string, leadTimeDays: number): FollowUpSlot | undefined {
  const next = schedule.find((s) => s.state === 'open');
  return next && formatDate(addDays(parseDate(next.due), -leadTimeDays)) <= today ? next : undefined;
}

/** The plan with `proposal` recorded (once: the same number of the same agreement is kept as it was). */
export function recordFollowUpProposal(pop: Pop, proposal: FollowUpProposal): Pop {
  const before = pop.followUpProposals ?? [];
  if (before.some((p) => p.agreement === proposal.agreement && p.number === proposal.number)) return pop;
  // Bounded: the oldest proposals (of earlier agreements) make room first.
  const kept = [...before, proposal].slice(-MAX_FOLLOW_UP_PROPOSALS);
  return { ...pop, followUpProposals: kept, updatedAt: proposal.at };
}

/**
 * The agreed plan a vervolggesprek follows up: of the pair's plans, the one agreed last that
 * carries a follow-up rhythm (else the one agreed last). Undefined for another kind of
 * conversation, or when the two have no agreed plan.
 */
export function planOfFollowUp(pops: readonly Pop[], conversation: Pick<Conversation, 'kind' | 'employeeId' | 'managerId'>): Pop | undefined {
  if (conversation.kind !== 'vervolggesprek') return undefined;
  const agreedAt = (pop: Pop) => {
    const version = [...pop.versions].reverse().find((v) => versionStatus(v) === 'goedgekeurd');
    return version ? Date.parse(bothApprovedAt(version)) : undefined;
  };
  const agreed = pops
    .filter((p) => p.employeeId === conversation.employeeId && p.managerId === conversation.managerId)
    .flatMap((pop) => {
      const at = agreedAt(pop);
      return at === undefined ? [] : [{ pop, at, rhythm: pop.versions.some((v) => v.rhythm !== undefined && versionStatus(v) === 'goedgekeurd') }];
    })
    .sort((a, b) => Number(b.rhythm) - Number(a.rhythm) || b.at - a.at);
  return agreed[0]?.pop;
}

/** One goal of the agreed plan and where it stands, as a vervolggesprek starts from it. */
export interface FollowUpGoalProgress {
  goalId: string;
  title: string;
  status: ProgressStatus;
  milestonesDone: number;
  milestonesTotal: number;
  /** yyyy-mm-dd */
  deadline?: string;
  lastNote?: ProgressNote;
}

/**
 * "Prepared from the POP's progress": each goal of the plan as last agreed, in the plan's order,
 * with its status, milestones done, deadline and last check-in note. What the chat card of a
 * vervolggesprek and its Voorbereiden page both show; empty when nothing is agreed or no goals.
 */
export function followUpPlanProgress(pop: Pop): FollowUpGoalProgress[] {
  const version = latestApprovedVersion(pop);
  if (!version) return [];
  return version.goals.map((goal) => {
    const summary = goalProgressSummary(goal, pop.progress.find((p) => p.goalId === goal.id));
    return {
      goalId: goal.id,
      title: goal.title,
      status: summary.status,
      milestonesDone: summary.milestonesDone,
      milestonesTotal: summary.milestonesTotal,
      ...(goal.deadline ? { deadline: goal.deadline } : {}),
      ...(summary.lastNote ? { lastNote: summary.lastNote } : {}),
    };
  });
}
