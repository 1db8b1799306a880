import type { Person } from '../people';
import { approvePop, createPop, recordProgress, revisePop, type PopGoalInput } from '../pop';
import type { Pop, Reminder } from '../records';
import { planBundle } from './bundle';
import type { FollowUpAbout, GoalReminderAbout } from './goalSchema';
import {
  digestItems,
  followUpRelevance,
  followUpReminders,
  goalReminderRelevance,
  goalReminders,
  goalReminderSettings,
  isoWeekOf,
  managerDigestReminders,
  setReminderPreferences,
  snoozedOccurrence,
} from './goalReminders';
import { PopError } from '../pop';
import type { RecipientCalendar } from './quietHours';

const TENANT = '6f1c2a7e-0000-4000-8000-000000000001';
const SANNE = '0a000000-0000-4000-8000-000000000106';
const LINDA = '0a000000-0000-4000-8000-000000000103';
const HOLIDAYS = ['2026-04-06', '2026-12-25', '2026-12-26'];
const FULL: RecipientCalendar = { timeZone: 'Europe/Amsterdam', workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }, holidays: HOLIDAYS };
/** Part-time, Monday to Thursday. */
const PART_TIME: RecipientCalendar = { ...FULL, workingHours: { ...FULL.workingHours, days: [1, 2, 3, 4] } };
const settings = goalReminderSettings(undefined);

function goal(id: string, overrides: Partial<PopGoalInput> = {}): PopGoalInput {
  return { id, title: `Doel ${id}`, kind: 'verbreden', route: 'meelopen', ...overrides };
}

/** A plan both approved at `at`. */
function agreedPop(goals: PopGoalInput[], at = '2026-02-27T10:00:00.000Z'): Pop {
  const draft = createPop({ id: 'pop-1', tenantId: TENANT, employeeId: SANNE, managerId: LINDA }, goals, LINDA, at);
  const v = draft.versions[0];
  if (!v) throw new Error('no version');
  const one = approvePop(draft, { version: 1, contentHash: v.contentHash, by: SANNE, now: at });
  return approvePop(one, { version: 1, contentHash: v.contentHash, by: LINDA, now: at });
}

const summary = (rs: Reminder[]) =>
  rs.map((r) => {
    const about = r.about as GoalReminderAbout;
    return [about.goalId, about.what, about.milestoneId ?? about.daysBefore ?? '', r.dueAt];
  });

