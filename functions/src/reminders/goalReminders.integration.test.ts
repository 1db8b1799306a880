import {
  digestId,
  goalReminderId,
  recordProgress,
  type GoalReminderAbout,
  type Pop,
  type Reminder,
  type Stores,
} from '@koers/domain';
import { createReminderPreferencesService, createReminderService, scheduleGoalReminders, scheduleManagerDigests } from '@koers/app';
import { managerDigest } from './managerDigest';
import { AGREED, chatOf, goal, storedPop, team, useGoalStack, type Team } from './__tests__/goalKit';

const { cosmos, clock, h, connector } = useGoalStack();
const deps = () => ({ stores: cosmos.stores, dispatch: h.dispatch, clock });
beforeEach(() => clock.set(AGREED));

/** Writes the plan as the POP service would, then calls the afterWrite hook. */
async function save(stores: Stores, pop: Pop): Promise<Pop> {
  const stored = await stores.pops.get(pop.tenantId, pop.employeeId, pop.id);
  if (!stored) throw new Error('no pop');
  await stores.pops.replace(pop, stored.etag);
  await scheduleGoalReminders(deps(), pop);
  return pop;
}

const goalOf = (r: Reminder) => (r.about as GoalReminderAbout).goalId;
const chat = (tm: Team, name: 'Sanne' | 'Linda') => chatOf(connector(), tm, name);

describe('sending goal reminders', () => {
  it('bundles the goals due the same morning into one card with the check-in buttons, popId, goalId and seenVersion', async () => {
    const tm = await team(cosmos.stores, connector());
    const pop = await storedPop(cosmos.stores, tm, [goal('g1', { title: 'Offertes schrijven', deadline: '2026-06-30' }), goal('g2', { title: 'Cursus planning', deadline: '2026-06-30' })]);
    await scheduleGoalReminders(deps(), pop);

    clock.set('2026-03-30T06:01:00.000Z');
    await h.dispatcher().run();

    const cards = chat(tm, 'Sanne');
    expect(cards).toHaveLength(1);
    const card = JSON.stringify(cards[0]?.body);
    expect(card).toContain('Offertes schrijven');
    expect(card).toContain('Cursus planning');
    expect(card).toContain('Tijd voor een korte check-in');
    for (const title of ['Op koers', 'Hulp nodig', 'Afgerond', 'Later herinneren', 'Morgen', 'Over een week']) expect(card).toContain(`"title":"${title}"`);
    expect(card).toContain(`"verb":"koers.goal.checkIn","data":{"day":"2026-03-30","popId":"${pop.id}","goalId":"g1","seenVersion":1`);
    expect(card).toContain('"version":"1.5"');

    // The bot reads the same card back (for an update in place) from the bundle, Sanne's only.
    const service = createReminderService({ ...deps(), links: { tabUrl: 'http://localhost:53000' }, preferences: createReminderPreferencesService(deps()) });
    const items = await service.checkInItems(tm.sanne, '2026-03-30');
    expect(items.map((i) => [i.goalId, i.title, i.seenVersion, i.popUrl])).toEqual([
      ['g1', 'Offertes schrijven', 1, `http://localhost:53000/#/pop/${pop.id}`],
      ['g2', 'Cursus planning', 1, `http://localhost:53000/#/pop/${pop.id}`],
    ]);
    expect(await service.checkInItems(tm.linda, '2026-03-30')).toEqual([]);

    // "Later herinneren → morgen": the goal's reminder comes back on Tuesday morning, once.
    expect(await service.snooze(tm.linda, { day: '2026-03-30', popId: pop.id, goalId: 'g1', choice: 'next-working-day' })).toBeUndefined();
    const snoozed = await service.snooze(tm.sanne, { day: '2026-03-30', popId: pop.id, goalId: 'g1', choice: 'next-working-day' });
    await service.snooze(tm.sanne, { day: '2026-03-30', popId: pop.id, goalId: 'g1', choice: 'next-working-day' });
    expect(snoozed).toEqual({ until: '2026-03-31T06:00:00.000Z' });
    expect((await cosmos.stores.reminders.listDue(tm.tenantId, '2026-03-31', '2026-03-31T23:00:00.000Z')).items.map(goalOf)).toEqual(['g1']);
    clock.set('2026-03-31T06:01:00.000Z');
    await h.dispatcher().run();
    expect(chat(tm, 'Sanne')).toHaveLength(2);
    expect(JSON.stringify(chat(tm, 'Sanne')[1]?.body)).toContain('Offertes schrijven');
  });

  it('skips a reminder whose goal was finished after it was scheduled (checked against the plan at send time)', async () => {
    const tm = await team(cosmos.stores, connector());
    const pop = await storedPop(cosmos.stores, tm, [goal('g1', { deadline: '2026-06-30' })]);
    await scheduleGoalReminders(deps(), pop);
    const stored = await cosmos.stores.pops.get(tm.tenantId, tm.sanne.id, pop.id);
    if (!stored) throw new Error('no pop');
    // Written without the hook (as if it failed): the dispatcher still must not send.
    await cosmos.stores.pops.replace(recordProgress(pop, { goalId: 'g1', status: 'afgerond', by: tm.sanne.id, now: '2026-03-10T10:00:00.000Z' }), stored.etag);

    clock.set('2026-03-30T06:01:00.000Z');
    await h.dispatcher().run();
    expect(chat(tm, 'Sanne')).toHaveLength(0);
    const checkIn = (await cosmos.stores.reminders.listDue(tm.tenantId, '2026-03-30', '2026-03-30T23:00:00.000Z')).items;
    expect(checkIn).toEqual([]);
  });

  it('gives both a follow-up card on the agreed date: the manager\'s button starts the booking proposals', async () => {
    const tm = await team(cosmos.stores, connector());
    const pop = await storedPop(cosmos.stores, tm, [goal('g1', { voortgangsgesprekken: ['2026-05-12'] })]);
    const written = await scheduleGoalReminders(deps(), { ...pop, reminderPreferences: { goals: [{ goalId: 'g1', paused: true }] } });
    expect(written.written.map((r) => [r.kind, r.recipientId, r.dueAt])).toEqual([
      ['follow-up', tm.sanne.id, '2026-05-12T06:00:00.000Z'],
      ['follow-up', tm.linda.id, '2026-05-12T06:00:00.000Z'],
    ]);
    clock.set('2026-05-12T06:01:00.000Z');
    await h.dispatcher().run();
    const manager = JSON.stringify(chat(tm, 'Linda')[0]?.body);
    expect(manager).toContain('vervolggesprek met Sanne Bakker');
    expect(manager).toContain(`"verb":"koers.booking.choose","data":{"employeeId":"${tm.sanne.id}"}`);
    const employee = JSON.stringify(chat(tm, 'Sanne')[0]?.body);
    expect(employee).toContain('vervolggesprek met Linda de Wit');
    expect(employee).toContain('"verb":"koers.followUp.ask"');
  });
});

