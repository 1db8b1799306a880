import { BookingError, type BookingService } from '@koers/domain';
import { createLocalCalendar } from '../local/localCalendar';
import { createOutbox } from '../outbox/outbox';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { outboxNotices } from '../testing/outboxNotices';
import { createBookingService } from './bookingService';

const NOW = new Date('2026-12-01T09:00:00.000Z');
const { linda, sanne, kees } = SAMPLE_PEOPLE;
const tenantId = HENDRIKS_TENANT_ID;

async function setUp() {
  const stores = createMemoryStores();
  await seedSampleData(stores, NOW);
  const clock = { now: () => NOW };
  const service: BookingService = createBookingService({
    stores,
    calendar: createLocalCalendar({ stores, tabUrl: 'http://localhost:53000' }),
    outbox: createOutbox({ stores, clock }),
    clock,
    links: { tabUrl: 'http://localhost:53000' },
  });
  return { stores, service };
}

/** A free hour of both, the way a manager would pick one by hand: the first proposal's time. */
async function freeHour(service: BookingService) {
  const slot = (await service.proposals(linda, { employeeId: sanne.id })).slots[0];
  if (!slot) throw new Error('no free time');
  return { start: slot.start, end: slot.end };
}

describe('the manager picks any time, online or in person', () => {
  it('books in person at a place: no Teams link, the place in both calendars and on the conversation', async () => {
    const { stores, service } = await setUp();
    const time = await freeHour(service);
    const view = await service.book(linda, { employeeId: sanne.id, ...time, requestId: globalThis.crypto.randomUUID(), location: 'Kamer 2.14, Utrecht' });

    expect(view.conversation.location).toBe('Kamer 2.14, Utrecht');
    expect(view.conversation.meeting?.joinUrl).toBeUndefined();
    const events = await stores.calendarEvents.listBetween(tenantId, sanne.id, time.start, time.end);
    expect(events.find((e) => e.id === view.conversation.meeting?.eventId)?.location).toBe('Kamer 2.14, Utrecht');
  });

  it('says why a picked time is not free, naming whose calendar is in the way', async () => {
    const { stores, service } = await setUp();
    const time = await freeHour(service);
    await stores.calendarEvents.create({ id: 'tandarts', tenantId, ownerId: sanne.id, subject: 'Tandarts', start: time.start, end: time.end, showAs: 'busy' });
    expect(await service.checkTime(linda, { employeeId: sanne.id, ...time })).toEqual({ ok: false, problem: 'busy', party: 'employee', overridable: false });
  });

  it('says a day the employee is away is out, even when only the morning is', async () => {
    const { stores, service } = await setUp();
    const time = await freeHour(service);
    const day = time.start.slice(0, 10);
    await stores.calendarEvents.create({ id: 'vrij', tenantId, ownerId: sanne.id, subject: 'Vrij', start: `${day}T05:00:00.000Z`, end: `${day}T06:30:00.000Z`, showAs: 'oof' });
    expect(await service.checkTime(linda, { employeeId: sanne.id, ...time })).toMatchObject({ ok: false, problem: 'out-of-office', party: 'employee' });
  });

  it('refuses a time within two weeks unless the manager confirms it', async () => {
    const { service } = await setUp();
    // The first hour next week in which both are free: sooner than two weeks, nothing else against it.
    let soon: { start: string; end: string } | undefined;
    for (let hour = Date.parse('2026-12-07T08:00:00.000Z'); !soon && hour < Date.parse('2026-12-12T00:00:00.000Z'); hour += 3_600_000) {
      const time = { start: new Date(hour).toISOString(), end: new Date(hour + 3_600_000).toISOString() };
      const verdict = await service.checkTime(linda, { employeeId: kees.id, ...time });
      if (!verdict.ok && verdict.problem === 'short-notice') soon = time;
    }
    if (!soon) throw new Error('no free hour next week');
    expect(await service.checkTime(linda, { employeeId: kees.id, ...soon })).toEqual({ ok: false, problem: 'short-notice', overridable: true });
    await expect(service.book(linda, { employeeId: kees.id, ...soon, requestId: globalThis.crypto.randomUUID() })).rejects.toEqual(new BookingError('slot-short-notice'));
    const booked = await service.book(linda, { employeeId: kees.id, ...soon, requestId: globalThis.crypto.randomUUID(), shortNotice: true });
    expect(booked.conversation.status).toBe('gepland');
  });

  it("checks only for the manager's own reports", async () => {
    const { service } = await setUp();
    await expect(service.checkTime(sanne, { employeeId: kees.id, start: '2026-12-16T09:00:00.000Z', end: '2026-12-16T10:00:00.000Z' })).rejects.toEqual(new BookingError('not-your-report'));
  });
});

describe('an employee asks for a conversation', () => {
  it('sends the manager the proposals with the note and the wished period, once a day', async () => {
    const { stores, service } = await setUp();
    const wish = { from: '2027-01-04', to: '2027-01-29' };
    const { manager } = await service.request(sanne, { note: 'Over mijn volgende stap', wish });
    await service.request(sanne, { note: 'Over mijn volgende stap', wish });

    expect(manager.id).toBe(linda.id);
    const told = await outboxNotices(stores, tenantId, `${sanne.id}|2026-12-01`, NOW);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ recipientId: linda.id, notice: { event: 'conversation-requested', note: 'Over mijn volgende stap', wish } });
  });

  it('shows the employee their request as waiting until a conversation is booked', async () => {
    const { service } = await setUp();
    expect(await service.openRequest(sanne)).toBeUndefined();
    await service.request(sanne, {});
    const open = await service.openRequest(sanne);
    expect(open?.at).toBe(NOW.toISOString());
    expect(open?.manager.id).toBe(linda.id);

    const time = await freeHour(service);
    await service.book(linda, { employeeId: sanne.id, ...time, requestId: globalThis.crypto.randomUUID() });
    expect(await service.openRequest(sanne)).toBeUndefined();
  });
});
