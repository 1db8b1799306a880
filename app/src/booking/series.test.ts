import { BookingError, type CalendarPort } from '@koers/domain';
import { createLocalCalendar } from '../local/localCalendar';
import { createOutbox } from '../outbox/outbox';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { createBookingService } from './bookingService';
import { createSeriesPlanner } from './series';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const { linda, sanne, ahmed } = SAMPLE_PEOPLE;
const tenantId = HENDRIKS_TENANT_ID;
const WINDOW = { from: '2027-01-04', to: '2027-01-29' };

async function setUp(options: { calendar?: (real: CalendarPort) => CalendarPort } = {}) {
  const stores = createMemoryStores();
  await seedSampleData(stores, NOW);
  const clock = { now: () => NOW };
  const real = createLocalCalendar({ stores, tabUrl: 'http://localhost:53000' });
  const calendar = options.calendar ? options.calendar(real) : real;
  const booking = createBookingService({ stores, calendar, outbox: createOutbox({ stores, clock }), clock, links: { tabUrl: 'http://localhost:53000' } });
  return { stores, planner: createSeriesPlanner({ stores, calendar, clock, booking }) };
}

const lindasTeam = async (stores: Awaited<ReturnType<typeof setUp>>['stores']) => (await stores.people.listReports(tenantId, linda.id)).items.map((p) => p.id);

describe('planning a round of conversations for one manager at once', () => {
  it('proposes one time per employee, on different days, within the period and two weeks ahead', async () => {
    const { stores, planner } = await setUp();
    const team = await lindasTeam(stores);
    const { proposals } = await planner.proposeSeries({ tenantId, managerId: linda.id, employeeIds: team, window: WINDOW });

    expect(proposals.map((p) => p.employeeId)).toEqual(team);
    const slots = proposals.flatMap((p) => (p.ok ? [p.slot] : []));
    expect(slots).toHaveLength(team.length);
    expect(new Set(slots.map((s) => s.date)).size).toBe(slots.length);
    for (const s of slots) {
      expect(s.date >= WINDOW.from && s.date <= WINDOW.to).toBe(true);
      expect(Date.parse(s.start)).toBeGreaterThanOrEqual(NOW.getTime() + 14 * 86_400_000);
    }
  });

  it('refuses someone who is not the manager\'s report, without a name', async () => {
    const { stores, planner } = await setUp();
    const { proposals } = await planner.proposeSeries({ tenantId, managerId: linda.id, employeeIds: [ahmed.id, ...(await lindasTeam(stores))], window: WINDOW });
    expect(proposals[0]).toEqual({ employeeId: ahmed.id, ok: false, reason: 'not-your-report' });
  });

  it('skips the days the employee is out of office', async () => {
    const { stores, planner } = await setUp();
    await stores.calendarEvents.create({ id: 'vakantie-sanne', tenantId, ownerId: sanne.id, subject: 'Vakantie', start: '2027-01-04T07:00:00.000Z', end: '2027-01-15T16:00:00.000Z', showAs: 'oof' });
    const { proposals } = await planner.proposeSeries({ tenantId, managerId: linda.id, employeeIds: [sanne.id], window: WINDOW });
    expect(proposals[0]).toMatchObject({ ok: true });
    expect(proposals[0]!.ok && proposals[0]!.slot.date >= '2027-01-18').toBe(true);
  });

  it('books all of them, once, even when confirmed twice', async () => {
    const { stores, planner } = await setUp();
    const { proposals } = await planner.proposeSeries({ tenantId, managerId: linda.id, employeeIds: await lindasTeam(stores), window: WINDOW });
    const bookings = proposals.flatMap((p) => (p.ok ? [{ employeeId: p.employeeId, start: p.slot.start, end: p.slot.end }] : []));

    const first = await planner.confirmSeries({ tenantId, managerId: linda.id, seriesId: 'ronde-2027', bookings });
    const again = await planner.confirmSeries({ tenantId, managerId: linda.id, seriesId: 'ronde-2027', bookings });

    expect(first.map((r) => r.ok && r.created)).toEqual(bookings.map(() => true));
    expect(again.map((r) => r.ok && r.created)).toEqual(bookings.map(() => false));
    expect(again.map((r) => r.ok && r.conversation.conversation.id)).toEqual(first.map((r) => r.ok && r.conversation.conversation.id));
    expect((await stores.conversations.listForManager(tenantId, linda.id)).items.filter((c) => c.status === 'gepland')).toHaveLength(bookings.length);
  });

  it('says who is already planned in the period next time', async () => {
    const { stores, planner } = await setUp();
    const team = await lindasTeam(stores);
    const { proposals } = await planner.proposeSeries({ tenantId, managerId: linda.id, employeeIds: team, window: WINDOW });
    const first = proposals.find((p) => p.ok)!;
    if (!first.ok) throw new Error('no slot');
    await planner.confirmSeries({ tenantId, managerId: linda.id, seriesId: 'ronde-2027', bookings: [{ employeeId: first.employeeId, start: first.slot.start, end: first.slot.end }] });

    const later = await planner.proposeSeries({ tenantId, managerId: linda.id, employeeIds: team, window: WINDOW });
    expect(later.proposals.find((p) => p.employeeId === first.employeeId)).toMatchObject({ ok: false, reason: 'already-planned' });
  });

  it('keeps the bookings that worked when one fails, and reports each', async () => {
    let calls = 0;
    const { stores, planner } = await setUp({
      calendar: (real) => ({
        ...real,
        createMeeting: async (tenant, input) => {
          calls += 1;
          if (calls === 2) throw new BookingError('slot-unavailable');
          return real.createMeeting(tenant, input);
        },
      }),
    });
    const { proposals } = await planner.proposeSeries({ tenantId, managerId: linda.id, employeeIds: await lindasTeam(stores), window: WINDOW });
    const bookings = proposals.flatMap((p) => (p.ok ? [{ employeeId: p.employeeId, start: p.slot.start, end: p.slot.end, location: 'Kantoor Utrecht' }] : []));

    const results = await planner.confirmSeries({ tenantId, managerId: linda.id, seriesId: 'ronde-2027', bookings });

    expect(results.map((r) => (r.ok ? 'geboekt' : r.error))).toEqual(['geboekt', 'slot-unavailable', 'geboekt']);
    expect(results[0]!.ok && results[0]!.conversation.conversation.location).toBe('Kantoor Utrecht');
  });

  it('refuses a slot for someone else\'s employee, and books the rest', async () => {
    const { stores, planner } = await setUp();
    const { proposals } = await planner.proposeSeries({ tenantId, managerId: linda.id, employeeIds: await lindasTeam(stores), window: WINDOW });
    const own = proposals.find((p) => p.ok)!;
    if (!own.ok) throw new Error('no slot');
    const results = await planner.confirmSeries({
      tenantId,
      managerId: linda.id,
      seriesId: 'ronde-2027',
      bookings: [
        { employeeId: ahmed.id, start: own.slot.start, end: own.slot.end },
        { employeeId: own.employeeId, start: own.slot.start, end: own.slot.end },
      ],
    });
    expect(results.map((r) => (r.ok ? 'geboekt' : r.error))).toEqual(['not-your-report', 'geboekt']);
  });
});
