import { TestAdapter } from 'botbuilder';
import { approvePop, botMessages, createPop, reminderMessages, revisePop, type GoalReminderAbout, type Pop, type PopGoalInput } from '@koers/domain';
import type { ActionExecute, AdaptiveCard, CardAction, CardElement } from './cards/adaptiveCard';
import { noteInputId, VERBS } from './cards/actions';
import { checkInCard, reminderCardContext } from './cards/reminderCards';
import { KoersBot } from './koersBot';
import { cardText, click, execute, from, memoryReferences, replacedCard, toast } from './testing/chat';
import { FakeBookingService, HENDRIKS, memoryPeople, oid, samplePeople } from './testing/fakes';
import { MemoryReminderService } from './testing/popFakes';
import { MemoryPopService } from './testing/pops';

const NOW = new Date('2026-03-30T07:30:00.000Z'); // Monday 30 March, 09:30 in Amsterdam
const DAY = '2026-03-30';

const goal = (id: string, title: string, overrides: Partial<PopGoalInput> = {}): PopGoalInput => ({ id, title, kind: 'verdiepen', route: 'opleiding', deadline: '2026-06-30', ...overrides });

function agree(pop: Pop, at: string): Pop {
  const v = pop.versions[pop.versions.length - 1];
  if (!v) throw new Error('no version');
  return approvePop(approvePop(pop, { version: v.number, contentHash: v.contentHash, by: pop.employeeId, now: at }), { version: v.number, contentHash: v.contentHash, by: pop.managerId, now: at });
}

const GOALS = [goal('g1', 'Storingsanalyse PLC leren'), goal('g2', 'Werkvoorbereiding verkennen')];

/** Sanne's agreed plan with Linda; this morning's card holds a check-in for both goals. */
function setup(options: { locale?: string } = {}) {
  const people = memoryPeople(samplePeople());
  const pop = agree(createPop({ id: 'pop-sanne', tenantId: HENDRIKS, employeeId: oid.sanne, managerId: oid.linda }, GOALS, oid.linda, '2026-02-27T10:00:00.000Z'), '2026-02-27T10:00:00.000Z');
  const now = () => NOW;
  const pops = new MemoryPopService(people, now);
  pops.put(pop);
  const about = (goalId: string): GoalReminderAbout => ({ type: 'goal', popId: pop.id, employeeId: oid.sanne, goalId, what: 'check-in', everyDays: 30, anchor: '2026-02-27T10:00:00.000Z' });
  const reminders = new MemoryReminderService(pops, { day: DAY, reminders: [about('g1'), about('g2')] }, now);
  const booking = new FakeBookingService({ people });
  const bot = new KoersBot({ references: memoryReferences(), clock: { now }, booking, preparation: booking.preparation, people, pops, reminders, links: { tabUrl: 'http://localhost:53000' } });
  const adapter = new TestAdapter((context) => bot.run(context));
  const sanne = samplePeople().find((p) => p.id === oid.sanne);
  if (!sanne) throw new Error('no Sanne');
  return {
    adapter,
    pops,
    reminders,
    /** The card as the dispatcher sends it (the same builder). */
    card: async () => checkInCard(reminderCardContext({ locale: options.locale ?? 'nl-NL', timeZone: sanne.timeZone, day: DAY }), await reminders.checkInItems(sanne, DAY)),
  };
}

function allActions(elements: CardElement[], actions: CardAction[] = []): CardAction[] {
  const found: CardAction[] = [];
  const visit = (action: CardAction) => {
    found.push(action);
    if (action.type === 'Action.ShowCard') found.push(...allActions(action.card.body, action.card.actions));
  };
  for (const element of elements) {
    if (element.type === 'ActionSet') element.actions.forEach(visit);
    if (element.type === 'Container') found.push(...allActions(element.items));
  }
  actions.forEach(visit);
  return found;
}

/** A button of one goal's section (sections are in the plan's order), also inside "Later herinneren". */
function goalButton(card: AdaptiveCard, goalId: string, title: string): ActionExecute {
  const found = allActions(card.body).find((a): a is ActionExecute => a.type === 'Action.Execute' && a.title === title && a.data['goalId'] === goalId);
  if (!found) throw new Error(`no "${title}" for ${goalId}: ${cardText(card)}`);
  return found;
}

const progressOf = (pop: Pop | undefined, goalId: string) => pop?.progress.find((p) => p.goalId === goalId);
const nl = botMessages.booking.nl;