describe('goal reminders of an agreed plan', () => {
  it('come a week and a day before each milestone and the deadline, at the start of the working day, and monthly check-ins in between', () => {
    const pop = agreedPop([goal('g1', { deadline: '2026-06-30', milestones: [{ id: 'm1', title: 'Eerste offerte', due: '2026-04-15' }] })]);
    const reminders = goalReminders({ pop, calendar: FULL, settings, now: '2026-02-27T10:00:00.000Z' });
    expect(summary(reminders)).toEqual([
      ['g1', 'milestone', 'm1', '2026-04-08T06:00:00.000Z'],
      ['g1', 'milestone', 'm1', '2026-04-14T06:00:00.000Z'],
      ['g1', 'deadline', 7, '2026-06-23T06:00:00.000Z'],
      ['g1', 'deadline', 1, '2026-06-29T06:00:00.000Z'],
      // +30 = Sun 29 Mar, the DST change → Monday 30 March 08:00 summer time.
      ['g1', 'check-in', '', '2026-03-30T06:00:00.000Z'],
      ['g1', 'check-in', '', '2026-04-28T06:00:00.000Z'],
      ['g1', 'check-in', '', '2026-05-28T06:00:00.000Z'],
      ['g1', 'check-in', '', '2026-06-29T06:00:00.000Z'],
    ]);
    expect(reminders.every((r) => r.recipientId === SANNE && r.subjectId === 'pop-1' && r.kind === 'goal' && r.state === 'due')).toBe(true);
  });

  it.each([
    // Deadline Monday 30 March: a day before is the DST Sunday → Friday 27 March (winter time).
    ['a deadline just after the spring change', FULL, '2026-03-30', [['deadline', 7, '2026-03-23T07:00:00.000Z'], ['deadline', 1, '2026-03-27T07:00:00.000Z']]],
    // Deadline Monday 26 October: a day before is the autumn-change Sunday → Friday 23 October (summer time).
    ['a deadline just after the autumn change', FULL, '2026-10-26', [['deadline', 7, '2026-10-19T06:00:00.000Z'], ['deadline', 1, '2026-10-23T06:00:00.000Z']]],
    // Saturday 14 March: a week before is Saturday 7 → Thursday 5 for a part-timer (never her Friday off).
    ['a part-timer and a Saturday deadline', PART_TIME, '2026-03-14', [['deadline', 7, '2026-03-05T07:00:00.000Z'], ['deadline', 1, '2026-03-12T07:00:00.000Z']]],
    // Tuesday 7 April: the day before is Easter Monday → Friday 3 April.
    ['Easter Monday', FULL, '2026-04-07', [['deadline', 7, '2026-03-31T06:00:00.000Z'], ['deadline', 1, '2026-04-03T06:00:00.000Z']]],
  ] as const)('%s', (_label, calendar, deadline, expected) => {
    const pop = agreedPop([goal('g1', { deadline })]);
    const paused = { ...pop, reminderPreferences: { goals: [{ goalId: 'g1', paused: true }] } };
    const reminders = goalReminders({ pop: paused, calendar, settings, now: '2026-02-27T10:00:00.000Z' });
    expect(reminders.map((r) => [(r.about as GoalReminderAbout).what, (r.about as GoalReminderAbout).daysBefore, r.dueAt])).toEqual(expected);
  });

  it('puts a part-timer\'s check-in that falls on her day off on her next working day', () => {
    // Agreed Thursday 5 March; every 8 days → Friday 13 March (off) → Monday 16 March.
    const pop = { ...agreedPop([goal('g1', { deadline: '2026-03-25' })], '2026-03-05T10:00:00.000Z'), reminderPreferences: { cadenceDays: 8, goals: [] } };
    const checkIns = goalReminders({ pop, calendar: PART_TIME, settings, now: '2026-03-05T10:00:00.000Z' }).filter((r) => (r.about as GoalReminderAbout).what === 'check-in');
    expect(checkIns.map((r) => r.dueAt)).toEqual(['2026-03-16T07:00:00.000Z', '2026-03-23T07:00:00.000Z']);
  });

  it('takes the goal\'s cadence over the plan\'s over the organisation\'s, and a paused goal gets no check-ins (its deadline still counts)', () => {
    const base = agreedPop([goal('g1', { deadline: '2026-05-29' }), goal('g2', { deadline: '2026-05-29' })]);
    const pop: Pop = { ...base, reminderPreferences: { cadenceDays: 14, goals: [{ goalId: 'g2', cadenceDays: 28, paused: false }] } };
    const checkIns = (p: Pop, id: string) =>
      goalReminders({ pop: p, calendar: FULL, settings: goalReminderSettings({ checkInCadenceDays: 60 }), now: '2026-02-27T10:00:00.000Z' })
        .filter((r) => (r.about as GoalReminderAbout).goalId === id && (r.about as GoalReminderAbout).what === 'check-in')
        .map((r) => r.dueAt.slice(0, 10));
    expect(checkIns(pop, 'g1')).toEqual(['2026-03-13', '2026-03-27', '2026-04-10', '2026-04-24', '2026-05-08', '2026-05-22']);
    expect(checkIns(pop, 'g2')).toEqual(['2026-03-27', '2026-04-24', '2026-05-22']);
    const paused: Pop = { ...pop, reminderPreferences: { goals: [{ goalId: 'g2', paused: true }] } };
    expect(checkIns(paused, 'g2')).toEqual([]);
    expect(goalReminders({ pop: paused, calendar: FULL, settings, now: '2026-02-27T10:00:00.000Z' }).some((r) => (r.about as GoalReminderAbout).goalId === 'g2')).toBe(true);
  });

  it('skips afgerond goals and ticked milestones, and a plan nobody agreed yet has none', () => {
    const pop = agreedPop([goal('g1', { deadline: '2026-06-30', milestones: [{ id: 'm1', title: 'M', due: '2026-04-15' }] }), goal('g2', { deadline: '2026-06-30' })]);
    const ticked = recordProgress(pop, { goalId: 'g1', milestone: { id: 'm1', done: true }, by: SANNE, now: '2026-03-01T10:00:00.000Z' });
    const finished = recordProgress(ticked, { goalId: 'g2', status: 'afgerond', by: SANNE, now: '2026-03-01T10:00:00.000Z' });
    const reminders = goalReminders({ pop: finished, calendar: FULL, settings, now: '2026-03-01T10:00:00.000Z' });
    expect(reminders.some((r) => (r.about as GoalReminderAbout).goalId === 'g2')).toBe(false);
    expect(reminders.some((r) => (r.about as GoalReminderAbout).what === 'milestone')).toBe(false);
    const draft = createPop({ id: 'pop-2', tenantId: TENANT, employeeId: SANNE, managerId: LINDA }, [goal('g1', { deadline: '2026-06-30' })], LINDA, '2026-02-27T10:00:00.000Z');
    expect(goalReminders({ pop: draft, calendar: FULL, settings, now: '2026-02-27T10:00:00.000Z' })).toEqual([]);
  });

  it('keeps the agreed plan\'s reminders while a revision is a draft', () => {
    const pop = agreedPop([goal('g1', { deadline: '2026-06-30' })]);
    const revising = revisePop(pop, { baseVersion: 1, goals: [goal('g1', { deadline: '2026-09-30' })], by: LINDA, now: '2026-03-01T10:00:00.000Z' });
    const deadlines = goalReminders({ pop: revising, calendar: FULL, settings, now: '2026-03-01T10:00:00.000Z' }).filter((r) => (r.about as GoalReminderAbout).what === 'deadline');
    expect(deadlines.map((r) => r.dueAt.slice(0, 10))).toEqual(['2026-06-23', '2026-06-29']);
  });

  it('gives the same ids for the same plan and new ones for a moved date, and a check-in moves the next check-ins', () => {
    const pop = agreedPop([goal('g1', { deadline: '2026-06-30' })]);
    const now = '2026-03-02T10:00:00.000Z';
    const ids = (p: Pop) => goalReminders({ pop: p, calendar: FULL, settings, now }).map((r) => r.id);
    expect(ids(pop)).toEqual(ids(structuredClone(pop)));
    expect(new Set(ids(pop)).size).toBe(ids(pop).length);
    const checkedIn = recordProgress(pop, { goalId: 'g1', status: 'op-koers', by: SANNE, now: '2026-03-10T09:00:00.000Z' });
    const after = goalReminders({ pop: checkedIn, calendar: FULL, settings, now: '2026-03-10T09:00:00.000Z' }).filter((r) => (r.about as GoalReminderAbout).what === 'check-in');
    expect(after[0]?.dueAt).toBe('2026-04-09T06:00:00.000Z');
    expect(ids(checkedIn).filter((id) => ids(pop).includes(id))).toHaveLength(2); // the deadline reminders only
  });
});

