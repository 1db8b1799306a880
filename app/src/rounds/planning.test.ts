import { BookingError, NotFoundError, type Actor, type Person, type RoundInput } from '@koers/domain';
import { createBookingService } from '../booking/bookingService';
import { createSeriesPlanner } from '../booking/series';
import { actorFromDirectory } from '../directory/actors';
import { createLocalCalendar } from '../local/localCalendar';
import { createOutbox } from '../outbox/outbox';
import { SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { seriesRoundPlanning } from './planning';
import { createRoundService } from './roundService';

const { fatima, linda, jeroen, sanne, kees, daan, ahmed } = SAMPLE_PEOPLE;
const NOW = new Date('2026-12-01T09:00:00.000Z');
const DAY = 86_400_000;
const TEMPLATE = { templateId: 'koers-standaard', version: 1 };
const TECHNIEK: RoundInput = {
  name: 'Loopbaangesprekken voorjaar 2027',
  period: { from: '2027-01-04', to: '2027-03-31' },
  audience: { kind: 'departments', departments: ['techniek'] },
  conversationType: 'loopbaangesprek',
  template: TEMPLATE,
  employeesMayStart: false,
  allowSameDay: false,
  nudgeWeeksBeforeEnd: 3,
};

async function setUp() {
  const stores = createMemoryStores();
  await seedSampleData(stores, NOW);
  const clock = { now: () => NOW };
  const outbox = createOutbox({ stores, clock });
  const calendar = createLocalCalendar({ stores, tabUrl: 'http://localhost:53000' });
  const booking = createBookingService({ stores, calendar, outbox, clock, links: { tabUrl: 'http://localhost:53000' } });
  const planning = seriesRoundPlanning(createSeriesPlanner({ stores, calendar, clock, booking }));
  const rounds = createRoundService({ stores, outbox, clock, planning });
  const actor = (person: Person): Promise<Actor> => actorFromDirectory(stores, person);
  const hr = await actor(fatima);
  const created = await rounds.create(hr, TECHNIEK);
  await rounds.start(hr, created.round.id, created.etag);
  return { stores, rounds, actor, booking, roundId: created.round.id };
}

describe("the round card's “Plan ze allemaal tegelijk”", () => {
  it("proposes one time for each of Linda's members, on different days, in the period and at least two weeks ahead", async () => {
    const { rounds, actor, roundId } = await setUp();
    const plan = await rounds.planAll(await actor(linda), roundId);

    expect(plan.items.map((i) => i.employee.displayName)).toEqual([daan.displayName, kees.displayName, sanne.displayName]);
    const slots = plan.items.flatMap((i) => (i.status === 'proposed' ? [i.slot] : []));
    expect(slots).toHaveLength(3);
    expect(new Set(slots.map((s) => s.date)).size).toBe(3);
    for (const slot of slots) {
      expect(slot.date >= TECHNIEK.period.from && slot.date <= TECHNIEK.period.to).toBe(true);
      expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(NOW.getTime() + 14 * DAY);
    }
  });

  it('leaves out a member Linda exempted', async () => {
    const { rounds, actor, roundId } = await setUp();
    await rounds.setExemption(await actor(linda), roundId, kees.id, 'afwezig-verlof');
    const plan = await rounds.planAll(await actor(linda), roundId);
    expect(plan.items.map((i) => i.employee.id)).toEqual([daan.id, sanne.id]);
  });

  it("books all of them with the round's template, once, however often Linda confirms", async () => {
    const { stores, rounds, actor, roundId } = await setUp();
    const manager = await actor(linda);
    const plan = await rounds.planAll(manager, roundId);
    const bookings = plan.items.flatMap((i) => (i.status === 'proposed' ? [{ employeeId: i.employee.id, start: i.slot.start, end: i.slot.end }] : []));

    const first = await rounds.confirmPlan(manager, roundId, { bookings });
    const again = await rounds.confirmPlan(manager, roundId, { bookings });

    expect(first.results.map((r) => r.ok && r.created)).toEqual([true, true, true]);
    expect(again.results.map((r) => r.ok && r.created)).toEqual([false, false, false]);
    const booked = (await stores.conversations.listForManager(linda.tenantId, linda.id)).items.filter((c) => c.status === 'gepland');
    expect(booked).toHaveLength(3);
    expect(booked.map((c) => c.template)).toEqual([TEMPLATE, TEMPLATE, TEMPLATE]);
    const after = await rounds.planAll(manager, roundId);
    expect(after.items.map((i) => i.status)).toEqual(['planned', 'planned', 'planned']);
  });

  it('books a member again after their round conversation was cancelled, instead of answering with the cancelled one', async () => {
    const { stores, rounds, actor, roundId, booking } = await setUp();
    const manager = await actor(linda);
    const first = await rounds.planAll(manager, roundId);
    const sannes = first.items.find((i) => i.employee.id === sanne.id);
    if (sannes?.status !== 'proposed') throw new Error('no proposal');
    const [booked] = (await rounds.confirmPlan(manager, roundId, { bookings: [{ employeeId: sanne.id, start: sannes.slot.start, end: sannes.slot.end }] })).results;
    if (!booked?.ok) throw new Error('not booked');
    await booking.cancel(manager, booked.conversationId, {});

    const again = (await rounds.planAll(manager, roundId)).items.find((i) => i.employee.id === sanne.id);
    if (again?.status !== 'proposed') throw new Error('no new proposal');
    const [rebooked] = (await rounds.confirmPlan(manager, roundId, { bookings: [{ employeeId: sanne.id, start: again.slot.start, end: again.slot.end }] })).results;

    expect(rebooked).toMatchObject({ ok: true, created: true });
    expect(rebooked?.ok && rebooked.conversationId).not.toBe(booked.conversationId);
    const sannesConversations = (await stores.conversations.listForEmployee(linda.tenantId, sanne.id)).items;
    expect(sannesConversations.map((c) => c.status).sort()).toEqual(['geannuleerd', 'gepland']);
  });

  it('gives a new proposal for a time that became busy in between, and books the others', async () => {
    const { stores, rounds, actor, roundId } = await setUp();
    const manager = await actor(linda);
    const plan = await rounds.planAll(manager, roundId);
    const proposed = plan.items.flatMap((i) => (i.status === 'proposed' ? [i] : []));
    const taken = proposed[0]!;
    await stores.calendarEvents.create({ id: 'tandarts', tenantId: linda.tenantId, ownerId: taken.employee.id, subject: 'Tandarts', start: taken.slot.start, end: taken.slot.end, showAs: 'busy' });

    const { results } = await rounds.confirmPlan(manager, roundId, { bookings: proposed.map((i) => ({ employeeId: i.employee.id, start: i.slot.start, end: i.slot.end })) });

    expect(results.map((r) => r.ok)).toEqual([false, true, true]);
    const refused = results[0]!;
    expect(refused).toMatchObject({ ok: false, error: 'slot-unavailable' });
    if (refused.ok || !refused.proposal) throw new Error('no new proposal');
    expect(refused.proposal.start).not.toBe(taken.slot.start);
  });

  it('gives the new proposal a day of its own, not the day of another conversation of the same list', async () => {
    const { stores, rounds, actor, roundId } = await setUp();
    const manager = await actor(linda);
    const plan = await rounds.planAll(manager, roundId);
    const proposed = plan.items.flatMap((i) => (i.status === 'proposed' ? [i] : [])).sort((a, b) => a.slot.start.localeCompare(b.slot.start));
    const taken = proposed[0]!;
    await stores.calendarEvents.create({ id: 'tandarts', tenantId: linda.tenantId, ownerId: taken.employee.id, subject: 'Tandarts', start: taken.slot.start, end: taken.slot.end, showAs: 'busy' });

    const { results } = await rounds.confirmPlan(manager, roundId, { bookings: proposed.map((i) => ({ employeeId: i.employee.id, start: i.slot.start, end: i.slot.end })) });

    const refused = results.find((r) => r.employeeId === taken.employee.id);
    if (!refused || refused.ok || !refused.proposal) throw new Error('no new proposal');
    const otherDays = proposed.filter((i) => i !== taken).map((i) => i.slot.date);
    expect(otherDays).toHaveLength(2);
    expect(otherDays).not.toContain(refused.proposal.date);
  });

  it("refuses someone who is not Linda's member, and a round that has not started", async () => {
    const { rounds, actor, roundId } = await setUp();
    const manager = await actor(linda);
    const start = new Date(NOW.getTime() + 20 * DAY).toISOString();
    const end = new Date(NOW.getTime() + 20 * DAY + 3_600_000).toISOString();
    await expect(rounds.confirmPlan(manager, roundId, { bookings: [{ employeeId: ahmed.id, start, end }] })).rejects.toEqual(new BookingError('not-your-report'));
    const concept = await rounds.create(await actor(fatima), { ...TECHNIEK, name: 'Nog niet gestart' });
    await expect(rounds.planAll(manager, concept.round.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await rounds.planAll(await actor(jeroen), roundId)).items.map((i) => i.employee.id).sort()).toEqual([ahmed.id, SAMPLE_PEOPLE.noor.id, linda.id].sort());
  });
});
