import { createPop, type Conversation, type Pop } from '@koers/domain';
import { createBookingService } from '../booking/bookingService';
import { createLocalCalendar } from '../local/localCalendar';
import { createOutbox } from '../outbox/outbox';
import { agree, goal, team, type Team } from '../testing/goalFixtures';
import { createMemoryStores } from '../testing/memoryStores';
import { outboxNotices } from '../testing/outboxNotices';
import { runFollowUpDay } from './followUpDay';

/** Agreed on Monday 4 January 2027: two vervolggesprekken, every three months (4 April, 4 July). */
const AGREED = '2027-01-04T10:00:00.000Z';
let now = new Date(AGREED);
const clock = { now: () => now };

function setUp() {
  const stores = createMemoryStores();
  const outbox = createOutbox({ stores, clock });
  const booking = createBookingService({ stores, calendar: createLocalCalendar({ stores, tabUrl: 'http://localhost:53000' }), outbox, clock, links: { tabUrl: 'http://localhost:53000' } });
  const run = () => runFollowUpDay(stores, { clock, outbox, booking, sleep: async () => undefined });
  return { stores, booking, run };
}

async function planWithRhythm(stores: ReturnType<typeof createMemoryStores>, tm: Team): Promise<Pop> {
  const draft = createPop({ id: `pop-${tm.tenantId.slice(-4)}`, tenantId: tm.tenantId, employeeId: tm.sanne.id, managerId: tm.linda.id }, [goal('g1', { milestones: [{ id: 'm1', title: 'Eerste offerte' }] })], tm.linda.id, AGREED, { count: 2, intervalMonths: 3 });
  const pop = agree(draft, AGREED);
  await stores.pops.create(pop);
  return pop;
}

async function told(stores: ReturnType<typeof createMemoryStores>, tm: Team, pop: Pop, from: Date) {
  return (await outboxNotices(stores, tm.tenantId, pop.id, from)).map((n) => ({ event: n.notice.event, to: n.recipientId === tm.linda.id ? 'Linda' : 'Sanne', number: 'number' in n.notice ? n.notice.number : undefined }));
}

function heldFollowUp(tm: Team, start: string): Conversation {
  const end = new Date(Date.parse(start) + 3_600_000).toISOString();
  return { id: `vervolg-${start.slice(0, 10)}`, tenantId: tm.tenantId, employeeId: tm.sanne.id, managerId: tm.linda.id, kind: 'vervolggesprek', status: 'gehouden', start, end, completedAt: end, createdAt: AGREED, updatedAt: end };
}

describe('the follow-up rhythm day', () => {
  it('proposes nothing while the first follow-up is further away than the lead time', async () => {
    const { stores, run } = setUp();
    const tm = await team(stores);
    await planWithRhythm(stores, tm);
    now = new Date('2027-03-19T02:45:00.000Z');
    expect(await run()).toEqual({ proposed: 0, withoutManager: 0 });
  });

  it('proposes the first follow-up once it is within two weeks: the manager gets proposals, the employee a notice, once', async () => {
    const { stores, run } = setUp();
    const tm = await team(stores);
    const pop = await planWithRhythm(stores, tm);
    now = new Date('2027-03-21T02:45:00.000Z');
    expect((await run()).proposed).toBe(1);
    const notices = await outboxNotices(stores, tm.tenantId, pop.id, now);
    const toLinda = notices.find((n) => n.recipientId === tm.linda.id)?.notice;
    expect(toLinda?.event).toBe('follow-up-proposed');
    if (toLinda?.event !== 'follow-up-proposed') throw new Error('no proposals');
    expect(toLinda.due).toBe('2027-04-04');
    expect(toLinda.proposals.slots.length).toBeGreaterThan(0);
    // Proposed in both calendars, from the agreed date on.
    expect(toLinda.proposals.slots.every((s) => s.start >= '2027-04-04')).toBe(true);
    expect(await told(stores, tm, pop, now)).toEqual(
      expect.arrayContaining([
        { event: 'follow-up-proposed', to: 'Linda', number: 1 },
        { event: 'follow-up-coming', to: 'Sanne', number: 1 },
      ]),
    );

    // The timer again the same night, and the next day: nobody hears of it twice.
    expect((await run()).proposed).toBe(0);
    now = new Date('2027-03-22T02:45:00.000Z');
    expect((await run()).proposed).toBe(0);
    expect(await told(stores, tm, pop, new Date('2027-03-21T00:00:00.000Z'))).toHaveLength(2);
    const stored = await stores.pops.get(tm.tenantId, tm.sanne.id, pop.id);
    expect(stored?.value.followUpProposals?.map((p) => p.number)).toEqual([1]);
  });

  it('takes a proposal the manager booked as the planned follow-up, in both calendars, and proposes nothing more for it', async () => {
    const { stores, booking, run } = setUp();
    const tm = await team(stores);
    const pop = await planWithRhythm(stores, tm);
    now = new Date('2027-03-21T02:45:00.000Z');
    await run();
    const proposed = (await outboxNotices(stores, tm.tenantId, pop.id, now)).find((n) => n.notice.event === 'follow-up-proposed')?.notice;
    if (proposed?.event !== 'follow-up-proposed') throw new Error('no proposals');
    const slot = proposed.proposals.slots[0]!;
    now = new Date('2027-03-21T08:00:00.000Z');
    const booked = await booking.book(tm.linda, { employeeId: tm.sanne.id, start: slot.start, end: slot.end, requestId: '3f1e0c9a-8b7d-4c2e-9f10-2a3b4c5d6e7f', kind: 'vervolggesprek' });
    expect(booked.conversation.kind).toBe('vervolggesprek');
    const events = await stores.calendarEvents.listBetween(tm.tenantId, tm.sanne.id, slot.start, slot.end);
    expect(events.map((e) => e.subject)).toContain('Vervolggesprek Sanne Bakker');
    now = new Date('2027-03-22T02:45:00.000Z');
    expect((await run()).proposed).toBe(0);
  });

  it('moves on to the second follow-up once the first is held', async () => {
    const { stores, run } = setUp();
    const tm = await team(stores);
    const pop = await planWithRhythm(stores, tm);
    now = new Date('2027-03-21T02:45:00.000Z');
    await run();
    await stores.conversations.create(heldFollowUp(tm, '2027-04-06T08:00:00.000Z'));
    now = new Date('2027-06-18T02:45:00.000Z');
    expect((await run()).proposed).toBe(0);
    now = new Date('2027-06-21T02:45:00.000Z');
    expect((await run()).proposed).toBe(1);
    expect(await told(stores, tm, pop, now)).toEqual(expect.arrayContaining([{ event: 'follow-up-proposed', to: 'Linda', number: 2 }]));
  });

  it('proposes nothing for a plan whose manager is no longer the employee’s manager', async () => {
    const { stores, run } = setUp();
    const tm = await team(stores);
    await planWithRhythm(stores, tm);
    const sanne = await stores.people.get(tm.tenantId, tm.sanne.id);
    await stores.people.replace({ ...sanne!.value, managerId: tm.kees.id }, sanne!.etag);
    now = new Date('2027-03-21T02:45:00.000Z');
    expect(await run()).toEqual({ proposed: 0, withoutManager: 1 });
  });
});
