import { BookingError, ConcurrencyError, NotFoundError, type BookingService, type CalendarPort, type Person } from '@koers/domain';
import { createLocalCalendar } from '../local/localCalendar';
import { createOutbox } from '../outbox/outbox';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { noticesAbout } from '../testing/outboxNotices';
import { createBookingService } from './bookingService';

const randomUUID = () => globalThis.crypto.randomUUID();

const NOW = new Date('2026-12-01T09:00:00.000Z');
const { jeroen, linda, ahmed, noor, sanne, an, fatima } = SAMPLE_PEOPLE;

const stores = createMemoryStores();

/** The use case with the real outbox; no dispatcher runs here, so what it told waits in the due index. */
function setUp(options: { calendar?: (real: CalendarPort) => CalendarPort; now?: Date } = {}) {
  const clock = { now: () => options.now ?? NOW };
  const real = createLocalCalendar({ stores, tabUrl: 'http://localhost:53000' });
  const service: BookingService = createBookingService({
    stores,
    calendar: options.calendar ? options.calendar(real) : real,
    outbox: createOutbox({ stores, clock }),
    clock,
    links: { tabUrl: 'http://localhost:53000' },
  });
  return { service };
}

/** What the outbox holds about one conversation, oldest first. */
const told = (conversationId: string) => noticesAbout(stores, HENDRIKS_TENANT_ID, conversationId, NOW);

async function firstSlot(service: BookingService, manager: Person, employee: Person) {
  const proposals = await service.proposals(manager, { employeeId: employee.id });
  const slot = proposals.slots[0];
  if (!slot) throw new Error('no slot proposed');
  return slot;
}

async function meetingsOf(person: Person, from: string, to: string) {
  const events = await stores.calendarEvents.listBetween(HENDRIKS_TENANT_ID, person.id, from, to);
  return events.filter((event) => event.id.startsWith('koers-'));
}

beforeAll(async () => {
  await seedSampleData(stores, NOW);
});

