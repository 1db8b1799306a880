import { latestApprovedVersion, currentVersion } from '../pop/versions';
import type { GoalProgress, PopGoal, PopVersion, ProgressNote, ProgressStatus } from '../pop/schema';
import type { Pop } from '../records';
import { checkInAnchor, goalCadence, type GoalReminderSettings } from '../reminders/goalReminders';

/**
 * How far a goal has come, from what the two record while doing the plan: a first check-in
 * (any status past "niet gestart", or a note) is the first step, each ticked milestone one more,
 * "afgerond" the last. So a goal without milestones reads 0 %, 50 % once under way, 100 % done,
 * and one with three milestones moves in fifths.
 */
export interface GoalProgressSummary {
  status: ProgressStatus;
  milestonesDone: number;
  milestonesTotal: number;
  /** 0…100, whole percents. */
  percent: number;
  lastNote?: ProgressNote;
}

export function goalProgressSummary(goal: Pick<PopGoal, 'milestones'>, progress: GoalProgress | undefined): GoalProgressSummary {
  const status = progress?.status ?? 'niet-gestart';
  const milestoneIds = new Set(goal.milestones.map((m) => m.id));
  const milestonesDone = (progress?.milestonesDone ?? []).filter((m) => milestoneIds.has(m.milestoneId)).length;
  const milestonesTotal = goal.milestones.length;
  const started = status !== 'niet-gestart' || (progress?.notes.length ?? 0) > 0 || milestonesDone > 0;
  const steps = milestonesTotal + 2;
  const done = status === 'afgerond' ? steps : (started ? 1 : 0) + milestonesDone;
  const lastNote = progress?.notes.at(-1);
  return { status, milestonesDone, milestonesTotal, percent: Math.round((done / steps) * 100), ...(lastNote ? { lastNote } : {}) };
}

/** A goal whose check-in is due: the cadence since the agreement or the last update has passed. */
export interface DueCheckIn {
  popId: string;
  goalId: string;
  title: string;
  /** The agreed version the goal is shown in (RecordProgressRequest.seenVersion). */
  seenVersion: number;
  status: ProgressStatus;
  /** When the check-in fell due. */
  dueSince: string;
}

/**
 * The check-ins a plan is waiting for now, for its agreed version: goals not afgerond and not
 * paused whose last check-in (or the agreement) is a cadence or more ago. The same cadence the
 * reminder cards follow (goalReminders.ts), so the tab asks what the chat asked.
 */
export function dueCheckIns(pop: Pop, settings: GoalReminderSettings, now: Date): DueCheckIn[] {
  const version: PopVersion | undefined = latestApprovedVersion(pop);
  if (!version) return [];
  const due: DueCheckIn[] = [];
  for (const goal of version.goals) {
    const status = pop.progress.find((p) => p.goalId === goal.id)?.status ?? 'niet-gestart';
    if (status === 'afgerond') continue;
    const { everyDays, paused } = goalCadence(pop, goal.id, settings);
    if (paused) continue;
    const dueSince = Date.parse(checkInAnchor(pop, version, goal.id)) + everyDays * 86_400_000;
    if (dueSince > now.getTime()) continue;
    due.push({ popId: pop.id, goalId: goal.id, title: goal.title, seenVersion: version.number, status, dueSince: new Date(dueSince).toISOString() });
  }
  return due;
}

/** The goals of a plan that ask for help right now (the employee's "hulp nodig"), in its current version. */
export function goalsNeedingHelp(pop: Pop): number {
  const ids = new Set(currentVersion(pop).goals.map((g) => g.id));
  return pop.progress.filter((p) => p.status === 'hulp-nodig' && ids.has(p.goalId)).length;
}
