import { randomUUID } from 'node:crypto';
import {
  bundleId,
  GOAL_REMINDER_KIND,
  popLink,
  readAll,
  utcDay,
  type Person,
  type Pop,
  type PopGoalInput,
  type Reminder,
} from '@koers/domain';
import { HENDRIKS_TENANT_ID, organisationHolidays, SAMPLE_ORGANISATIONS, SAMPLE_PEOPLE } from '@koers/app';
import { AGREED } from '@koers/app/src/testing/goalFixtures';
import type { ActionExecute, AdaptiveCard, CardAction, CardElement } from './cards/adaptiveCard';
import { noteInputId, VERBS } from './cards/actions';
import { checkInCard, reminderCardContext } from './cards/reminderCards';
import { buttons, cardText, click, execute, from, replacedCard, setupChat, TEST_LINKS, toast, type Chat } from './testing/chat';
import { createTranslator } from '@koers/texts';

const dutch = createTranslator('nl-NL');

/** Monday 30 March: the plan's first monthly check-in goes out at 08:01 in Amsterdam, and Sanne opens it at 09:30. */
const DAY = '2026-03-30';
const SENT = '2026-03-30T06:01:00.000Z';
const NOW = '2026-03-30T07:30:00.000Z';
const { linda, sanne } = SAMPLE_PEOPLE;

const goal = (id: string, title: string, overrides: Partial<PopGoalInput> = {}): PopGoalInput => ({ id, title, kind: 'verdiepen', route: 'opleiding', deadline: '2026-06-30', ...overrides });

const GOALS = [goal('g1', 'Storingsanalyse PLC leren'), goal('g2', 'Werkvoorbereiding verkennen')];

/** The goal reminders due to someone on a day, as the due index holds them. */
async function dueGoalReminders(chat: Chat, who: Person, day: string): Promise<Reminder[]> {
  const due = await readAll((page) => chat.stores.reminders.listDue(who.tenantId, day, `${day}T23:59:59.000Z`, page));
  return due.filter((r) => r.kind === GOAL_REMINDER_KIND && r.recipientId === who.id);
}

/**
 * The card that went out to `who` on `day` with these reminders, recorded as the dispatcher
 * (functions/src/reminders/dispatcher.ts) records a sent card: the bot reads its reminders back.
 */
async function cardWentOut(chat: Chat, who: Person, day: string, reminders: Reminder[]): Promise<void> {
  await chat.stores.dispatch.createBundle({
    id: bundleId(who.id, day),
    tenantId: who.tenantId,
    recipientId: who.id,
    day,
    state: 'sent',
    reminderIds: reminders.map((r) => r.id),
    items: reminders.map((r) => ({ id: r.id, dueAt: r.dueAt })),
    runId: 'run-1',
    claimUntil: SENT,
    attempts: 1,
    sentAt: SENT,
  });
}

/**
 * Sanne's plan with Linda, agreed by both through the POP use case (whose afterWrite schedules the
 * check-ins); this morning's card holds the check-in of both goals.
 */
async function setup(options: { locale?: string } = {}) {
  const chat = await setupChat({ at: new Date(AGREED) });
  const created = await chat.pops.create(linda, { employeeId: sanne.id, goals: GOALS, requestId: randomUUID() });
  const { number, contentHash } = created.current;
  await chat.pops.approve(sanne, created.pop.id, { version: number, contentHash });
  await chat.pops.approve(linda, created.pop.id, { version: number, contentHash });
  const popId = created.pop.id;

  chat.clock.set(SENT);
  const onCard = await dueGoalReminders(chat, sanne, DAY);
  expect(onCard.map((r) => (r.about?.type === 'goal' ? r.about.goalId : '')).sort()).toEqual(['g1', 'g2']);
  await cardWentOut(chat, sanne, DAY, onCard);
  chat.clock.set(NOW);

  const stored = async () => chat.stores.pops.findById(HENDRIKS_TENANT_ID, popId);
  return {
    ...chat,
    popId,
    onCard,
    /** The plan as Koers holds it now. */
    plan: async () => (await stored())?.value,
    /** Its version tag: unchanged means nothing was written. */
    etag: async () => (await stored())?.etag,
    /** The card as the dispatcher sends it (the same builder, the same items). */
    card: async () => checkInCard(reminderCardContext({ locale: options.locale ?? 'nl-NL', timeZone: sanne.timeZone, day: DAY }), await chat.reminders.checkInItems(sanne, DAY)),
  };
}

