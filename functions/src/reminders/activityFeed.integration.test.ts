import { randomUUID } from 'node:crypto';
import { createBookingService, createLocalCalendar, createOutbox, createPopService, HENDRIKS_TENANT_ID, SAMPLE_PEOPLE, seedSampleData } from '@koers/app';
import type { Person, PopResponse } from '@koers/domain';
import { createTranslator } from '@koers/texts';
import { useEmbeddedCosmos } from '../cosmos/__tests__/embeddedCosmos';
import { startDirectoryStandIn, type DirectoryFixture, type DirectoryStandIn } from '../graph/directoryStandIn';
import { sampleDirectoryFixture, standInActivityFeed } from '../graph/sampleDirectory';
import { jsonRenderer, smartGoal } from '../pop/__tests__/popKit';
import { startConnectorStandIn, type ConnectorStandIn } from './__tests__/connectorStandIn';
import { FakeClock, harness } from './__tests__/dispatchKit';

/**
 * The moments that wait for a person, through the one outbox, to the Teams activity feed (the
 * Graph adapter against the local Graph stand-in) and the chat (the connector stand-in): which
 * goes where, and the chat as the fallback when the feed cannot be reached.
 */
const cosmos = useEmbeddedCosmos();
let connector: ConnectorStandIn;
let graph: DirectoryStandIn;
let fixture: DirectoryFixture;
const links = { tabUrl: 'http://localhost:53000' };
// A Tuesday morning in Amsterdam.
const MORNING = '2026-12-01T09:30:00.000Z';
const GOAL_TITLE = 'Zelfstandig offertes voor zorginstellingen opstellen';
const nl = createTranslator('nl-NL');
const { ahmed, fatima, jeroen, kees, linda, sanne, noor } = SAMPLE_PEOPLE;

beforeAll(async () => {
  connector = await startConnectorStandIn();
  fixture = sampleDirectoryFixture();
  graph = await startDirectoryStandIn({ load: () => fixture });
  await seedSampleData(cosmos.stores, new Date(MORNING));
  for (const person of [ahmed, jeroen, kees, linda, sanne, noor]) await connect(person);
});
afterAll(async () => {
  await connector.close();
  await graph.close();
});

const chatOf = (person: Person) => `a:activity-${person.id}`;
const chatText = (person: Person) => connector.deliveries.filter((d) => d.conversationId === chatOf(person)).map((d) => JSON.stringify(d.body));
const feedOf = (person: Person) => graph.activityFeed(HENDRIKS_TENANT_ID, person.id);

async function connect(person: Person) {
  await cosmos.stores.conversationReferences.upsert({ id: person.id, tenantId: person.tenantId, reference: { serviceUrl: connector.serviceUrl, conversation: { id: chatOf(person) } }, updatedAt: MORNING });
}

/** Koers not installed in this person's Teams: Graph refuses their feed (403). */
function notInstalledFor(person: Person) {
  const sample = sampleDirectoryFixture();
  fixture = { tenants: sample.tenants.map((t) => ({ ...t, users: t.users.map((u) => (u.id === person.id ? { ...u, teamsAppInstalled: false } : u)) })) };
}

function setUp() {
  const clock = new FakeClock(Date.parse(MORNING));
  const dispatcher = harness(cosmos, clock).dispatcher({ activityFeed: standInActivityFeed(graph) });
  const outbox = createOutbox({ stores: cosmos.stores, clock, dispatcher });
  const booking = createBookingService({ stores: cosmos.stores, calendar: createLocalCalendar({ stores: cosmos.stores, tabUrl: links.tabUrl }), outbox, clock, links });
  const pops = createPopService({ stores: cosmos.stores, clock, outbox, renderAgreementsPdf: jsonRenderer });
  const book = async (manager: Person, employee: Person) => {
    const slot = (await booking.proposals(manager, { employeeId: employee.id })).slots[0];
    if (!slot) throw new Error('no slot');
    return booking.book(manager, { employeeId: employee.id, start: slot.start, end: slot.end, requestId: randomUUID() });
  };
  const plan = (manager: Person, employee: Person) => pops.create(manager, { employeeId: employee.id, requestId: randomUUID(), goals: [smartGoal('g1', employee.id, GOAL_TITLE)] });
  const approve = (who: Person, p: PopResponse) => pops.approve(who, p.pop.id, { version: p.current.number, contentHash: p.current.contentHash });
  return { book, plan, approve, pops, clock, dispatcher };
}