describe('bundling several goals into one card', () => {
  it('sends the reminders of two goals due the same morning as one bundle', () => {
    const pop = agreedPop([goal('g1', { deadline: '2026-06-30' }), goal('g2', { deadline: '2026-06-30' }), goal('g3', { deadline: '2026-07-31' })]);
    const due = goalReminders({ pop, calendar: FULL, settings, now: '2026-02-27T10:00:00.000Z' }).filter((r) => r.dueAt === '2026-06-23T06:00:00.000Z');
    expect(due.map((r) => (r.about as GoalReminderAbout).goalId)).toEqual(['g1', 'g2']);
    const plan = planBundle({ now: Date.parse('2026-06-23T06:05:00.000Z'), calendar: FULL, items: due, bundledToday: false });
    expect(plan).toMatchObject({ action: 'send', day: '2026-06-23', deferred: [] });
    expect(plan.items).toHaveLength(2);
  });
});

describe('at send time', () => {
  const pop = agreedPop([goal('g1', { deadline: '2026-06-30', milestones: [{ id: 'm1', title: 'Eerste offerte', due: '2026-04-15' }] })]);
  const all = goalReminders({ pop, calendar: FULL, settings, now: '2026-02-27T10:00:00.000Z' });
  const of = (what: string) => {
    const found = all.find((r) => (r.about as GoalReminderAbout).what === what);
    if (!found) throw new Error(what);
    return found.about as GoalReminderAbout;
  };

  it('shows the goal as agreed, with the version the card was made from', () => {
    expect(goalReminderRelevance(of('milestone'), pop, settings)).toEqual({
      popId: 'pop-1', goalId: 'g1', goalTitle: 'Doel g1', what: 'milestone', due: '2026-04-15', milestoneTitle: 'Eerste offerte', seenVersion: 1, status: 'niet-gestart', order: 0,
    });
  });

  it.each([
    ['the plan is gone', () => undefined, 'deadline'],
    ['the goal is afgerond', (p: Pop) => recordProgress(p, { goalId: 'g1', status: 'afgerond', by: SANNE, now: '2026-03-01T10:00:00.000Z' }), 'deadline'],
    ['the milestone was ticked', (p: Pop) => recordProgress(p, { goalId: 'g1', milestone: { id: 'm1', done: true }, by: SANNE, now: '2026-03-01T10:00:00.000Z' }), 'milestone'],
    ['a check-in was made since', (p: Pop) => recordProgress(p, { goalId: 'g1', note: 'Gaat goed', by: SANNE, now: '2026-03-01T10:00:00.000Z' }), 'check-in'],
    ['the goal was paused', (p: Pop): Pop => ({ ...p, reminderPreferences: { goals: [{ goalId: 'g1', paused: true }] } }), 'check-in'],
    ['the cadence changed', (p: Pop): Pop => ({ ...p, reminderPreferences: { cadenceDays: 14, goals: [] } }), 'check-in'],
  ] as const)('skips when %s', (_label, change, what) => {
    expect(goalReminderRelevance(of(what), change(pop), settings)).toBe('skip');
  });

  it('skips a reminder for a deadline that a newly agreed version moved', () => {
    const v2 = revisePop(pop, { baseVersion: 1, goals: [goal('g1', { deadline: '2026-09-30' })], by: LINDA, now: '2026-03-01T10:00:00.000Z' });
    const hash = v2.versions[1]?.contentHash ?? '';
    const agreed = approvePop(approvePop(v2, { version: 2, contentHash: hash, by: SANNE, now: '2026-03-02T10:00:00.000Z' }), { version: 2, contentHash: hash, by: LINDA, now: '2026-03-02T10:00:00.000Z' });
    expect(goalReminderRelevance(of('deadline'), agreed, settings)).toBe('skip');
  });

  it('snoozes to tomorrow\'s or next week\'s first working moment, once however often clicked', () => {
    const reminder = all[0];
    if (!reminder) throw new Error('none');
    // Friday 27 March (winter time): "morgen" = Monday 30 March after the change; "over een week" = Friday 3 April.
    const tomorrow = snoozedOccurrence(reminder, 'next-working-day', '2026-03-27T10:00:00.000Z', FULL);
    const week = snoozedOccurrence(reminder, 'in-a-week', '2026-03-27T10:00:00.000Z', FULL);
    expect(tomorrow?.dueAt).toBe('2026-03-30T06:00:00.000Z');
    expect(week?.dueAt).toBe('2026-04-03T06:00:00.000Z');
    expect(snoozedOccurrence({ ...reminder, state: 'sent' }, 'next-working-day', '2026-03-27T11:00:00.000Z', FULL)?.id).toBe(tomorrow?.id);
    expect(tomorrow).toMatchObject({ state: 'due', attempts: 0, about: reminder.about });
    // Snoozing the snoozed one again keeps one root.
    if (!tomorrow) throw new Error('none');
    expect(snoozedOccurrence(tomorrow, 'next-working-day', '2026-03-30T10:00:00.000Z', FULL)?.id).toBe(`${reminder.id}|snooze|2026-03-31`);
  });
});

