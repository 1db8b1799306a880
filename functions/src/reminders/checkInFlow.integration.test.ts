import { randomUUID } from 'node:crypto';
import { TestAdapter, type Activity } from 'botbuilder';
import { KoersBot, type CardActionResponse } from '@koers/bot';
import { type Person, type PopGoalInput, type PopResponse } from '@koers/domain';
import { createBookingService, createLocalCalendar, createOutbox, createPeopleService, createPopService, createPreparationService, createReminderPreferencesService, createReminderService, goalReminderHook } from '@koers/app';
import { jsonRenderer } from '../pop/__tests__/popKit';
import { AGREED, chatOf, goal, team, useGoalStack, type Team } from './__tests__/goalKit';
import { createTranslator } from '@koers/texts';

const dutch = createTranslator('nl-NL');

/**
 * The whole check-in path against the real pieces: the POP service (embedded Cosmos) schedules
 * the reminders through its afterWrite hook, the dispatcher sends the card to the connector
 * stand-in, and the bot — fed through botbuilder's TestAdapter — records the click with the POP
 * service and updates the card in place.
 */

const { cosmos, clock, h, connector } = useGoalStack();
const links = { tabUrl: 'http://localhost:53000' };

function setup() {
  const deps = { stores: cosmos.stores, dispatch: h.dispatch, clock };
  // The real outbox: what the manager is told goes out through the dispatcher to the connector stand-in.
  const outbox = createOutbox({ stores: cosmos.stores, clock, dispatcher: h.dispatcher() });
  const pops = createPopService({ stores: cosmos.stores, clock, outbox, renderAgreementsPdf: jsonRenderer, afterWrite: goalReminderHook(deps) });
  const reminders = createReminderService({ ...deps, links, preferences: createReminderPreferencesService(deps) });
  const bot = new KoersBot({ references: cosmos.stores.conversationReferences, clock, booking: createBookingService({ stores: cosmos.stores, calendar: createLocalCalendar({ stores: cosmos.stores }), outbox, clock, links }), preparation: createPreparationService({ stores: cosmos.stores, clock }), people: cosmos.stores.people, peopleService: createPeopleService({ stores: cosmos.stores }), roleAssignments: cosmos.stores.roleAssignments, pops, reminders, links });
  const adapter = new TestAdapter((context) => bot.run(context));
  return { pops, adapter };
}

async function agreedPlan(pops: ReturnType<typeof setup>['pops'], tm: Team, goals: PopGoalInput[]): Promise<PopResponse> {
  const created = await pops.create(tm.linda, { employeeId: tm.sanne.id, goals, requestId: randomUUID() });
  const { number, contentHash } = created.current;
  await pops.approve(tm.sanne, created.pop.id, { version: number, contentHash });
  return pops.approve(tm.linda, created.pop.id, { version: number, contentHash });
}

interface Button {
  type: string;
  title: string;
  verb?: string;
  data?: Record<string, unknown>;
  card?: { body: unknown[] };
}

/** Every button on a card delivered at the stand-in, also inside "Later herinneren". */
function buttonsOf(node: unknown): Button[] {
  if (Array.isArray(node)) return node.flatMap(buttonsOf);
  if (typeof node !== 'object' || node === null) return [];
  const own = 'type' in node && typeof node.type === 'string' && node.type.startsWith('Action.') ? [node as Button] : [];
  return [...own, ...Object.values(node).flatMap(buttonsOf)];
}

function button(card: unknown, goalId: string, title: string): Button {
  const found = buttonsOf(card).find((b) => b.type === 'Action.Execute' && b.title === title && b.data?.['goalId'] === goalId);
  if (!found) throw new Error(`no "${title}" for ${goalId}`);
  return found;
}

async function clickAs(adapter: TestAdapter, person: Person, action: Button, inputs: Record<string, string> = {}): Promise<CardActionResponse> {
  const activity: Partial<Activity> = {
    type: 'invoke',
    name: 'adaptiveCard/action',
    from: { id: `29:${person.id}`, name: person.displayName, aadObjectId: person.id },
    recipient: { id: '28:koers', name: 'Koers' },
    conversation: { id: `a:personal-${person.id}`, conversationType: 'personal', tenantId: person.tenantId, isGroup: false, name: '' },
    channelId: 'msteams',
    serviceUrl: connector().serviceUrl,
    locale: 'nl-NL',
    value: { action: { type: 'Action.Execute', verb: action.verb, data: { ...action.data, ...inputs } }, trigger: 'manual' },
  };
  await adapter.receiveActivity(activity);
  const replies: Partial<Activity>[] = [];
  for (let reply = adapter.getNextReply(); reply; reply = adapter.getNextReply()) replies.push(reply);
  const response = replies.find((r) => r.type === 'invokeResponse')?.value as { status: number; body: CardActionResponse } | undefined;
  if (!response) throw new Error('no invoke response');
  return response.body;
}