describe('the moments that wait for someone', () => {
  it('a planned conversation: the chat brings the questions, the feed names the manager and opens the preparation', async () => {
    const { book } = setUp();
    const booked = await book(linda, sanne);

    expect(chatText(sanne).filter((t) => t.includes(nl('bot.prep.whatItIs').slice(0, 40)))).toHaveLength(1);
    const [activity, ...more] = feedOf(sanne);
    expect(more).toEqual([]);
    expect(activity).toMatchObject({
      activityType: 'conversationPlanned',
      topic: { source: 'text', value: 'Loopbaangesprek', webUrl: `http://localhost:53000/#/prepare/${encodeURIComponent(booked.conversation.id)}` },
      templateParameters: [{ name: 'manager', value: 'Linda de Wit' }],
    });
  });

  it('a planned conversation for someone without a chat with Koers yet: the feed rings once, the chat card follows when it can', async () => {
    const { book, clock, dispatcher } = setUp();
    await book(jeroen, fatima);
    expect(feedOf(fatima).map((a) => a.activityType)).toEqual(['conversationPlanned']);
    expect(chatText(fatima)).toEqual([]);

    await connect(fatima);
    clock.set('2026-12-02T09:00:00.000Z');
    await dispatcher.run();
    await dispatcher.run();
    expect(chatText(fatima).filter((t) => t.includes(nl('bot.prep.whatItIs').slice(0, 40)))).toHaveLength(1);
    expect(feedOf(fatima)).toHaveLength(1);
  });

  it('your turn to approve: the feed tells the manager, and the chat stays quiet', async () => {
    const { plan, approve } = setUp();
    const created = await plan(jeroen, ahmed);
    const chatBefore = chatText(jeroen).length;
    await approve(ahmed, created);

    expect(feedOf(jeroen)[0]).toMatchObject({
      activityType: 'approvePop',
      topic: { source: 'text', value: 'POP van Ahmed Yilmaz', webUrl: `http://localhost:53000/#/pop/${encodeURIComponent(created.pop.id)}` },
      templateParameters: [{ name: 'person', value: 'Ahmed Yilmaz' }],
    });
    expect(chatText(jeroen).slice(chatBefore)).toEqual([]);
  });

  it('your turn to approve, for someone without Koers in Teams: the chat message goes instead', async () => {
    notInstalledFor(linda);
    const { plan, approve } = setUp();
    const created = await plan(linda, kees);
    const feedBefore = feedOf(linda).length;
    await approve(kees, created);

    expect(feedOf(linda)).toHaveLength(feedBefore);
    const turn = nl('bot.pop.approvedByEmployee', { employee: 'Kees Jansen', version: 1 });
    expect(chatText(linda).filter((t) => t.includes(turn))).toHaveLength(1);
    fixture = sampleDirectoryFixture();
  });

  it('a help request: the chat card has the goal, the feed only who asks — never the goal or the note', async () => {
    const { plan, approve, pops } = setUp();
    const agreed = await approve(noor, await approve(jeroen, await plan(jeroen, noor)));
    await pops.recordProgress(noor, agreed.pop.id, { goalId: 'g1', status: 'hulp-nodig', note: 'Ik loop vast op de calculatie' });

    expect(chatText(jeroen).filter((t) => t.includes(GOAL_TITLE) && t.includes('Noor Visser'))).toHaveLength(1);
    const help = feedOf(jeroen).find((a) => a.activityType === 'helpAsked');
    expect(help?.templateParameters).toEqual([{ name: 'employee', value: 'Noor Visser' }]);
    expect(JSON.stringify(help)).not.toMatch(/offertes|calculatie/);
  });
});