describe('proposing times for a career conversation', () => {
  it('offers the manager three slots about two weeks out, free in both calendars and in working hours', async () => {
    const { service } = setUp();
    const proposals = await service.proposals(jeroen, { employeeId: ahmed.id });

    expect(proposals.employee.displayName).toBe('Ahmed Yilmaz');
    expect(proposals.slots).toHaveLength(3);
    expect(proposals.unreadableCalendars).toEqual([]);
    for (const slot of proposals.slots) {
      expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(NOW.getTime() + 14 * 86_400_000);
      expect(slot.startTime >= '08:00' && slot.endTime <= '17:00').toBe(true);
      for (const who of [jeroen, ahmed]) {
        const busy = await stores.calendarEvents.listBetween(HENDRIKS_TENANT_ID, who.id, slot.start, slot.end);
        expect(busy.filter((event) => event.showAs !== 'free')).toEqual([]);
      }
    }
  });

  it("never proposes a Friday for Noor, who works Monday to Thursday", async () => {
    const { service } = setUp();
    const proposals = await service.proposals(jeroen, { employeeId: noor.id });
    expect(proposals.slots.length).toBeGreaterThan(0);
    expect(proposals.slots.map((slot) => slot.weekday)).not.toContain(5);
  });

  /** Own stores where Ahmed has no mailbox (a frontline licence), and the use case over them. */
  async function withAhmedWithoutMailbox(wrap: (real: CalendarPort) => CalendarPort = (real) => real) {
    const own = createMemoryStores();
    await seedSampleData(own, NOW);
    const stored = await own.people.get(HENDRIKS_TENANT_ID, ahmed.id);
    if (!stored) throw new Error('Ahmed is not seeded');
    await own.people.replace({ ...stored.value, hasMailbox: false }, stored.etag);
    const clock = { now: () => NOW };
    const service = createBookingService({
      stores: own,
      calendar: wrap(createLocalCalendar({ stores: own, tabUrl: 'http://localhost:53000' })),
      outbox: createOutbox({ stores: own, clock }),
      clock,
      links: { tabUrl: 'http://localhost:53000' },
    });
    return { own, service };
  }

  it("books someone without a mailbox on the manager's calendar alone, without calling theirs unreadable", async () => {
    const asked: string[] = [];
    const { service } = await withAhmedWithoutMailbox((real) => ({ ...real, getBusy: async (tenantId, mailboxes, window) => {
      asked.push(...mailboxes.map((m) => m.personId));
      return real.getBusy(tenantId, mailboxes, window);
    } }));
    const proposals = await service.proposals(jeroen, { employeeId: ahmed.id });
    expect(proposals.slots.length).toBeGreaterThan(0);
    expect(proposals.unreadableCalendars).toEqual([]);
    expect(asked).toEqual([jeroen.id]);
  });

  it('books someone without a mailbox online and in person in the manager\'s calendar only, and tells them through Koers', async () => {
    const { own, service } = await withAhmedWithoutMailbox();
    const [online, inPerson] = (await service.proposals(jeroen, { employeeId: ahmed.id })).slots;
    if (!online || !inPerson) throw new Error('two slots expected');

    const bookedOnline = await service.book(jeroen, { employeeId: ahmed.id, start: online.start, end: online.end, requestId: randomUUID() });
    const bookedInPerson = await service.book(jeroen, { employeeId: ahmed.id, start: inPerson.start, end: inPerson.end, requestId: randomUUID(), location: 'Kantine, Utrecht' });

    const koersMeetings = async (who: Person) => (await own.calendarEvents.listBetween(HENDRIKS_TENANT_ID, who.id, online.start, '2027-03-01T00:00:00.000Z')).filter((e) => e.id.startsWith('koers-'));
    expect(bookedOnline.conversation.status).toBe('gepland');
    expect(bookedInPerson.conversation).toMatchObject({ status: 'gepland', location: 'Kantine, Utrecht' });
    expect(await koersMeetings(jeroen)).toHaveLength(2);
    expect(await koersMeetings(ahmed)).toEqual([]);
    for (const booked of [bookedOnline, bookedInPerson]) {
      expect(await noticesAbout(own, HENDRIKS_TENANT_ID, booked.conversation.id, NOW)).toEqual([{ event: 'booked', recipientId: ahmed.id, state: 'due' }]);
    }
  });

  it("proposes nothing during the organisation's collective closing period", async () => {
    const own = createMemoryStores();
    await seedSampleData(own, NOW);
    const org = await own.organisations.get(HENDRIKS_TENANT_ID);
    if (!org) throw new Error('no organisation');
    const closing = { from: '2026-12-14', to: '2027-01-08', name: 'Collectieve vakantie' };
    await own.organisations.replace({ ...org.value, holidaySettings: { country: 'NL', agreementDays: [], closingPeriods: [closing] } }, org.etag);
    const clock = { now: () => NOW };
    const service = createBookingService({
      stores: own,
      calendar: createLocalCalendar({ stores: own, tabUrl: 'http://localhost:53000' }),
      outbox: createOutbox({ stores: own, clock }),
      clock,
      links: { tabUrl: 'http://localhost:53000' },
    });

    const proposals = await service.proposals(jeroen, { employeeId: ahmed.id });
    expect(proposals.slots).toHaveLength(3);
    for (const slot of proposals.slots) expect(slot.start > '2027-01-09').toBe(true);
  });

  it('shifts the window for "andere tijden"', async () => {
    const { service } = setUp();
    const first = await service.proposals(jeroen, { employeeId: ahmed.id });
    const later = await service.proposals(jeroen, { employeeId: ahmed.id, after: first.next });
    expect(Date.parse(later.slots[0]!.start)).toBeGreaterThanOrEqual(Date.parse(first.next));
  });

  it("refuses a manager who is not the employee's manager, and hides other tenants' people", async () => {
    const { service } = setUp();
    await expect(service.proposals(jeroen, { employeeId: sanne.id })).rejects.toEqual(new BookingError('not-your-report'));
    await expect(service.proposals(fatima, { employeeId: ahmed.id })).rejects.toBeInstanceOf(BookingError);
    await expect(service.proposals(an, { employeeId: ahmed.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('booking a conversation', () => {
  it('books once, creates the meeting in both calendars and tells the employee', async () => {
    const { service } = setUp();
    const slot = await firstSlot(service, linda, sanne);
    const requestId = randomUUID();

    const booked = await service.book(linda, { employeeId: sanne.id, start: slot.start, end: slot.end, requestId });

    expect(booked.created).toBe(true);
    expect(booked.conversation).toMatchObject({ status: 'gepland', employeeId: sanne.id, managerId: linda.id, start: slot.start, end: slot.end });
    expect(booked.conversation.meeting?.eventId).toMatch(/^koers-/);
    expect(booked.canvasUrl).toBe(`http://localhost:53000/#/canvas/${booked.conversation.id}`);
    expect(await meetingsOf(linda, slot.start, slot.end)).toHaveLength(1);
    expect(await meetingsOf(sanne, slot.start, slot.end)).toHaveLength(1);
    expect(await told(booked.conversation.id)).toEqual([{ event: 'booked', recipientId: sanne.id, state: 'due' }]);

    // The slot is now taken: it is no longer proposed.
    const again = await service.proposals(linda, { employeeId: sanne.id });
    expect(again.slots.map((s) => s.start)).not.toContain(slot.start);
  });

  it('books once when the same request arrives twice, even at the same moment', async () => {
    const { service } = setUp();
    const slot = await firstSlot(service, jeroen, ahmed);
    const request = { employeeId: ahmed.id, start: slot.start, end: slot.end, requestId: randomUUID() };

    const [a, b] = await Promise.all([service.book(jeroen, request), service.book(jeroen, request)]);
    const c = await service.book(jeroen, request);

    expect(new Set([a.conversation.id, b.conversation.id, c.conversation.id]).size).toBe(1);
    expect(c.created).toBe(false);
    expect(await meetingsOf(ahmed, slot.start, slot.end)).toHaveLength(1);
    expect((await told(a.conversation.id)).filter((t) => t.event === 'booked')).toHaveLength(1);
    const page = await stores.conversations.listForEmployee(HENDRIKS_TENANT_ID, ahmed.id);
    expect(page.items.filter((conversation) => conversation.start === slot.start)).toHaveLength(1);
  });

  it('finishes a booking whose calendar call failed, when the request is retried', async () => {
    let failNext = true;
    const { service } = setUp({
      calendar: (real) => ({
        ...real,
        createMeeting: async (tenantId, input) => {
          if (failNext) {
            failNext = false;
            throw new Error('connection reset');
          }
          return real.createMeeting(tenantId, input);
        },
      }),
    });
    const slot = await firstSlot(service, jeroen, noor);
    const request = { employeeId: noor.id, start: slot.start, end: slot.end, requestId: randomUUID() };

    await expect(service.book(jeroen, request)).rejects.toThrow('connection reset');
    const retried = await service.book(jeroen, request);

    expect(retried.conversation.status).toBe('gepland');
    expect(await meetingsOf(noor, slot.start, slot.end)).toHaveLength(1);
  });

  it('refuses a slot that is no longer free, outside working hours, or in the past', async () => {
    const { service } = setUp();
    const slot = await firstSlot(service, linda, sanne);
    await service.book(linda, { employeeId: sanne.id, start: slot.start, end: slot.end, requestId: randomUUID() });

    await expect(service.book(linda, { employeeId: sanne.id, start: slot.start, end: slot.end, requestId: randomUUID() })).rejects.toEqual(
      new BookingError('slot-unavailable'),
    );
    await expect(
      service.book(linda, { employeeId: sanne.id, start: '2026-12-15T20:00:00.000Z', end: '2026-12-15T21:00:00.000Z', requestId: randomUUID() }),
    ).rejects.toEqual(new BookingError('slot-unavailable'));
    await expect(
      service.book(linda, { employeeId: sanne.id, start: '2026-11-30T09:00:00.000Z', end: '2026-11-30T10:00:00.000Z', requestId: randomUUID() }),
    ).rejects.toEqual(new BookingError('slot-too-soon'));
  });

  it('schedules the preparation nudge three working days before', async () => {
    const { service } = setUp();
    const slot = await firstSlot(service, jeroen, fatima);
    const booked = await service.book(jeroen, { employeeId: fatima.id, start: slot.start, end: slot.end, requestId: randomUUID() });
    const nudgeId = `prep-nudge|${booked.conversation.id}|${Date.parse(slot.start)}`;
    // Looked up through the due index like the dispatcher will: by day bucket.
    const days = Array.from({ length: 10 }, (_, i) => new Date(Date.parse(slot.start) - (i + 1) * 86_400_000).toISOString().slice(0, 10));
    const found = (await Promise.all(days.map((day) => stores.reminders.listDue(HENDRIKS_TENANT_ID, day, slot.start)))).flatMap((p) => p.items);
    const nudge = found.find((r) => r.id === nudgeId);
    expect(nudge).toMatchObject({ kind: 'prep-nudge', recipientId: fatima.id, state: 'due' });
    expect(Date.parse(nudge!.dueAt)).toBeLessThan(Date.parse(slot.start) - 3 * 86_400_000 + 86_400_000);
  });
});

describe('rescheduling and cancelling', () => {
  it('moves the meeting in both calendars and tells the employee; a stale etag changes nothing', async () => {
    const { service } = setUp();
    const proposals = await service.proposals(linda, { employeeId: sanne.id });
    const [first, second] = proposals.slots;
    const booked = await service.book(linda, { employeeId: sanne.id, start: first!.start, end: first!.end, requestId: randomUUID() });

    const moved = await service.reschedule(linda, booked.conversation.id, { start: second!.start, end: second!.end }, booked.etag);
    expect(moved.conversation.start).toBe(second!.start);
    expect(await meetingsOf(sanne, second!.start, second!.end)).toHaveLength(1);
    expect((await told(booked.conversation.id)).map((t) => t.event)).toEqual(['booked', 'rescheduled']);

    await expect(service.reschedule(linda, booked.conversation.id, { start: first!.start, end: first!.end }, booked.etag)).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    expect((await service.get(linda, booked.conversation.id)).conversation.start).toBe(second!.start);

    const cancelled = await service.cancel(linda, booked.conversation.id, { reason: 'Ziek' }, moved.etag);
    expect(cancelled.conversation).toMatchObject({ status: 'geannuleerd', cancelReason: 'Ziek' });
    const blocking = (await meetingsOf(sanne, second!.start, second!.end)).filter((e) => e.showAs !== 'free');
    expect(blocking).toEqual([]);
    // The test's clock stands still, so all three carry the same moment: compared as a set.
    expect((await told(booked.conversation.id)).map((t) => t.event).sort()).toEqual(['booked', 'cancelled', 'rescheduled']);
    await expect(service.cancel(linda, booked.conversation.id, {}, cancelled.etag)).rejects.toEqual(new BookingError('not-planned'));
  });

  it('lets only the manager who holds it move or cancel a conversation; the employee cannot', async () => {
    const { service } = setUp();
    const slot = await firstSlot(service, jeroen, ahmed);
    const booked = await service.book(jeroen, { employeeId: ahmed.id, start: slot.start, end: slot.end, requestId: randomUUID() });

    await expect(service.cancel(ahmed, booked.conversation.id, {})).rejects.toEqual(new BookingError('not-your-report'));
    await expect(service.cancel(linda, booked.conversation.id, {})).rejects.toBeInstanceOf(NotFoundError);
    await expect(service.get(fatima, booked.conversation.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('marking a conversation held ("Gesprek afronden")', () => {
  const blocking = async (who: Person, slot: { start: string; end: string }) => (await meetingsOf(who, slot.start, slot.end)).filter((e) => e.showAs !== 'free');

  it('cancels the meeting in both calendars when it is held before its planned time, and tells nobody twice', async () => {
    const { service } = setUp();
    const slot = await firstSlot(service, jeroen, ahmed);
    const booked = await service.book(jeroen, { employeeId: ahmed.id, start: slot.start, end: slot.end, requestId: randomUUID() });

    const held = await service.complete(ahmed, booked.conversation.id, booked.etag);

    expect(held.conversation).toMatchObject({ status: 'gehouden', completedBy: ahmed.id });
    expect(await blocking(jeroen, slot)).toEqual([]);
    expect(await blocking(ahmed, slot)).toEqual([]);
    const [organizerCopy] = await meetingsOf(jeroen, slot.start, slot.end);
    expect(organizerCopy?.subject).toMatch(/^Geannuleerd: /);
    // Outlook's cancellation tells Ahmed; the bot's "geannuleerd" notice would say the wrong thing.
    expect((await told(booked.conversation.id)).map((t) => t.event)).toEqual(['booked']);
    // Said again by Jeroen: held, and nothing more happens to the calendars.
    expect((await service.complete(jeroen, booked.conversation.id, held.etag)).etag).toBe(held.etag);
  });

  it('leaves the meeting alone once it has started', async () => {
    const { service } = setUp();
    const slot = await firstSlot(service, linda, sanne);
    const booked = await service.book(linda, { employeeId: sanne.id, start: slot.start, end: slot.end, requestId: randomUUID() });

    const during = setUp({ now: new Date(Date.parse(slot.start) + 40 * 60_000) });
    const held = await during.service.complete(linda, booked.conversation.id, booked.etag);

    expect(held.conversation.status).toBe('gehouden');
    expect(await blocking(linda, slot)).toHaveLength(1);
    expect(await blocking(sanne, slot)).toHaveLength(1);
  });

  it('changes nothing when the calendar cannot cancel the early meeting, so it can be tried again', async () => {
    const failing = setUp({ calendar: (real) => ({ ...real, cancelMeeting: async () => Promise.reject(new Error('Graph 503')) }) });
    const slot = await firstSlot(failing.service, jeroen, ahmed);
    const booked = await failing.service.book(jeroen, { employeeId: ahmed.id, start: slot.start, end: slot.end, requestId: randomUUID() });

    await expect(failing.service.complete(ahmed, booked.conversation.id, booked.etag)).rejects.toThrow('Graph 503');
    const after = await failing.service.get(ahmed, booked.conversation.id);
    expect(after.conversation.status).toBe('gepland');
    expect(await blocking(ahmed, slot)).toHaveLength(1);

    const retried = await setUp().service.complete(ahmed, booked.conversation.id, after.etag);
    expect(retried.conversation.status).toBe('gehouden');
    expect(await blocking(ahmed, slot)).toEqual([]);
  });
});