describe('follow-up conversations', () => {
  const person = (id: string, days: number[]): Person => ({
    id, tenantId: TENANT, displayName: id, email: `${id.slice(-3)}@x.example`, locale: 'nl-NL', timeZone: 'Europe/Amsterdam',
    workingHours: { days, start: '08:00', end: '17:00' },
  });

  it('reminds both on the agreed date (the working day before when it is their day off), once per date', () => {
    const pop = agreedPop([goal('g1', { voortgangsgesprekken: ['2026-05-15', '2026-09-01'] }), goal('g2', { voortgangsgesprekken: ['2026-05-15'] })]);
    const reminders = followUpReminders({ pop, employee: person(SANNE, [1, 2, 3, 4]), manager: person(LINDA, [1, 2, 3, 4, 5]), holidays: HOLIDAYS, now: '2026-03-01T10:00:00.000Z' });
    expect(reminders.map((r) => [r.recipientId, r.dueAt])).toEqual([
      [SANNE, '2026-05-14T06:00:00.000Z'], // Friday 15 May is her day off → Thursday
      [LINDA, '2026-05-15T06:00:00.000Z'],
      [SANNE, '2026-09-01T06:00:00.000Z'],
      [LINDA, '2026-09-01T06:00:00.000Z'],
    ]);
  });

  it('sends no voortgangsgesprek card for a plan that also agreed a follow-up rhythm: only the rhythm proposes them', () => {
    const at = '2026-02-27T10:00:00.000Z';
    const draft = createPop({ id: 'pop-1', tenantId: TENANT, employeeId: SANNE, managerId: LINDA }, [goal('g1', { voortgangsgesprekken: ['2026-05-15'] })], LINDA, at, { count: 2, intervalMonths: 3 });
    const v = draft.versions[0];
    if (!v) throw new Error('no version');
    const agreed = [SANNE, LINDA].reduce((p, by) => approvePop(p, { version: 1, contentHash: v.contentHash, by, now: at }), draft);
    const reminders = followUpReminders({ pop: agreed, employee: person(SANNE, [1, 2, 3, 4, 5]), manager: person(LINDA, [1, 2, 3, 4, 5]), holidays: HOLIDAYS, now: '2026-03-01T10:00:00.000Z' });
    expect(reminders).toEqual([]);
  });

  it('stops a voortgangsgesprek card already planned once the plan is re-agreed with a rhythm', () => {
    const before = agreedPop([goal('g1', { voortgangsgesprekken: ['2026-05-15'] })]);
    const [card] = followUpReminders({ pop: before, employee: person(SANNE, [1, 2, 3, 4, 5]), manager: person(LINDA, [1, 2, 3, 4, 5]), holidays: HOLIDAYS, now: '2026-03-01T10:00:00.000Z' });
    if (!card) throw new Error('no card');
    const draft = revisePop(before, { baseVersion: 1, goals: [goal('g1', { voortgangsgesprekken: ['2026-05-15'] })], rhythm: { count: 2, intervalMonths: 3 }, by: LINDA, now: '2026-03-02T10:00:00.000Z' });
    const v2 = draft.versions[1];
    if (!v2) throw new Error('no version 2');
    const after = [SANNE, LINDA].reduce((p, by) => approvePop(p, { version: 2, contentHash: v2.contentHash, by, now: '2026-03-02T10:00:00.000Z' }), draft);
    expect(followUpRelevance(card.about as FollowUpAbout, before)).toBe('send');
    expect(followUpRelevance(card.about as FollowUpAbout, after)).toBe('skip');
  });
});

