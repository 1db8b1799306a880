import {
  ConcurrencyError,
  ConflictError,
  followUpReminders,
  goalReminders,
  type Clock,
  type GoalReminderSettings,
  type Person,
  type Pop,
  type Reminder,
  type Stores,
} from '@koers/domain';
import { scheduleId, type DispatchStore, type ReminderSchedule } from '@koers/domain';
import { readParties } from './scheduleConversationReminders';

/**
 * (Re)writes a POP's future reminder occurrences — goal reminders for the employee (milestones,
 * deadline, check-ins) and the follow-up conversation cards for both — after every write of the
 * plan. Idempotent: occurrence ids follow from what they are about (domain goalReminderId), so a
 * second call writes nothing, and after an edit only the changed ones are new. Occurrences the plan
 * no longer wants (a removed or afgerond goal, a moved date, a paused goal, a new cadence, a
 * check-in made) become `skipped`; one that is wanted again is revived.
 *
 * Which occurrences a plan was given is kept in a schedule document (dispatch container), so the
 * old ones are found by point reads. The schedule is widened before the reminders are written and
 * narrowed after, so a crash in between leaves it a superset (never an occurrence nobody tracks);
 * and the dispatcher re-checks every occurrence against the current plan when its turn comes.
 */

export interface GoalReminderDeps {
  stores: Stores;
  dispatch: DispatchStore;
  clock: Clock;
}

export interface GoalScheduleResult {
  /** Occurrences this call created. */
  written: Reminder[];
  /** Ids set to `skipped`. */
  skipped: string[];
  /** Ids set back from `skipped` to `due`. */
  revived: string[];
}

/** What the POP service calls after each write of a plan (PopServiceOptions.afterWrite). */
export type PopAfterWrite = (pop: Pop) => Promise<void>;

type Occurrence = ReminderSchedule['occurrences'][number];
const PENDING = new Set(['due', 'failed']);

export async function scheduleGoalReminders(
  deps: GoalReminderDeps,
  pop: Pop,
  options: { known?: { employee: Person; manager: Person; holidays: readonly string[]; settings: GoalReminderSettings } } = {},
): Promise<GoalScheduleResult> {
  const { stores, dispatch, clock } = deps;
  const now = clock.now().toISOString();
  const known = options.known ?? (await readParties(stores, pop, clock));
  const wanted: Reminder[] = known
    ? [
        ...goalReminders({ pop, calendar: { timeZone: known.employee.timeZone, workingHours: known.employee.workingHours, holidays: known.holidays }, settings: known.settings, now }),
        ...followUpReminders({ pop, employee: known.employee, manager: known.manager, holidays: known.holidays, now }),
      ]
    : [];
  const wantedIds = new Set(wanted.map((r) => r.id));
  const id = scheduleId(pop.id);

  // 1. Widen: the schedule knows every occurrence before any is written.
  const { previous } = await updateSchedule(dispatch, pop, id, now, (current) => union(current, wanted.map(occurrence)));

  // 2. Write what is wanted; revive a wanted one that an earlier call skipped.
  const result: GoalScheduleResult = { written: [], skipped: [], revived: [] };
  for (const reminder of wanted) {
    try {
      await stores.reminders.create(reminder);
      result.written.push(reminder);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const stored = await stores.reminders.get(reminder.tenantId, reminder.dueAt, reminder.id);
      if (stored?.value.state === 'skipped' && (await replaceIfCurrent(stores, { ...stored.value, state: 'due' }, stored.etag))) result.revived.push(reminder.id);
    }
  }

  // 3. Skip what is no longer wanted (only while it waits: one being sent or sent stays as it is).
  const kept: Occurrence[] = [];
  for (const old of previous) {
    if (wantedIds.has(old.id)) continue;
    const stored = await stores.reminders.get(pop.tenantId, old.dueAt, old.id);
    if (!stored || !PENDING.has(stored.value.state)) continue;
    const { notBefore: _n, ...rest } = stored.value;
    if (await replaceIfCurrent(stores, { ...rest, state: 'skipped' }, stored.etag)) result.skipped.push(old.id);
    else kept.push(old); // the dispatcher has it now; it re-checks the plan itself
  }

  // 4. Narrow: the wanted ones, any a dispatcher run was holding, and any a concurrent call added.
  const previousIds = new Set(previous.map((o) => o.id));
  const keptIds = new Set(kept.map((o) => o.id));
  await updateSchedule(dispatch, pop, id, now, (current) => current.filter((o) => wantedIds.has(o.id) || keptIds.has(o.id) || !previousIds.has(o.id)));
  return result;
}

/** The afterWrite hook for the POP service: best effort, a failure is logged and never undoes the write. */
export function goalReminderHook(deps: GoalReminderDeps & { log?: { warn(message: string, fields: Record<string, string>): void } }): PopAfterWrite {
  return async (pop) => {
    try {
      await scheduleGoalReminders(deps, pop);
    } catch (error) {
      deps.log?.warn('goal reminders not scheduled', { tenantId: pop.tenantId, popId: pop.id, error: error instanceof Error ? error.name : 'error' });
    }
  };
}

function occurrence(r: Reminder): Occurrence {
  return { id: r.id, dueAt: r.dueAt };
}

function union(a: readonly Occurrence[], b: readonly Occurrence[]): Occurrence[] {
  const byId = new Map<string, Occurrence>();
  for (const o of [...a, ...b]) byId.set(o.id, o);
  return [...byId.values()];
}

async function replaceIfCurrent(stores: Stores, reminder: Reminder, etag: string): Promise<boolean> {
  try {
    await stores.reminders.replace(reminder, etag);
    return true;
  } catch (error) {
    if (error instanceof ConcurrencyError) return false;
    throw error;
  }
}

/**
 * Read-modify-write of the schedule under its ETag; a concurrent writer (two writes of one plan
 * in quick succession) makes it re-read and apply its change again. Returns what was there before.
 */
async function updateSchedule(dispatch: DispatchStore, pop: Pop, id: string, now: string, change: (occurrences: Occurrence[]) => Occurrence[]): Promise<{ previous: Occurrence[] }> {
  for (let attempt = 0; ; attempt++) {
    const stored = await dispatch.getSchedule(pop.tenantId, id);
    const previous = stored?.value.occurrences ?? [];
    const next: ReminderSchedule = { id, tenantId: pop.tenantId, subjectId: pop.id, occurrences: change(previous), updatedAt: now };
    // A draft nobody agreed to yet has nothing to track: no document for it.
    if (!stored && next.occurrences.length === 0) return { previous };
    try {
      if (stored) await dispatch.replaceSchedule(next, stored.etag);
      else await dispatch.createSchedule(next);
      return { previous };
    } catch (error) {
      if (attempt >= 4 || !(error instanceof ConcurrencyError || error instanceof ConflictError)) throw error;
    }
  }
}
