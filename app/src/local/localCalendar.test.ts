import { bookingTransactionId, chooseSlots, NotFoundError, type CalendarPort, type MeetingParticipant } from '@koers/domain';
import { HENDRIKS_TENANT_ID, PEETERS_TENANT_ID, SAMPLE_ORGANISATIONS, SAMPLE_PEOPLE, sampleCalendarEvents, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { organisationHolidays } from '../organisation/holidays';
import { createLocalCalendar, localEventId, MailboxNotFoundError } from './localCalendar';

const TENANT = HENDRIKS_TENANT_ID;
/** A Monday: the seed writes eight weeks of calendar from here. */
const SEEDED_FROM = new Date('2026-11-30T06:00:00.000Z');
const jeroenPerson = SAMPLE_PEOPLE.jeroen;
const sannePerson = SAMPLE_PEOPLE.sanne;
const jeroen: MeetingParticipant = { personId: jeroenPerson.id, email: jeroenPerson.email, name: jeroenPerson.displayName };
const sanne: MeetingParticipant = { personId: sannePerson.id, email: sannePerson.email, name: sannePerson.displayName };
const parties = { organizer: jeroen, attendee: sanne };
const WEEK = { from: '2026-12-14T00:00:00.000Z', to: '2026-12-19T00:00:00.000Z' };

const stores = createMemoryStores();
let calendar: CalendarPort;
let conversation = 0;

/** A free hour for both, found through the port itself, so the test never books over seeded time. */
async function freeHourForBoth(): Promise<{ start: string; end: string }> {
  const schedules = await calendar.getBusy(TENANT, [jeroen, sanne], WEEK);
  const busy = schedules.flatMap((s) => (s.ok ? s.busy : []));
  for (let at = Date.parse('2026-12-14T08:00:00Z'); at < Date.parse(WEEK.to); at += 3_600_000) {
    const hour = new Date(at).getUTCHours();
    if (hour < 8 || hour > 14) continue;
    if (busy.every((b) => Date.parse(b.end) <= at || Date.parse(b.start) >= at + 3_600_000)) {
      return { start: new Date(at).toISOString(), end: new Date(at + 3_600_000).toISOString() };
    }
  }
  throw new Error('no common free hour in the seeded week');
}

function meetingInput(times: { start: string; end: string }, transactionId = bookingTransactionId(TENANT, `gesprek-${++conversation}`)) {
  return {
    organizer: jeroen,
    attendee: sanne,
    ...times,
    subject: 'Loopbaangesprek Sanne Bakker',
    bodyHtml: '<p>agenda</p>',
    transactionId,
    canvasUrl: `http://localhost:53000/#/canvas/gesprek-${conversation}`,
  };
}

function covers(schedule: { ok: boolean; busy?: { start: string; end: string; showAs: string }[] }, times: { start: string; end: string }) {
  return schedule.ok && (schedule.busy ?? []).some((b) => b.start === times.start && b.end === times.end && b.showAs === 'busy');
}

beforeAll(async () => {
  await seedSampleData(stores, SEEDED_FROM);
  calendar = createLocalCalendar({ stores });
});

describe('the local calendar over the seeded calendars', () => {
  it('names a booking exactly as before, so meetings in existing local data keep matching their retries', async () => {
    const transactionId = bookingTransactionId(TENANT, 'gesprek-1');
    expect(transactionId).toBe('210418a0-bf50-8b46-9b22-f0c4b7a7e1d7');

    expect(await localEventId(TENANT, jeroen.personId, transactionId)).toBe('koers-0d19230fab80e1f6916d63bf90c6a198');
  });

  it('reports the seeded events as busy time, in UTC, without the free ones, with the working hours', async () => {
    const [forJeroen, forSanne] = await calendar.getBusy(TENANT, [jeroen, sanne], WEEK);

    const expected = (person: typeof jeroenPerson) =>
      sampleCalendarEvents(person, SAMPLE_ORGANISATIONS.hendriks, SEEDED_FROM)
        .filter((e) => e.showAs !== 'free' && e.start < WEEK.to && e.end > WEEK.from)
        .map((e) => ({ start: e.start, end: e.end, showAs: e.showAs }));
    expect(forJeroen).toEqual({
      personId: jeroen.personId,
      ok: true,
      busy: expected(jeroenPerson),
      workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', timeZone: 'Europe/Amsterdam' },
    });
    expect(forSanne!.ok && forSanne!.busy).toEqual(expected(sannePerson));
    expect(expected(jeroenPerson).length).toBeGreaterThan(0);
  });

  it('reports an unknown person as a mailbox that was not found', async () => {
    const ghost = { personId: '0a000000-0000-4000-8000-000000000999', email: 'niemand@hendriks.example' };
    const [result] = await calendar.getBusy(TENANT, [ghost], WEEK);
    expect(result).toEqual({ personId: ghost.personId, ok: false, error: 'mailbox-not-found' });
  });

  it('books once for one transactionId, in both calendars, and shows it as busy for both', async () => {
    const times = await freeHourForBoth();
    const input = meetingInput(times);

    const first = await calendar.createMeeting(TENANT, input);
    const again = await calendar.createMeeting(TENANT, input);

    expect(again).toEqual(first);
    expect(first.eventId).toBe(await localEventId(TENANT, jeroen.personId, input.transactionId));
    expect(first.joinUrl).toBe(input.canvasUrl);
    for (const person of [jeroen, sanne]) {
      const stored = await stores.calendarEvents.listBetween(TENANT, person.personId, times.start, times.end);
      expect(stored.filter((e) => e.id === first.eventId)).toHaveLength(1);
    }
    const [forJeroen, forSanne] = await calendar.getBusy(TENANT, [jeroen, sanne], WEEK);
    expect(covers(forJeroen!, times)).toBe(true);
    expect(covers(forSanne!, times)).toBe(true);
  });

  it('refuses to invite someone without a mailbox, as Exchange bounces it, and books only the organizer when told', async () => {
    const own = createMemoryStores();
    await seedSampleData(own, SEEDED_FROM);
    const stored = await own.people.get(TENANT, sanne.personId);
    if (!stored) throw new Error('Sanne is not seeded');
    await own.people.replace({ ...stored.value, hasMailbox: false }, stored.etag);
    const frontline = createLocalCalendar({ stores: own, tabUrl: 'http://localhost:53000' });
    const times = await freeHourForBoth();

    await expect(frontline.createMeeting(TENANT, meetingInput(times))).rejects.toBeInstanceOf(MailboxNotFoundError);
    const booked = await frontline.createMeeting(TENANT, { ...meetingInput(times), attendee: { ...sanne, hasMailbox: false } });

    const meetingOf = async (person: MeetingParticipant) => (await own.calendarEvents.listBetween(TENANT, person.personId, times.start, times.end)).filter((e) => e.id.startsWith('koers-'));
    expect((await meetingOf(jeroen)).map((e) => e.id)).toEqual([booked.eventId]);
    expect(await meetingOf(sanne)).toEqual([]);
  });

  it('moves the meeting in both calendars', async () => {
    const times = await freeHourForBoth();
    const { eventId } = await calendar.createMeeting(TENANT, meetingInput(times));
    const later = { start: new Date(Date.parse(times.start) + 86_400_000).toISOString(), end: new Date(Date.parse(times.end) + 86_400_000).toISOString() };

    await calendar.updateMeeting(TENANT, parties, eventId, later);

    const [forJeroen, forSanne] = await calendar.getBusy(TENANT, [jeroen, sanne], WEEK);
    for (const schedule of [forJeroen!, forSanne!]) {
      expect(covers(schedule, later)).toBe(true);
      expect(covers(schedule, times)).toBe(false);
    }
  });

  it('frees the time on cancel, and a late retry of the create does not bring the meeting back', async () => {
    const times = await freeHourForBoth();
    const input = meetingInput(times);
    const { eventId } = await calendar.createMeeting(TENANT, input);

    await calendar.cancelMeeting(TENANT, parties, eventId, 'Ik ben ziek.');
    await calendar.cancelMeeting(TENANT, parties, eventId, 'Ik ben ziek.'); // twice is fine
    const retried = await calendar.createMeeting(TENANT, input);

    expect(retried.eventId).toBe(eventId);
    const [forJeroen, forSanne] = await calendar.getBusy(TENANT, [jeroen, sanne], WEEK);
    expect(covers(forJeroen!, times)).toBe(false);
    expect(covers(forSanne!, times)).toBe(false);
    const stored = await stores.calendarEvents.get(TENANT, sanne.personId, eventId);
    expect(stored?.value).toMatchObject({ showAs: 'free', subject: 'Geannuleerd: Loopbaangesprek Sanne Bakker' });
    await expect(calendar.updateMeeting(TENANT, parties, eventId, times)).rejects.toBeInstanceOf(NotFoundError);

    // Booking the conversation again is a new revision: a new key, a new meeting.
    const rebooked = await calendar.createMeeting(TENANT, { ...input, transactionId: bookingTransactionId(TENANT, `gesprek-${conversation}`, 2) });
    expect(rebooked.eventId).not.toBe(eventId);
    const [afterRebooking] = await calendar.getBusy(TENANT, [sanne], WEEK);
    expect(covers(afterRebooking!, times)).toBe(true);
  });

  it('feeds slot choice: a proposed slot, once booked, is busy for both and never proposed again', async () => {
    const org = SAMPLE_ORGANISATIONS.hendriks;
    const now = SEEDED_FROM.toISOString();
    const from = new Date(SEEDED_FROM.getTime() + org.leadTimeDays * 86_400_000).toISOString();
    const window = { from, to: new Date(Date.parse(from) + 43 * 86_400_000).toISOString() };
    const propose = async () => {
      const schedules = await calendar.getBusy(TENANT, [jeroen, sanne], window);
      const [j, s] = schedules.map((x) => (x.ok ? x.busy : []));
      return chooseSlots({
        now,
        parties: [{ ...jeroenPerson, busy: j }, { ...sannePerson, busy: s }],
        holidays: organisationHolidays(org, SEEDED_FROM),
        leadTimeDays: org.leadTimeDays,
        durationMinutes: org.conversationMinutes,
      });
    };

    const before = await propose();
    expect(before.ok).toBe(true);
    const slot = before.slots[0]!;
    await calendar.createMeeting(TENANT, meetingInput({ start: slot.start, end: slot.end }));

    const after = await propose();
    expect(after.slots.map((x) => x.start)).not.toContain(slot.start);
    expect(after.slots.every((x) => Date.parse(x.end) <= Date.parse(slot.start) || Date.parse(x.start) >= Date.parse(slot.end))).toBe(true);
  });

  it('answers NotFoundError for a meeting that does not exist or is not a Koers meeting', async () => {
    const times = await freeHourForBoth();
    const seeded = sampleCalendarEvents(jeroenPerson, SAMPLE_ORGANISATIONS.hendriks, SEEDED_FROM)[0]!;
    await expect(calendar.updateMeeting(TENANT, parties, 'koers-bestaatniet', times)).rejects.toBeInstanceOf(NotFoundError);
    await expect(calendar.cancelMeeting(TENANT, parties, seeded.id, 'weg')).rejects.toBeInstanceOf(NotFoundError);
    expect(await stores.calendarEvents.get(TENANT, jeroen.personId, seeded.id)).toMatchObject({ value: { showAs: seeded.showAs } });
  });

  it('keeps tenants apart: no busy time, no booking and no cancel across organisations', async () => {
    const times = await freeHourForBoth();
    const { eventId } = await calendar.createMeeting(TENANT, meetingInput(times));

    // Jeroen's id, asked in the Flemish organisation, is nobody there.
    const [elsewhere] = await calendar.getBusy(PEETERS_TENANT_ID, [jeroen], WEEK);
    expect(elsewhere).toEqual({ personId: jeroen.personId, ok: false, error: 'mailbox-not-found' });
    await expect(calendar.createMeeting(PEETERS_TENANT_ID, meetingInput(times))).rejects.toBeInstanceOf(NotFoundError);
    await expect(calendar.cancelMeeting(PEETERS_TENANT_ID, parties, eventId, 'weg')).rejects.toBeInstanceOf(NotFoundError);
    await expect(calendar.updateMeeting(PEETERS_TENANT_ID, parties, eventId, times)).rejects.toBeInstanceOf(NotFoundError);

    const [forSanne] = await calendar.getBusy(TENANT, [sanne], WEEK);
    expect(covers(forSanne!, times)).toBe(true);
    const an = SAMPLE_PEOPLE.an;
    const peeters = await stores.calendarEvents.listBetween(PEETERS_TENANT_ID, an.id, WEEK.from, WEEK.to);
    expect(peeters.some((e) => e.id.startsWith('koers-'))).toBe(false);
  });
});