describe('the manager\'s weekly digest', () => {
  const linda: Person = {
    id: LINDA, tenantId: TENANT, displayName: 'Linda de Wit', email: 'linda@x.example', locale: 'nl-NL', timeZone: 'Europe/Amsterdam',
    workingHours: { days: [1, 2, 3, 4, 5], start: '08:30', end: '17:00' },
  };

  it.each([
    ['2026-01-01', '2026-W01'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2026-03-30', '2026-W14'],
  ])('%s is in ISO week %s', (date, week) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    expect(isoWeekOf({ year: y, month: m, day: d })).toBe(week);
  });

  it.each([
    ['on Sunday of the spring change: Monday 08:30 summer time', '2026-03-29T10:00:00.000Z', [['2026-W14', '2026-03-30T06:30:00.000Z']]],
    ['on Easter Sunday: Tuesday, Monday being a holiday', '2026-04-05T10:00:00.000Z', [['2026-W15', '2026-04-07T06:30:00.000Z']]],
    ['on Monday after the digest went: only next week\'s', '2026-03-09T12:00:00.000Z', [['2026-W12', '2026-03-16T07:30:00.000Z']]],
    ['on Monday before work: this week\'s and next', '2026-03-09T05:00:00.000Z', [['2026-W11', '2026-03-09T07:30:00.000Z'], ['2026-W12', '2026-03-16T07:30:00.000Z']]],
  ] as const)('is due on Monday morning in the manager\'s zone: %s', (_label, now, expected) => {
    const due = managerDigestReminders({ manager: linda, holidays: HOLIDAYS, now });
    expect(due.map((r) => [r.about?.type === 'digest' ? r.about.week : '', r.dueAt])).toEqual(expected);
    expect(due.every((r) => r.id.startsWith(`manager-digest|${LINDA}|`) && r.recipientId === LINDA)).toBe(true);
  });

  it('lists goals that need help, are overdue or had no check-in for two cadence periods; nothing else', () => {
    const helped = recordProgress(agreedPop([goal('g1', { deadline: '2026-12-31' })], '2026-03-01T10:00:00.000Z'), { goalId: 'g1', status: 'hulp-nodig', by: SANNE, now: '2026-03-20T10:00:00.000Z' });
    const overdue = { ...agreedPop([goal('g2', { deadline: '2026-12-31', milestones: [{ id: 'm1', title: 'M', due: '2026-03-15' }] })], '2026-03-01T10:00:00.000Z'), id: 'pop-2' };
    const quiet = { ...agreedPop([goal('g3', { deadline: '2026-12-31' })], '2026-01-10T10:00:00.000Z'), id: 'pop-3' };
    const fine = recordProgress({ ...agreedPop([goal('g4', { deadline: '2026-12-31' })], '2026-01-10T10:00:00.000Z'), id: 'pop-4' }, { goalId: 'g4', status: 'op-koers', by: SANNE, now: '2026-03-10T10:00:00.000Z' });
    const done = recordProgress({ ...agreedPop([goal('g5', { deadline: '2026-02-28' })], '2026-01-10T10:00:00.000Z'), id: 'pop-5' }, { goalId: 'g5', status: 'afgerond', by: SANNE, now: '2026-02-10T10:00:00.000Z' });
    const items = digestItems({ pops: [helped, overdue, quiet, fine, done], now: '2026-03-23T07:30:00.000Z', timeZone: 'Europe/Amsterdam', settings });
    expect(items.map((i) => [i.goalId, i.reasons, i.overdueSince ?? i.lastCheckIn ?? ''])).toEqual([
      ['g1', ['hulp-nodig'], ''],
      ['g2', ['overdue'], '2026-03-15'],
      ['g3', ['no-check-in'], '2026-01-10T10:00:00.000Z'],
    ]);
    expect(digestItems({ pops: [fine, done], now: '2026-03-23T07:30:00.000Z', timeZone: 'Europe/Amsterdam', settings })).toEqual([]);
  });
});