/** The days a goal's check-in was put off to ("later herinneren"), as the due index holds them. */
async function snoozedTo(chat: Chat, goalId: string): Promise<string[]> {
  const days = Array.from({ length: 14 }, (_, i) => utcDay(new Date(Date.parse(NOW) + i * 86_400_000).toISOString()));
  const due = (await Promise.all(days.map((day) => dueGoalReminders(chat, sanne, day)))).flat();
  return due.filter((r) => r.id.includes('|snooze|') && r.about?.type === 'goal' && r.about.goalId === goalId).map((r) => r.dueAt);
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

describe('a check-in on a POP reminder card', () => {
  it('shows each goal with a note field and the buttons, carrying popId, goalId and seenVersion', async () => {
    const chat = await setup();
    const c = await chat.card();
    const text = cardText(c);
    expect(text).toContain('Storingsanalyse PLC leren');
    expect(text).toContain('Werkvoorbereiding verkennen');
    expect(text).toContain('Tijd voor een korte check-in');
    expect(goalButton(c, 'g1', 'Op koers').data).toMatchObject({ day: DAY, popId: chat.popId, goalId: 'g1', seenVersion: 1, status: 'op-koers', noteInput: noteInputId(0) });
    expect(goalButton(c, 'g2', 'Morgen').data).toMatchObject({ goalId: 'g2', choice: 'next-working-day' });
    expect(c.version).toBe('1.5');
  });

  it('records "op koers" with her note, and the card shows what was recorded in place; the other goal keeps its buttons', async () => {
    const { adapter, plan, card } = await setup();
    const c = await card();
    const answer = replacedCard(await execute(adapter, from('sanne'), goalButton(c, 'g1', 'Op koers'), { [noteInputId(0)]: 'Eerste storing zelf opgelost', [noteInputId(1)]: '' }));

    expect(cardText(answer)).toContain("Vastgelegd: op koers — 'Eerste storing zelf opgelost'");
    expect(progressOf(await plan(), 'g1')).toMatchObject({ status: 'op-koers', notes: [{ text: 'Eerste storing zelf opgelost', by: sanne.id }] });
    expect(progressOf(await plan(), 'g2')).toBeUndefined();
    expect(goalButton(answer, 'g2', 'Hulp nodig').data['goalId']).toBe('g2');
    expect(() => goalButton(answer, 'g1', 'Op koers')).toThrow();
  });

  it('records "hulp nodig" and "afgerond" without a note', async () => {
    const { adapter, plan, card } = await setup();
    const c = await card();
    const help = replacedCard(await execute(adapter, from('sanne'), goalButton(c, 'g1', 'Hulp nodig')));
    expect(cardText(help)).toContain('Vastgelegd: hulp nodig');
    const done = replacedCard(await execute(adapter, from('sanne'), goalButton(help, 'g2', 'Afgerond')));
    expect(cardText(done)).toContain('Vastgelegd: afgerond');
    const now = await plan();
    expect([progressOf(now, 'g1')?.status, progressOf(now, 'g2')?.status]).toEqual(['hulp-nodig', 'afgerond']);
  });

  it.each([
    ['a colleague', 'kees'],
    ['her manager', 'linda'],
  ] as const)('refuses %s kindly and changes nothing', async (_label, who) => {
    const { adapter, etag, card } = await setup();
    const before = await etag();
    const answer = toast(await execute(adapter, from(who), goalButton(await card(), 'g1', 'Op koers'), { [noteInputId(0)]: 'Niet van mij' }));
    expect(answer).toBe(dutch('reminder.notYourGoal'));
    expect(await etag()).toBe(before);
  });

  it('answers a card whose goal changed since with the goal as it is now and a link to the POP, and records nothing', async () => {
    const { adapter, pops, popId, plan, card } = await setup();
    const old = await card();
    // Meanwhile Linda rewords the goal and both agree to the new version.
    const revised = await pops.revise(linda, popId, { baseVersion: 1, goals: [goal('g1', 'Storingsanalyse PLC en robots leren'), ...GOALS.slice(1)] });
    for (const who of [sanne, linda]) await pops.approve(who, popId, { version: revised.current.number, contentHash: revised.current.contentHash });

    const answer = replacedCard(await execute(adapter, from('sanne'), goalButton(old, 'g1', 'Op koers'), { [noteInputId(0)]: 'Loopt' }));

    const text = cardText(answer);
    expect(text).toContain('Dit doel is aangepast sinds deze herinnering, dus ik heb niets vastgelegd');
    expect(text).toContain('"Storingsanalyse PLC en robots leren" (niet gestart)');
    expect(JSON.stringify(answer)).toContain(`"url":${JSON.stringify(popLink(TEST_LINKS, popId))}`);
    expect(progressOf(await plan(), 'g1')).toBeUndefined();
  });

  it('answers a card whose plan is gone kindly', async () => {
    const chat = await setup();
    const button = goalButton(await chat.card(), 'g2', 'Afgerond');
    // The stores cannot delete a plan, so the card that went out is made one about a plan Koers
    // no longer holds: this morning's check-in of g2, of a plan under an id nothing is stored at.
    const gonePopId = 'pop-verwijderd';
    const g2 = chat.onCard.find((r) => r.about?.type === 'goal' && r.about.goalId === 'g2');
    if (g2?.about?.type !== 'goal') throw new Error('no check-in for g2');
    const orphan: Reminder = { ...g2, id: `${g2.id}|gone`, subjectId: gonePopId, about: { ...g2.about, popId: gonePopId } };
    await chat.stores.reminders.create(orphan);
    const bundle = await chat.stores.dispatch.getBundle(sanne.tenantId, bundleId(sanne.id, DAY));
    if (!bundle) throw new Error('no card went out');
    await chat.stores.dispatch.replaceBundle({ ...bundle.value, reminderIds: [orphan.id], items: [{ id: orphan.id, dueAt: orphan.dueAt }] }, bundle.etag);

    const answer = replacedCard(await execute(chat.adapter, from('sanne'), { ...button, data: { ...button.data, popId: gonePopId } }));

    expect(cardText(answer)).toContain('Dit doel staat niet meer in je POP');
    expect((await chat.plan())?.progress).toEqual([]);
  });

  it('snoozes one goal to tomorrow morning and says when; nothing is recorded', async () => {
    const chat = await setup();
    const { adapter, plan, card } = chat;
    const answer = replacedCard(await execute(adapter, from('sanne'), goalButton(await card(), 'g2', 'Morgen')));
    expect(cardText(answer)).toContain('Ik herinner je er di 31 mrt weer aan.');
    expect(await snoozedTo(chat, 'g2')).toEqual(['2026-03-31T06:00:00.000Z']);
    expect((await plan())?.progress).toEqual([]);
    // A week on is Easter Monday, a holiday at Hendriks: the check-in waits for the Tuesday.
    expect(organisationHolidays(SAMPLE_ORGANISATIONS.hendriks, new Date('2026-03-30T12:00:00Z'))).toContain('2026-04-06');
    const week = replacedCard(await execute(adapter, from('sanne'), goalButton(await card(), 'g1', 'Over een week')));
    expect(cardText(week)).toContain('di 7 apr');
    expect(await snoozedTo(chat, 'g1')).toEqual(['2026-04-07T06:00:00.000Z']);
  });

  it('refuses a snooze on someone else\'s card', async () => {
    const chat = await setup();
    const answer = toast(await execute(chat.adapter, from('daan'), goalButton(await chat.card(), 'g2', 'Morgen')));
    expect(answer).toContain('alleen de medewerker zelf');
    expect(await snoozedTo(chat, 'g2')).toEqual([]);
  });

  it('switches off one goal\'s check-ins from "Later herinneren", says so on the card in place, and refuses it on someone else\'s card', async () => {
    const { adapter, plan, card } = await setup();
    const paused = async () => ((await plan())?.reminderPreferences?.goals ?? []).filter((g) => g.paused).map((g) => g.goalId);
    const stranger = toast(await execute(adapter, from('daan'), goalButton(await card(), 'g1', 'Geen check-ins meer voor dit doel')));
    expect(stranger).toContain('alleen de medewerker zelf');
    expect(await paused()).toEqual([]);

    const answer = replacedCard(await execute(adapter, from('sanne'), goalButton(await card(), 'g1', 'Geen check-ins meer voor dit doel')));
    expect(cardText(answer)).toContain(dutch('reminder.paused'));
    expect(await paused()).toEqual(['g1']);
    // Only that goal: the other keeps its buttons, and nothing is recorded.
    expect(goalButton(answer, 'g2', 'Op koers').data['goalId']).toBe('g2');
    expect(() => goalButton(answer, 'g1', 'Op koers')).toThrow();
    expect((await plan())?.progress).toEqual([]);
  });

  it('speaks English on an English card', async () => {
    const { adapter, card } = await setup({ locale: 'en-GB' });
    const c = await card();
    expect(cardText(c)).toContain('Time for a short check-in');
    const answer = replacedCard(await execute(adapter, from('sanne', 'en-GB'), goalButton(c, 'g1', 'On track'), { [noteInputId(0)]: 'Fine' }));
    expect(cardText(answer)).toContain("Recorded: on track — 'Fine'");
  });

  it('refuses a note that is not text, and records nothing', async () => {
    const { adapter, plan, card } = await setup();
    const answer = toast(await execute(adapter, from('sanne'), { verb: VERBS.goalCheckIn, data: { ...goalButton(await card(), 'g1', 'Op koers').data, [noteInputId(0)]: 42 } }));
    expect(answer).toBe(dutch('bot.refusal.stale-card'));
    expect((await plan())?.progress).toEqual([]);
  });
});

describe('the follow-up conversation card', () => {
  it('tells the employee that her manager plans it, and gives the manager the booking proposals', async () => {
    const { adapter } = await setup();
    const employeeButton: ActionExecute = { type: 'Action.Execute', title: 'Plan vervolggesprek', verb: VERBS.followUpAsk, data: { employeeId: sanne.id, locale: 'nl' } };
    expect(toast(await execute(adapter, from('sanne'), employeeButton))).toContain('Linda de Wit plant het vervolggesprek in');
    expect(toast(await execute(adapter, from('kees'), employeeButton))).toContain('alleen de medewerker zelf');

    const managerButton: ActionExecute = { type: 'Action.Execute', title: 'Plan vervolggesprek', verb: VERBS.choose, data: { employeeId: sanne.id } };
    const proposals = replacedCard(await execute(adapter, from('linda'), managerButton));
    expect(cardText(proposals)).toContain('Sanne Bakker');
    const first = buttons(proposals).find((b) => b.type === 'Action.Execute' && b.verb === VERBS.pick);
    if (!first) throw new Error('no moment proposed');
    expect(cardText(replacedCard(await click(adapter, from('linda'), proposals, first.title)))).toContain(`Gepland: ${first.title}`);
  });
});