describe('the manager\'s weekly digest', () => {
  it('is kept in the due index once per manager per ISO week, and on Monday morning lists what needs attention', async () => {
    const tm = await team(cosmos.stores, connector());
    const pop = await storedPop(cosmos.stores, tm, [goal('g1', { title: 'Offertes schrijven', deadline: '2026-12-31' }), goal('g2', { title: 'Cursus', deadline: '2026-12-31' })]);
    const helped = recordProgress(pop, { goalId: 'g1', status: 'hulp-nodig', note: 'Ik kom er niet uit', by: tm.sanne.id, now: '2026-03-04T10:00:00.000Z' });
    await save(cosmos.stores, { ...helped, reminderPreferences: { goals: [{ goalId: 'g1', paused: true }, { goalId: 'g2', paused: true }] } });

    clock.set('2026-03-06T02:15:00.000Z'); // Friday night: the daily timer
    await scheduleManagerDigests(cosmos.stores, { clock });
    const again = await scheduleManagerDigests(cosmos.stores, { clock });
    expect(again.filter((r) => r.tenantId === tm.tenantId)).toEqual([]);
    const digest = await cosmos.stores.reminders.get(tm.tenantId, '2026-03-09T07:00:00.000Z', digestId(tm.linda.id, '2026-W11'));
    expect(digest?.value.state).toBe('due');

    clock.set('2026-03-09T07:01:00.000Z');
    await h.dispatcher().run();
    const cards = chat(tm, 'Linda');
    expect(cards).toHaveLength(1);
    const card = JSON.stringify(cards[0]?.body);
    expect(card).toContain('weekoverzicht');
    expect(card).toContain('**Sanne Bakker** — Offertes schrijven');
    expect(card).toContain('hulp nodig');
    expect(card).not.toContain('Cursus');
  });

  it('sends nothing when nothing needs attention', async () => {
    const tm = await team(cosmos.stores, connector());
    await storedPop(cosmos.stores, tm, [goal('g1', { deadline: '2026-12-31' })]);
    clock.set('2026-03-06T02:15:00.000Z');
    await scheduleManagerDigests(cosmos.stores, { clock });
    expect(await managerDigest(cosmos.stores, { tenantId: tm.tenantId, managerId: tm.linda.id, timeZone: 'Europe/Amsterdam', now: '2026-03-09T07:01:00.000Z', settings: { cadenceDays: 30, daysBefore: [7, 1], staleCadences: 2 }, links: { tabUrl: 'http://localhost:53000' } })).toEqual([]);
    clock.set('2026-03-09T07:01:00.000Z');
    await h.dispatcher().run();
    expect(chat(tm, 'Linda')).toHaveLength(0);
    expect((await cosmos.stores.reminders.get(tm.tenantId, '2026-03-09T07:00:00.000Z', digestId(tm.linda.id, '2026-W11')))?.value.state).toBe('skipped');
  });
});

it('gives a goal reminder an id that stays within the store\'s limit, whatever the ids', () => {
  const about: GoalReminderAbout = { type: 'goal', popId: 'p'.repeat(100), employeeId: '0c000000-0000-4000-8000-000000000001', goalId: 'g'.repeat(100), what: 'check-in', everyDays: 30, anchor: AGREED };
  expect(goalReminderId(about, '2026-03-30T06:00:00.000Z').length).toBeLessThanOrEqual(200 - '|snooze|2026-03-31~99'.length);
});