describe('a check-in on a POP reminder card', () => {
  it('shows each goal with a note field and the buttons, carrying popId, goalId and seenVersion', async () => {
    const { card } = setup();
    const c = await card();
    const text = cardText(c);
    expect(text).toContain('Storingsanalyse PLC leren');
    expect(text).toContain('Werkvoorbereiding verkennen');
    expect(text).toContain('Tijd voor een korte check-in');
    expect(goalButton(c, 'g1', 'Op koers').data).toMatchObject({ day: DAY, popId: 'pop-sanne', goalId: 'g1', seenVersion: 1, status: 'op-koers', noteInput: noteInputId(0) });
    expect(goalButton(c, 'g2', 'Morgen').data).toMatchObject({ goalId: 'g2', choice: 'next-working-day' });
    expect(c.version).toBe('1.5');
  });

  it('records "op koers" with her note, and the card shows what was recorded in place; the other goal keeps its buttons', async () => {
    const { adapter, pops, card } = setup();
    const c = await card();
    const answer = replacedCard(await execute(adapter, from('sanne'), goalButton(c, 'g1', 'Op koers'), { [noteInputId(0)]: 'Eerste storing zelf opgelost', [noteInputId(1)]: '' }));

    expect(cardText(answer)).toContain("Vastgelegd: op koers — 'Eerste storing zelf opgelost'");
    expect(progressOf(pops.find('pop-sanne'), 'g1')).toMatchObject({ status: 'op-koers', notes: [{ text: 'Eerste storing zelf opgelost', by: oid.sanne }] });
    expect(progressOf(pops.find('pop-sanne'), 'g2')).toBeUndefined();
    expect(goalButton(answer, 'g2', 'Hulp nodig').data['goalId']).toBe('g2');
    expect(() => goalButton(answer, 'g1', 'Op koers')).toThrow();
  });

  it('records "hulp nodig" and "afgerond" without a note', async () => {
    const { adapter, pops, card } = setup();
    const c = await card();
    const help = replacedCard(await execute(adapter, from('sanne'), goalButton(c, 'g1', 'Hulp nodig')));
    expect(cardText(help)).toContain('Vastgelegd: hulp nodig');
    const done = replacedCard(await execute(adapter, from('sanne'), goalButton(help, 'g2', 'Afgerond')));
    expect(cardText(done)).toContain('Vastgelegd: afgerond');
    expect([progressOf(pops.find('pop-sanne'), 'g1')?.status, progressOf(pops.find('pop-sanne'), 'g2')?.status]).toEqual(['hulp-nodig', 'afgerond']);
  });

  it.each([
    ['a colleague', 'kees'],
    ['her manager', 'linda'],
  ] as const)('refuses %s kindly and changes nothing', async (_label, who) => {
    const { adapter, pops, card } = setup();
    const before = pops.find('pop-sanne');
    const answer = toast(await execute(adapter, from(who), goalButton(await card(), 'g1', 'Op koers'), { [noteInputId(0)]: 'Niet van mij' }));
    expect(answer).toBe(reminderMessages.notYourGoal.nl);
    expect(pops.find('pop-sanne')).toBe(before);
  });

  it('answers a card whose goal changed since with the goal as it is now and a link to the POP, and records nothing', async () => {
    const { adapter, pops, card } = setup();
    const old = await card();
    const current = pops.find('pop-sanne');
    if (!current) throw new Error('no pop');
    pops.put(agree(revisePop(current, { baseVersion: 1, goals: [goal('g1', 'Storingsanalyse PLC en robots leren'), GOALS[1] ?? goal('g2', '')], by: oid.linda, now: '2026-03-20T10:00:00.000Z' }), '2026-03-21T10:00:00.000Z'));

    const answer = replacedCard(await execute(adapter, from('sanne'), goalButton(old, 'g1', 'Op koers'), { [noteInputId(0)]: 'Loopt' }));

    const text = cardText(answer);
    expect(text).toContain('Dit doel is aangepast sinds deze herinnering, dus ik heb niets vastgelegd');
    expect(text).toContain('"Storingsanalyse PLC en robots leren" (niet gestart)');
    expect(JSON.stringify(answer)).toContain('"url":"http://localhost:53000/#/pop/pop-sanne"');
    expect(progressOf(pops.find('pop-sanne'), 'g1')).toBeUndefined();
  });

  it('answers a card whose plan is gone kindly', async () => {
    const { adapter, pops, card } = setup();
    const old = await card();
    pops.remove('pop-sanne');
    const answer = replacedCard(await execute(adapter, from('sanne'), goalButton(old, 'g2', 'Afgerond')));
    expect(cardText(answer)).toContain('Dit doel staat niet meer in je POP');
  });

  it('snoozes one goal to tomorrow morning and says when; nothing is recorded', async () => {
    const { adapter, pops, reminders, card } = setup();
    const answer = replacedCard(await execute(adapter, from('sanne'), goalButton(await card(), 'g2', 'Morgen')));
    expect(cardText(answer)).toContain('Ik herinner je er di 31 mrt weer aan.');
    expect(reminders.snoozed).toEqual([{ goalId: 'g2', until: '2026-03-31T06:00:00.000Z' }]);
    expect(pops.find('pop-sanne')?.progress).toEqual([]);
    const week = replacedCard(await execute(adapter, from('sanne'), goalButton(await card(), 'g1', 'Over een week')));
    expect(cardText(week)).toContain('ma 6 apr');
  });

  it('refuses a snooze on someone else\'s card', async () => {
    const { adapter, reminders, card } = setup();
    const answer = toast(await execute(adapter, from('daan'), goalButton(await card(), 'g2', 'Morgen')));
    expect(answer).toContain('alleen de medewerker zelf');
    expect(reminders.snoozed).toEqual([]);
  });

  it('switches off one goal\'s check-ins from "Later herinneren", says so on the card in place, and refuses it on someone else\'s card', async () => {
    const { adapter, pops, reminders, card } = setup();
    const stranger = toast(await execute(adapter, from('daan'), goalButton(await card(), 'g1', 'Geen check-ins meer voor dit doel')));
    expect(stranger).toContain('alleen de medewerker zelf');
    expect(reminders.paused).toEqual([]);

    const answer = replacedCard(await execute(adapter, from('sanne'), goalButton(await card(), 'g1', 'Geen check-ins meer voor dit doel')));
    expect(cardText(answer)).toContain(reminderMessages.paused.nl);
    expect(reminders.paused).toEqual(['g1']);
    // Only that goal: the other keeps its buttons, and nothing is recorded.
    expect(goalButton(answer, 'g2', 'Op koers').data['goalId']).toBe('g2');
    expect(() => goalButton(answer, 'g1', 'Op koers')).toThrow();
    expect(pops.find('pop-sanne')?.progress).toEqual([]);
  });

  it('speaks English on an English card', async () => {
    const { adapter, card } = setup({ locale: 'en-GB' });
    const c = await card();
    expect(cardText(c)).toContain('Time for a short check-in');
    const answer = replacedCard(await execute(adapter, from('sanne', 'en-GB'), goalButton(c, 'g1', 'On track'), { [noteInputId(0)]: 'Fine' }));
    expect(cardText(answer)).toContain("Recorded: on track — 'Fine'");
  });

  it('refuses a note that is not text, and records nothing', async () => {
    const { adapter, pops, card } = setup();
    const answer = toast(await execute(adapter, from('sanne'), { verb: VERBS.goalCheckIn, data: { ...goalButton(await card(), 'g1', 'Op koers').data, [noteInputId(0)]: 42 } }));
    expect(answer).toBe(nl.refusals['stale-card']);
    expect(pops.find('pop-sanne')?.progress).toEqual([]);
  });
});

describe('the follow-up conversation card', () => {
  it('tells the employee that her manager plans it, and gives the manager the booking proposals', async () => {
    const { adapter } = setup();
    const employeeButton: ActionExecute = { type: 'Action.Execute', title: 'Plan vervolggesprek', verb: VERBS.followUpAsk, data: { employeeId: oid.sanne, locale: 'nl' } };
    expect(toast(await execute(adapter, from('sanne'), employeeButton))).toContain('Linda de Wit plant het vervolggesprek in');
    expect(toast(await execute(adapter, from('kees'), employeeButton))).toContain('alleen de medewerker zelf');

    const managerButton: ActionExecute = { type: 'Action.Execute', title: 'Plan vervolggesprek', verb: VERBS.choose, data: { employeeId: oid.sanne } };
    const proposals = replacedCard(await execute(adapter, from('linda'), managerButton));
    expect(cardText(proposals)).toContain('Sanne Bakker');
    replacedCard(await click(adapter, from('linda'), proposals, 'di 8 dec 10:00–11:00'));
  });
});
