import { approvePop, createPop, currentVersion, recordProgress } from '../pop/versions';
import { EMPLOYEE, MANAGER, smartGoalNl, TENANT } from '../pop/testKit';
import type { Pop } from '../records';
import { goalReminderSettings } from '../reminders/goalReminders';
import { nextActionFor } from './nextAction';
import { dueCheckIns, goalProgressSummary, goalsNeedingHelp } from './progress';

const AGREED = '2026-11-01T09:00:00.000Z';
const settings = goalReminderSettings({ checkInCadenceDays: 30 });
const goal = { ...smartGoalNl, milestones: [{ id: 'm1', title: 'Eerste offerte' }, { id: 'm2', title: 'Tweede offerte' }, { id: 'm3', title: 'Zelfstandig' }] };

function agreed(goals = [goal]): Pop {
  const pop = createPop({ id: 'pop-1', tenantId: TENANT, employeeId: EMPLOYEE, managerId: MANAGER }, goals, MANAGER, AGREED);
  const { number, contentHash } = currentVersion(pop);
  return approvePop(approvePop(pop, { version: number, contentHash, by: EMPLOYEE, now: AGREED }), { version: number, contentHash, by: MANAGER, now: AGREED });
}

const progress = (pop: Pop, update: Omit<Parameters<typeof recordProgress>[1], 'goalId' | 'by'>) => recordProgress(pop, { goalId: 'g1', by: EMPLOYEE, ...update });

describe('how far a goal has come', () => {
  it('reads 0 % before anything happened, moves with the first check-in and each milestone, and is full when done', () => {
    let pop = agreed();
    const of = () => goalProgressSummary(goal, pop.progress[0]).percent;
    expect(of()).toBe(0);
    pop = progress(pop, { status: 'bezig', now: '2026-11-10T09:00:00.000Z' });
    expect(of()).toBe(20);
    pop = progress(pop, { milestone: { id: 'm1', done: true }, now: '2026-11-11T09:00:00.000Z' });
    pop = progress(pop, { milestone: { id: 'm2', done: true }, now: '2026-11-12T09:00:00.000Z' });
    expect(of()).toBe(60);
    pop = progress(pop, { status: 'afgerond', now: '2026-11-13T09:00:00.000Z' });
    expect(of()).toBe(100);
  });

  it('shows half way for a goal without milestones once under way, with the last note', () => {
    const plain = { ...goal, milestones: [] };
    const pop = progress(agreed([plain]), { status: 'op-koers', note: 'Eerste offerte verstuurd', now: '2026-11-10T09:00:00.000Z' });
    expect(goalProgressSummary(plain, pop.progress[0])).toMatchObject({ percent: 50, status: 'op-koers', lastNote: { text: 'Eerste offerte verstuurd' } });
  });
});

describe('the check-ins a plan waits for', () => {
  it('asks a cadence after the agreement, and again a cadence after the last check-in', () => {
    const pop = agreed();
    expect(dueCheckIns(pop, settings, new Date('2026-11-30T09:00:00.000Z'))).toEqual([]);
    expect(dueCheckIns(pop, settings, new Date('2026-12-01T09:00:00.000Z'))).toEqual([
      { popId: 'pop-1', goalId: 'g1', title: goal.title, seenVersion: 1, status: 'niet-gestart', dueSince: '2026-12-01T09:00:00.000Z' },
    ]);
    const checkedIn = progress(pop, { status: 'op-koers', now: '2026-12-02T09:00:00.000Z' });
    expect(dueCheckIns(checkedIn, settings, new Date('2026-12-05T09:00:00.000Z'))).toEqual([]);
  });

  it('asks nothing of a draft, a finished goal or a paused one', () => {
    const later = new Date('2027-02-01T09:00:00.000Z');
    expect(dueCheckIns(createPop({ id: 'p', tenantId: TENANT, employeeId: EMPLOYEE, managerId: MANAGER }, [goal], EMPLOYEE, AGREED), settings, later)).toEqual([]);
    expect(dueCheckIns(progress(agreed(), { status: 'afgerond', now: AGREED }), settings, later)).toEqual([]);
    const paused: Pop = { ...agreed(), reminderPreferences: { goals: [{ goalId: 'g1', paused: true }], updatedAt: AGREED } };
    expect(dueCheckIns(paused, settings, later)).toEqual([]);
  });

  it('counts the goals that ask for help', () => {
    expect(goalsNeedingHelp(progress(agreed(), { status: 'hulp-nodig', now: AGREED }))).toBe(1);
    expect(goalsNeedingHelp(agreed())).toBe(0);
  });
});

describe("a manager's next action per team member", () => {
  it.each<[string, Parameters<typeof nextActionFor>[0], ReturnType<typeof nextActionFor>]>([
    ['a goal needs help, before anything else', { helpPopId: 'p1', awaitingManagerPopId: 'p1', nextPlannedId: 'c2' }, { kind: 'help', popId: 'p1' }],
    ['a plan waits for their approval', { awaitingManagerPopId: 'p1', heldWithoutPopId: 'c1' }, { kind: 'approve-pop', popId: 'p1' }],
    ['a conversation was held without a plan', { heldWithoutPopId: 'c1', nextPlannedId: 'c2' }, { kind: 'make-pop', conversationId: 'c1' }],
    ['check-ins stay out', { overduePopId: 'p1', nextPlannedId: 'c2' }, { kind: 'check-in', popId: 'p1' }],
    ['a conversation is planned', { nextPlannedId: 'c2' }, { kind: 'prepare', conversationId: 'c2' }],
    ['nothing planned', {}, { kind: 'plan-conversation' }],
  ])('%s', (_name, facts, action) => {
    expect(nextActionFor(facts)).toEqual(action);
  });
});