describe('changing or pausing reminders', () => {
  const pop = agreedPop([goal('g1', { deadline: '2026-06-30' })]);

  it('keeps the agreement: only the preferences change, the approved version stays as it was', () => {
    const paused = setReminderPreferences(pop, { goalId: 'g1', paused: true, by: SANNE, now: '2026-03-01T10:00:00.000Z' });
    const weekly = setReminderPreferences(paused, { cadenceDays: 14, by: LINDA, now: '2026-03-01T11:00:00.000Z' });
    expect(weekly.versions).toEqual(pop.versions);
    expect(weekly.reminderPreferences).toEqual({ cadenceDays: 14, goals: [{ goalId: 'g1', paused: true }], updatedAt: '2026-03-01T11:00:00.000Z' });
    const resumed = setReminderPreferences(weekly, { goalId: 'g1', paused: false, cadenceDays: 21, by: SANNE, now: '2026-03-02T10:00:00.000Z' });
    expect(resumed.reminderPreferences?.goals).toEqual([{ goalId: 'g1', paused: false, cadenceDays: 21 }]);
    const reset = setReminderPreferences(resumed, { goalId: 'g1', cadenceDays: null, by: SANNE, now: '2026-03-02T10:00:00.000Z' });
    expect(reset.reminderPreferences?.goals).toEqual([{ goalId: 'g1', paused: false }]);
  });

  it('refuses someone else, an unknown goal and a cadence out of bounds', () => {
    expect(() => setReminderPreferences(pop, { goalId: 'g1', paused: true, by: '0a000000-0000-4000-8000-000000000107', now: '2026-03-01T10:00:00.000Z' })).toThrow(PopError);
    expect(() => setReminderPreferences(pop, { goalId: 'nope', paused: true, by: SANNE, now: '2026-03-01T10:00:00.000Z' })).toThrow(PopError);
    expect(() => setReminderPreferences(pop, { cadenceDays: 3, by: SANNE, now: '2026-03-01T10:00:00.000Z' })).toThrow();
  });
});
