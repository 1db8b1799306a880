import { createPop, revisePop, scheduleId, setReminderPreferences, type GoalReminderAbout, type Pop, type Reminder, type Stores } from '@koers/domain';
import { AGREED, agree, goal, storedPop, team, type Team } from '../testing/goalFixtures';
import { createMemoryStores } from '../testing/memoryStores';
import { scheduleGoalReminders } from './scheduleGoalReminders';

const stores = createMemoryStores();
/** The clock the test moves: the plan is agreed at AGREED, a later edit sets it on. */
let now = AGREED;
const clock = { now: () => new Date(now) };
const deps = () => ({ stores, dispatch: stores.dispatch, clock });
beforeEach(() => {
  now = AGREED;
});

/** Writes the plan as the POP service would, then calls the afterWrite hook. */
async function save(stores: Stores, pop: Pop): Promise<Pop> {
  const stored = await stores.pops.get(pop.tenantId, pop.employeeId, pop.id);
  if (!stored) throw new Error('no pop');
  await stores.pops.replace(pop, stored.etag);
  await scheduleGoalReminders(deps(), pop);
  return pop;
}

/** What the plan's schedule document lists, as stored now. */
async function occurrences(tm: Team, popId: string): Promise<Reminder[]> {
  const schedule = await stores.dispatch.getSchedule(tm.tenantId, scheduleId(popId));
  const out: Reminder[] = [];
  for (const o of schedule?.value.occurrences ?? []) {
    const r = await stores.reminders.get(tm.tenantId, o.dueAt, o.id);
    if (r) out.push(r.value);
  }
  return out;
}

const what = (r: Reminder) => (r.about as GoalReminderAbout).what;
const goalOf = (r: Reminder) => (r.about as GoalReminderAbout).goalId;

describe('scheduling a plan\'s goal reminders', () => {
  it('writes them once into the due index, however often it is called', async () => {
    const tm = await team(stores);
    const pop = await storedPop(stores, tm, [goal('g1', { deadline: '2026-06-30', milestones: [{ id: 'm1', title: 'Eerste offerte', due: '2026-04-15' }] })]);

    const first = await scheduleGoalReminders(deps(), pop);
    const again = await scheduleGoalReminders(deps(), pop);

    expect(first.written.map((r) => [what(r), r.dueAt])).toEqual([
      ['milestone', '2026-04-08T06:00:00.000Z'],
      ['milestone', '2026-04-14T06:00:00.000Z'],
      ['deadline', '2026-06-23T06:00:00.000Z'],
      ['deadline', '2026-06-29T06:00:00.000Z'],
      ['check-in', '2026-03-30T06:00:00.000Z'],
      ['check-in', '2026-04-28T06:00:00.000Z'],
      ['check-in', '2026-05-28T06:00:00.000Z'],
      ['check-in', '2026-06-29T06:00:00.000Z'],
    ]);
    expect(again).toEqual({ written: [], skipped: [], revived: [] });
    const due = await stores.reminders.listDue(tm.tenantId, '2026-03-30', '2026-03-30T23:59:59.000Z');
    expect(due.items.map((r) => r.id)).toEqual([first.written[4]?.id]);
  });

  it('gives a plan nobody agreed to yet nothing, not even a schedule document', async () => {
    const tm = await team(stores);
    const draft = createPop({ id: `draft-${tm.tenantId.slice(-4)}`, tenantId: tm.tenantId, employeeId: tm.sanne.id, managerId: tm.linda.id }, [goal('g1', { deadline: '2026-06-30' })], tm.linda.id, AGREED);
    expect(await scheduleGoalReminders(deps(), draft)).toEqual({ written: [], skipped: [], revived: [] });
    expect(await stores.dispatch.getSchedule(tm.tenantId, scheduleId(draft.id))).toBeUndefined();
  });

  it('after an edit: the removed goal\'s and the moved deadline\'s occurrences are skipped, the new ones written, nothing doubled', async () => {
    const tm = await team(stores);
    const pop = await storedPop(stores, tm, [goal('g1', { deadline: '2026-06-30' }), goal('g2', { deadline: '2026-06-30' })]);
    const first = await scheduleGoalReminders(deps(), pop);

    now = '2026-03-02T10:00:00.000Z';
    const revised = revisePop(pop, { baseVersion: 1, goals: [goal('g1', { deadline: '2026-07-31' })], by: tm.linda.id, now: '2026-03-02T10:00:00.000Z' });
    const result = await scheduleGoalReminders(deps(), agree(revised, '2026-03-02T10:00:00.000Z'));

    const skippedGoals = first.written.filter((r) => result.skipped.includes(r.id)).map((r) => `${goalOf(r)}:${what(r)}`);
    expect(skippedGoals.filter((s) => s.startsWith('g2'))).toHaveLength(first.written.filter((r) => goalOf(r) === 'g2').length);
    expect(skippedGoals).toContain('g1:deadline');
    for (const id of result.skipped) {
      const r = first.written.find((w) => w.id === id);
      expect((await stores.reminders.get(tm.tenantId, r?.dueAt ?? '', id))?.value.state).toBe('skipped');
    }
    const live = (await occurrences(tm, pop.id)).filter((r) => r.state === 'due');
    expect(live.every((r) => goalOf(r) === 'g1')).toBe(true);
    expect(live.filter((r) => what(r) === 'deadline').map((r) => r.dueAt.slice(0, 10))).toEqual(['2026-07-24', '2026-07-30']);
    expect(new Set(live.map((r) => `${what(r)}|${r.dueAt}`)).size).toBe(live.length);
  });

  it('pausing a goal skips its check-ins; resuming brings the same ones back', async () => {
    const tm = await team(stores);
    const pop = await storedPop(stores, tm, [goal('g1', { deadline: '2026-06-30' })]);
    const { written } = await scheduleGoalReminders(deps(), pop);
    const paused = await save(stores, setReminderPreferences(pop, { goalId: 'g1', paused: true, by: tm.sanne.id, now: AGREED }));
    const states = async () => {
      const out: string[] = [];
      for (const r of written) out.push(`${what(r)}:${(await stores.reminders.get(tm.tenantId, r.dueAt, r.id))?.value.state}`);
      return out.sort();
    };
    // The schedule keeps only what the plan wants now.
    expect((await occurrences(tm, pop.id)).map(what)).toEqual(['deadline', 'deadline']);
    expect(await states()).toEqual(['check-in:skipped', 'check-in:skipped', 'check-in:skipped', 'check-in:skipped', 'deadline:due', 'deadline:due']);

    const resumed = await scheduleGoalReminders(deps(), setReminderPreferences(paused, { goalId: 'g1', paused: false, by: tm.sanne.id, now: AGREED }));
    expect(resumed.revived).toHaveLength(4);
    expect(resumed.written).toEqual([]);
    expect(await states()).toEqual(['check-in:due', 'check-in:due', 'check-in:due', 'check-in:due', 'deadline:due', 'deadline:due']);
  });
});