const shown = (answer: CardActionResponse) => JSON.stringify(answer.value);

/** Sanne's check-in card (her chat also holds the notice that the plan was agreed). */
function checkInCard(tm: Team) {
  return chatOf(connector(), tm, 'Sanne').find((d) => JSON.stringify(d.body).includes('Hulp nodig'));
}

describe('a check-in from the chat card to the POP', () => {
  it('"hulp nodig" with a note: recorded in the POP, the manager told, the card updated in place, the next check-ins moved', async () => {
    clock.set(AGREED);
    const tm = await team(cosmos.stores, connector());
    const { pops, adapter } = setup();
    const plan = await agreedPlan(pops, tm, [goal('g1', { title: 'Storingsanalyse PLC leren', deadline: '2026-06-30' }), goal('g2', { title: 'Werkvoorbereiding verkennen', deadline: '2026-06-30' })]);

    clock.set('2026-03-30T06:01:00.000Z'); // the first monthly check-in: Monday 08:01
    await h.dispatcher().run();
    const delivery = checkInCard(tm);
    expect(delivery).toBeDefined();

    clock.set('2026-03-30T07:30:00.000Z');
    const helpButton = button(delivery?.body, 'g1', 'Hulp nodig');
    const answer = await clickAs(adapter, tm.sanne, helpButton, { [String(helpButton.data?.['noteInput'])]: 'Ik loop vast op de PLC-software' });

    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(shown(answer)).toContain("Vastgelegd: hulp nodig — 'Ik loop vast op de PLC-software'");
    expect(shown(answer)).toContain('Werkvoorbereiding verkennen'); // the other goal stays on the card, with its buttons
    expect(buttonsOf(answer.value).filter((b) => b.title === 'Op koers').map((b) => b.data?.['goalId'])).toEqual(['g2']);

    const stored = (await pops.get(tm.sanne, plan.pop.id)).progress.find((p) => p.goalId === 'g1');
    expect(stored).toMatchObject({ status: 'hulp-nodig', notes: [{ text: 'Ik loop vast op de PLC-software', by: tm.sanne.id }] });
    const toLinda = chatOf(connector(), tm, 'Linda').map((d) => JSON.stringify(d.body));
    expect(toLinda.filter((text) => text.includes('heeft hulp nodig'))).toHaveLength(1);
    expect(toLinda.find((text) => text.includes('heeft hulp nodig'))).toContain('Ik loop vast op de PLC-software');

    // The afterWrite hook re-scheduled: g1's next check-in now counts from today (29 April), not from the agreement (28 April).
    const next = await cosmos.stores.reminders.listDue(tm.tenantId, '2026-04-29', '2026-04-29T23:00:00.000Z');
    expect(next.items.map((r) => (r.about?.type === 'goal' ? r.about.goalId : ''))).toEqual(['g1']);
    const old = await cosmos.stores.reminders.listDue(tm.tenantId, '2026-04-28', '2026-04-28T23:00:00.000Z');
    expect(old.items.map((r) => (r.about?.type === 'goal' ? r.about.goalId : ''))).toEqual(['g2']);

    // A click on a later version of the card shows what she recorded rather than asking again.
    const again = await clickAs(adapter, tm.sanne, button(answer.value, 'g2', 'Op koers'));
    expect(shown(again)).toContain('Vastgelegd: hulp nodig');
    expect(shown(again)).toContain('Vastgelegd: op koers');
  });

  it('"geen check-ins meer voor dit doel": the goal is paused in the POP, the card says so in place, and the next month asks only about the other goal', async () => {
    clock.set(AGREED);
    const tm = await team(cosmos.stores, connector());
    const { pops, adapter } = setup();
    const plan = await agreedPlan(pops, tm, [goal('g1', { title: 'Storingsanalyse PLC leren', deadline: '2026-09-30' }), goal('g2', { title: 'Werkvoorbereiding verkennen', deadline: '2026-09-30' })]);
    clock.set('2026-03-30T06:01:00.000Z');
    await h.dispatcher().run();
    const delivery = checkInCard(tm);
    const pause = button(delivery?.body, 'g1', 'Geen check-ins meer voor dit doel');

    // Her manager cannot switch off Sanne's check-ins from Sanne's card.
    const refused = await clickAs(adapter, tm.linda, pause);
    expect(refused.value).toBe(dutch('reminder.notYourGoal'));
    expect((await pops.get(tm.sanne, plan.pop.id)).pop.reminderPreferences?.goals ?? []).toEqual([]);

    clock.set('2026-03-30T07:30:00.000Z');
    const answer = await clickAs(adapter, tm.sanne, pause);
    expect(shown(answer)).toContain(dutch('reminder.paused'));
    expect(buttonsOf(answer.value).filter((b) => b.title === 'Op koers').map((b) => b.data?.['goalId'])).toEqual(['g2']);
    expect((await pops.get(tm.sanne, plan.pop.id)).pop.reminderPreferences?.goals).toEqual([{ goalId: 'g1', paused: true }]);
    // The same card read again (another button on it) still shows the pause.
    const again = await clickAs(adapter, tm.sanne, button(answer.value, 'g2', 'Op koers'));
    expect(shown(again)).toContain(dutch('reminder.paused'));

    // A month on (g2's check-in counts from the "op koers" of 30 March): a card about g2 only,
    // in the chat her clicks came from (the bot keeps the newest reference).
    clock.set('2026-04-29T10:00:00.000Z');
    await h.dispatcher().run();
    const next = connector().deliveries.at(-1);
    expect(next?.conversationId).toBe(`a:personal-${tm.sanne.id}`);
    expect(JSON.stringify(next?.body)).toContain('Werkvoorbereiding verkennen');
    expect(JSON.stringify(next?.body)).not.toContain('Storingsanalyse PLC leren');
  });

  it('a stale card (the goal changed and was agreed again) records nothing and shows the goal as it is now', async () => {
    clock.set(AGREED);
    const tm = await team(cosmos.stores, connector());
    const { pops, adapter } = setup();
    const plan = await agreedPlan(pops, tm, [goal('g1', { title: 'Storingsanalyse PLC leren', deadline: '2026-06-30' })]);
    clock.set('2026-03-30T06:01:00.000Z');
    await h.dispatcher().run();
    const delivery = checkInCard(tm);

    clock.set('2026-03-31T09:00:00.000Z');
    const revised = await pops.revise(tm.linda, plan.pop.id, { baseVersion: 1, goals: [goal('g1', { title: 'Storingsanalyse PLC en robots leren', deadline: '2026-06-30' })] }, plan.etag);
    await pops.approve(tm.sanne, plan.pop.id, { version: 2, contentHash: revised.current.contentHash });
    await pops.approve(tm.linda, plan.pop.id, { version: 2, contentHash: revised.current.contentHash });

    const answer = await clickAs(adapter, tm.sanne, button(delivery?.body, 'g1', 'Op koers'));

    expect(shown(answer)).toContain('Dit doel is aangepast sinds deze herinnering, dus ik heb niets vastgelegd');
    expect(shown(answer)).toContain('Storingsanalyse PLC en robots leren');
    expect(shown(answer)).toContain(`http://localhost:53000/#/pop/${plan.pop.id}`);
    expect((await pops.get(tm.sanne, plan.pop.id)).progress).toEqual([]);
  });

  it.each([
    ['a colleague', 'kees'],
    ['her manager', 'linda'],
  ] as const)('refuses %s on her card and changes nothing', async (_label, who) => {
    clock.set(AGREED);
    const tm = await team(cosmos.stores, connector());
    const { pops, adapter } = setup();
    const plan = await agreedPlan(pops, tm, [goal('g1', { deadline: '2026-06-30' })]);
    clock.set('2026-03-30T06:01:00.000Z');
    await h.dispatcher().run();
    const delivery = checkInCard(tm);

    const answer = await clickAs(adapter, tm[who], button(delivery?.body, 'g1', 'Hulp nodig'));

    expect(answer).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: dutch('reminder.notYourGoal') });
    expect((await pops.get(tm.sanne, plan.pop.id)).progress).toEqual([]);
    expect(chatOf(connector(), tm, 'Linda').filter((d) => JSON.stringify(d.body).includes('heeft hulp nodig'))).toEqual([]);
  });
});
