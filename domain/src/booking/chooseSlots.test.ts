import { ZodError } from 'zod';
import { chooseSlots } from './chooseSlots';
import type { SlotChoice, SlotRequestInput } from './schema';
import { CEST, CET, NOW, busy, datesFrom, jeroen, local, noor, request, sanne } from './testKit';

/** The proposals as "yyyy-mm-dd HH:mm-HH:mm" in the organisation's zone, best first. */
function proposals(input: SlotRequestInput): string[] {
  return chooseSlots(input).slots.map(local);
}

function ok(choice: SlotChoice): Extract<SlotChoice, { ok: true }> {
  if (!choice.ok) throw new Error(`expected slots, got ${choice.reason}`);
  return choice;
}

/** Whole working days busy, 08:00-17:00 local, on every date of the range. */
const allDay = (first: string, last: string, offset = CEST) => busy(`${first}..${last} 08:00-17:00`, offset);

describe('choosing slots for a career conversation', () => {
  it('proposes three slots on three different days from the lead-time day on', () => {
    const choice = ok(chooseSlots(request()));
    expect(choice.slots.map(local)).toEqual(['2026-06-01 09:00-10:00', '2026-06-02 08:00-09:00', '2026-06-03 08:00-09:00']);
    expect(choice.slots[0]).toMatchObject({ start: '2026-06-01T07:00:00.000Z', end: '2026-06-01T08:00:00.000Z', weekday: 1, penalties: [] });
    expect(choice.widened).toBe(false);
    expect(choice.window).toEqual({ from: '2026-05-31T22:00:00.000Z', to: '2026-06-07T22:00:00.000Z', days: 7 });
  });

  it('starts no slot before now plus the lead time', () => {
    // Tuesday 19 May 15:15 local + 14 days = Tuesday 2 June 15:15; the next :00/:30 is 15:30.
    const now = '2026-05-19T13:15:00Z';
    const choice = ok(chooseSlots(request({ now })));
    expect(choice.slots.map(local)).toEqual(['2026-06-02 15:30-16:30', '2026-06-03 08:00-09:00', '2026-06-04 08:00-09:00']);
    const leadTimeEnds = Date.parse(now) + 14 * 86_400_000;
    for (const slot of choice.slots) expect(Date.parse(slot.start)).toBeGreaterThanOrEqual(leadTimeEnds);
    expect(proposals(request({ now, leadTimeDays: 21 }))[0]).toBe('2026-06-09 15:30-16:30');
  });

  it('starts slots on :00 and :30, or on the step asked for', () => {
    const choice = chooseSlots(request({ parties: [jeroen(busy('ma 2026-06-01 08:00-09:50')), sanne()], preferences: { bufferMinutes: 0 } }));
    expect(choice.slots.map(local)[0]).toBe('2026-06-01 10:00-11:00');
    const quarter = chooseSlots(request({ parties: [jeroen(busy('ma 2026-06-01 08:00-09:50')), sanne()], preferences: { bufferMinutes: 0, stepMinutes: 15 } }));
    expect(quarter.slots.map(local)[0]).toBe('2026-06-01 10:00-11:00');
    const five = chooseSlots(request({ parties: [jeroen(busy('ma 2026-06-01 08:00-09:50')), sanne()], preferences: { bufferMinutes: 0, stepMinutes: 5 } }));
    expect(five.slots.map(local)[0]).toBe('2026-06-01 09:50-10:50');
  });

  it('books no slot inside the lunch break', () => {
    // Both free only 11:30-13:30 every weekday: the hour that fits around lunch is 12:30-13:30.
    const mornings = busy('2026-06-01..2026-06-05 08:00-11:30');
    const afternoons = busy('2026-06-01..2026-06-05 13:30-17:00');
    const input = request({ parties: [jeroen(mornings), sanne(afternoons)], preferences: { bufferMinutes: 0 } });
    const slots = chooseSlots(input).slots;
    expect(slots.map(local)).toEqual(['2026-06-01 12:30-13:30', '2026-06-02 12:30-13:30', '2026-06-03 12:30-13:30']);
    // The lunch break is a preference that can be switched off, and then 11:30 fits.
    expect(proposals({ ...input, preferences: { bufferMinutes: 0, avoidLunch: false } })[0]).toBe('2026-06-01 11:30-12:30');
  });

  it("respects both calendars' busy blocks and the buffer around them", () => {
    // Only Thursday 4 June is open. Jeroen is out until 10:00 and from 14:00; Sanne has 10:30-11:00.
    const jeroenBusy = busy(`
      2026-06-01..2026-06-03 08:00-17:00
      vr 2026-06-05 08:00-17:00
      do 2026-06-04 08:00-10:00
      do 2026-06-04 14:00-17:00
    `);
    const sanneBusy = busy('do 2026-06-04 10:30-11:00');
    const oneWeek = { windowDays: 7, maxWindowDays: 7 };
    // With 15 minutes of air: free 11:15-12:00 (too short) and 12:30-13:45.
    const buffered = ok(chooseSlots(request({ parties: [jeroen(jeroenBusy), sanne(sanneBusy)], preferences: oneWeek })));
    expect(buffered.slots.map(local)).toEqual(['2026-06-04 12:30-13:30']);
    // Without a buffer 11:00 fits too; 13:00 would overlap the 12:30 proposal, so it is left out.
    const tight = chooseSlots(request({ parties: [jeroen(jeroenBusy), sanne(sanneBusy)], preferences: { ...oneWeek, bufferMinutes: 0 } }));
    expect(tight.slots.map(local)).toEqual(['2026-06-04 11:00-12:00', '2026-06-04 12:30-13:30']);
  });

  it('treats time shown as free or working elsewhere as available, and tentative or out of office as busy', () => {
    const soft = busy(`
      2026-06-01..2026-06-03 08:00-17:00 free
      2026-06-01..2026-06-03 08:00-17:00 workingElsewhere
    `);
    expect(proposals(request({ parties: [jeroen(soft), sanne()] }))[0]).toBe('2026-06-01 09:00-10:00');
    const hard = busy(`
      2026-06-01 08:00-17:00 tentative
      2026-06-02 08:00-17:00 oof
    `);
    expect(proposals(request({ parties: [jeroen(), sanne(hard)] }))[0]).toBe('2026-06-03 08:00-09:00');
  });

  it('never proposes a holiday or a weekend', () => {
    const holidays = ['2026-06-02', '2026-06-03'];
    const choice = ok(chooseSlots(request({ holidays, count: 10, preferences: { windowDays: 14, maxWindowDays: 14 } })));
    expect(choice.slots).toHaveLength(10);
    for (const slot of choice.slots) {
      expect(holidays).not.toContain(slot.date);
      expect(slot.weekday).toBeLessThanOrEqual(5);
    }
    expect(new Set(choice.slots.map((s) => s.date))).toEqual(
      new Set(['2026-06-01', '2026-06-04', '2026-06-05', '2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12']),
    );
  });

  it('never gives Noor, who works Monday to Thursday, a Friday', () => {
    const many = ok(chooseSlots(request({ parties: [jeroen(), noor()], count: 10, preferences: { windowDays: 14, maxWindowDays: 14 } })));
    expect(many.slots).toHaveLength(10);
    expect(many.slots.map((s) => s.weekday)).not.toContain(5);
    // Even when her whole first week is full and Jeroen's Friday is empty, the search moves on instead.
    const full = ok(chooseSlots(request({ parties: [jeroen(), noor(allDay('2026-06-01', '2026-06-04'))] })));
    expect(full.slots.map(local)).toEqual(['2026-06-08 09:00-10:00', '2026-06-09 08:00-09:00', '2026-06-10 08:00-09:00']);
    expect(full.widened).toBe(true);
  });

  it('finds time for two people in different zones, each within their own working hours', () => {
    // An in Gent works afternoons only; Jeroen in Eindhoven works full days; the organisation is Dutch.
    const an = { timeZone: 'Europe/Brussels' as const, workingHours: { days: [1, 2, 3, 4, 5], start: '13:00', end: '17:00' }, busy: [] };
    const choice = ok(chooseSlots(request({ parties: [an, jeroen()], timeZone: 'Europe/Amsterdam' })));
    expect(choice.slots.map(local)).toEqual(['2026-06-01 13:00-14:00', '2026-06-02 13:00-14:00', '2026-06-03 13:00-14:00']);
    expect(choice.slots[0]!.start).toBe('2026-06-01T11:00:00.000Z');
  });

  it('spreads proposals over morning and afternoon when only one day is free', () => {
    const otherDays = busy(`
      2026-06-01..2026-06-02 08:00-17:00
      2026-06-04..2026-06-05 08:00-17:00
    `);
    const slots = proposals(request({ parties: [jeroen(otherDays), sanne()], preferences: { maxWindowDays: 7 } }));
    expect(slots).toEqual(['2026-06-03 08:00-09:00', '2026-06-03 12:30-13:30', '2026-06-03 09:00-10:00']);
  });

  describe('soft preferences', () => {
    // Free only on Monday 08:00-09:00, Wednesday 10:00-11:00 and Friday 14:00-15:00.
    const gaps = busy(`
      ma 2026-06-01 09:00-17:00
      di 2026-06-02 08:00-17:00
      wo 2026-06-03 08:00-10:00
      wo 2026-06-03 11:00-17:00
      do 2026-06-04 08:00-17:00
      vr 2026-06-05 08:00-14:00
      vr 2026-06-05 15:00-17:00
    `);
    const oneWeek = { bufferMinutes: 0, maxWindowDays: 7 };

    it('ranks Monday before 09:00 and Friday afternoon last, but still uses them when nothing else exists', () => {
      const choice = ok(chooseSlots(request({ parties: [jeroen(gaps), sanne()], preferences: oneWeek })));
      expect(choice.slots.map(local)).toEqual(['2026-06-03 10:00-11:00', '2026-06-01 08:00-09:00', '2026-06-05 14:00-15:00']);
      expect(choice.slots.map((s) => s.penalties)).toEqual([[], ['monday-early'], ['friday-afternoon']]);
    });

    it('prefers a clean day later in the window over a Monday-early slot on the first day', () => {
      expect(proposals(request({ parties: [jeroen(gaps), sanne()], count: 1, preferences: oneWeek }))).toEqual(['2026-06-03 10:00-11:00']);
    });

    it('marks a Friday slot that runs past noon, and not one that ends at noon', () => {
      const fridayOnly = busy('2026-06-01..2026-06-04 08:00-17:00');
      const choice = ok(chooseSlots(request({ parties: [jeroen(fridayOnly), sanne()], count: 5, preferences: oneWeek })));
      const friday = Object.fromEntries(choice.slots.map((s) => [s.startTime, s.penalties]));
      expect(friday['11:00']).toEqual([]);
      expect(friday['12:30']).toEqual(['friday-afternoon']);
    });

    it('can be switched off', () => {
      const input = request({ parties: [jeroen(gaps), sanne()], preferences: { ...oneWeek, avoidMondayBefore: null, avoidFridayAfter: null } });
      expect(proposals(input)).toEqual(['2026-06-01 08:00-09:00', '2026-06-03 10:00-11:00', '2026-06-05 14:00-15:00']);
    });
  });

  describe('when the first window is full', () => {
    it('widens the window a week at a time and says so', () => {
      const choice = ok(chooseSlots(request({ parties: [jeroen(allDay('2026-06-01', '2026-06-05')), sanne()] })));
      expect(choice.widened).toBe(true);
      expect(choice.window).toEqual({ from: '2026-05-31T22:00:00.000Z', to: '2026-06-14T22:00:00.000Z', days: 14 });
      expect(choice.slots.map(local)).toEqual(['2026-06-08 09:00-10:00', '2026-06-09 08:00-09:00', '2026-06-10 08:00-09:00']);
    });

    it('keeps the one free slot of the first window and fills up from the next', () => {
      const almost = busy(`
        2026-06-01..2026-06-04 08:00-17:00
        vr 2026-06-05 08:00-09:30
        vr 2026-06-05 10:30-17:00
      `);
      const choice = ok(chooseSlots(request({ parties: [jeroen(), sanne(almost)], preferences: { bufferMinutes: 0 } })));
      expect(choice.slots.map(local)).toEqual(['2026-06-05 09:30-10:30', '2026-06-08 09:00-10:00', '2026-06-09 08:00-09:00']);
      expect(choice.widened).toBe(true);
    });

    it("answers 'no-common-time' with an empty list when every day for six weeks is busy", () => {
      const sixWeeks = datesFrom('2026-06-01', '2026-07-12');
      const choice = chooseSlots(request({ parties: [jeroen(), sanne(allDay(sixWeeks[0]!, sixWeeks[sixWeeks.length - 1]!))] }));
      expect(choice).toEqual({
        ok: false,
        reason: 'no-common-time',
        slots: [],
        widened: true,
        window: { from: '2026-05-31T22:00:00.000Z', to: '2026-07-12T22:00:00.000Z', days: 42 },
        next: '2026-07-12T22:00:00.000Z',
      });
    });

    it('returns fewer slots rather than none when six weeks hold only a few', () => {
      const nearlyAll = busy(`
        2026-06-01..2026-07-09 08:00-17:00
        vr 2026-07-10 09:00-17:00
      `);
      const choice = ok(chooseSlots(request({ parties: [jeroen(), sanne(nearlyAll)], preferences: { bufferMinutes: 0 } })));
      expect(choice.slots.map(local)).toEqual(['2026-07-10 08:00-09:00']);
      expect(choice.window.days).toBe(42);
    });
  });

  describe('"andere tijden"', () => {
    it('shifts to later days with the next cursor, without repeating a proposal', () => {
      const first = ok(chooseSlots(request()));
      expect(first.next).toBe('2026-06-03T22:00:00.000Z');
      const second = ok(chooseSlots(request({ after: first.next })));
      expect(second.slots.map(local)).toEqual(['2026-06-04 08:00-09:00', '2026-06-05 08:00-09:00', '2026-06-08 09:00-10:00']);
      const third = ok(chooseSlots(request({ after: second.next })));
      expect(third.slots.map(local)).toEqual(['2026-06-09 08:00-09:00', '2026-06-10 08:00-09:00', '2026-06-11 08:00-09:00']);
    });

    it('never goes back before the lead time, whatever the cursor says', () => {
      expect(proposals(request({ after: '2026-05-20T00:00:00Z' }))).toEqual(proposals(request()));
    });
  });

  describe('daylight saving time', () => {
    // Both busy all day except 10:00-11:00 local on the Friday before and the Monday after each
    // change. The busy blocks are written with the offset of that day, and the expected UTC
    // instants by hand: 10:00 is 09:00Z in winter time and 08:00Z in summer time.
    const changes = [
      { sunday: '2026-03-29', friday: '2026-03-27', monday: '2026-03-30', before: CET, after: CEST, now: '2026-03-12T23:00:00Z', fridayTen: '2026-03-27T09:00:00.000Z', mondayTen: '2026-03-30T08:00:00.000Z' },
      { sunday: '2026-10-25', friday: '2026-10-23', monday: '2026-10-26', before: CEST, after: CET, now: '2026-10-08T22:00:00Z', fridayTen: '2026-10-23T08:00:00.000Z', mondayTen: '2026-10-26T09:00:00.000Z' },
      { sunday: '2027-03-28', friday: '2027-03-26', monday: '2027-03-29', before: CET, after: CEST, now: '2027-03-11T23:00:00Z', fridayTen: '2027-03-26T09:00:00.000Z', mondayTen: '2027-03-29T08:00:00.000Z' },
      { sunday: '2027-10-31', friday: '2027-10-29', monday: '2027-11-01', before: CEST, after: CET, now: '2027-10-14T22:00:00Z', fridayTen: '2027-10-29T08:00:00.000Z', mondayTen: '2027-11-01T09:00:00.000Z' },
    ];
    const cases = ['Europe/Amsterdam' as const, 'Europe/Brussels' as const].flatMap((timeZone) => changes.map((c) => ({ timeZone, ...c })));

    it.each(cases)('puts 10:00 local at the right instant either side of $sunday in $timeZone', (c) => {
      const blocks = [
        ...busy(`${c.friday} 08:00-10:00\n${c.friday} 11:00-17:00`, c.before),
        ...busy(`${c.monday} 08:00-10:00\n${c.monday} 11:00-17:00`, c.after),
      ];
      const person = { timeZone: c.timeZone, workingHours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }, busy: blocks };
      const choice = ok(
        chooseSlots({ now: c.now, parties: [person, { ...person, busy: [] }], preferences: { bufferMinutes: 0, windowDays: 4, maxWindowDays: 4 } }),
      );
      expect(choice.window.from).toBe(new Date(`${c.friday}T00:00:00${c.before}`).toISOString());
      expect(choice.slots.map((s) => [s.date, s.startTime, s.endTime, s.start])).toEqual([
        [c.friday, '10:00', '11:00', c.fridayTen],
        [c.monday, '10:00', '11:00', c.mondayTen],
      ]);
    });
  });

  describe('being a pure function', () => {
    const busyWeek = request({
      parties: [
        jeroen(busy('ma 2026-06-01 09:00-12:00\ndi 2026-06-02 08:00-10:00\nwo 2026-06-03 13:00-15:00 tentative')),
        sanne(busy('di 2026-06-02 14:00-16:00\ndo 2026-06-04 08:00-17:00 oof')),
      ],
    });

    it('gives the same answer for the same request, and leaves the request untouched', () => {
      const frozen = JSON.parse(JSON.stringify(busyWeek)) as SlotRequestInput;
      deepFreeze(frozen);
      expect(chooseSlots(frozen)).toEqual(chooseSlots(busyWeek));
      expect(frozen).toEqual(busyWeek);
    });

    it('does not depend on the order of the busy blocks', () => {
      const reversed = { ...busyWeek, parties: busyWeek.parties.map((p) => ({ ...p, busy: [...(p.busy ?? [])].reverse() })) };
      expect(chooseSlots(reversed)).toEqual(chooseSlots(busyWeek));
    });

    it("does not depend on the machine's time zone", () => {
      const original = process.env.TZ;
      const answers = ['UTC', 'Pacific/Chatham', 'America/St_Johns', 'Europe/Amsterdam'].map((tz) => {
        process.env.TZ = tz; // Node applies this at once to local-time Date methods
        return chooseSlots(busyWeek);
      });
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
      for (const answer of answers) expect(answer).toEqual(answers[0]);
      expect(answers[0]!.slots.map(local)).toEqual(['2026-06-01 12:30-13:30', '2026-06-02 10:30-11:30', '2026-06-03 08:00-09:00']);
    });
  });

  describe('validating the request', () => {
    it.each([
      ['a busy block that ends before it starts', { parties: [jeroen([{ start: '2026-06-01T10:00:00Z', end: '2026-06-01T09:00:00Z' }]), sanne()] }],
      ['a busy block of no length', { parties: [jeroen([{ start: '2026-06-01T10:00:00Z', end: '2026-06-01T10:00:00Z' }]), sanne()] }],
      ['a conversation of 5 minutes', { durationMinutes: 5 }],
      ['a conversation of a whole day', { durationMinutes: 480 }],
      ['working hours that end before they start', { parties: [{ ...jeroen(), workingHours: { days: [1], start: '17:00', end: '08:00' } }, sanne()] }],
      ['a lunch that ends before it starts', { parties: [{ ...jeroen(), workingHours: { days: [1], start: '08:00', end: '17:00', lunch: { start: '12:30', end: '12:00' } } }, sanne()] }],
      ['nobody to meet', { parties: [] }],
      ['zero proposals', { count: 0 }],
      ['a time zone Koers does not serve', { parties: [{ ...jeroen(), timeZone: 'America/New_York' }, sanne()] }],
      ['a date that is not a date', { holidays: ['2026-02-30'] }],
      ['a first window wider than the widest', { preferences: { windowDays: 14, maxWindowDays: 7 } }],
      ['a step that does not divide an hour', { preferences: { stepMinutes: 45 } }],
    ])('rejects %s', (_what, overrides) => {
      expect(() => chooseSlots(request(overrides as Partial<SlotRequestInput>))).toThrow(ZodError);
    });

    it('accepts a stored person with their busy times as a party, ignoring the other fields', () => {
      const person = { id: '0a000000-0000-4000-8000-000000000106', displayName: 'Sanne Bakker', locale: 'nl-NL', ...sanne() };
      expect(proposals({ now: NOW, parties: [jeroen(), person] })).toEqual(proposals(request()));
    });
  });
});

function deepFreeze(value: unknown): void {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
}
