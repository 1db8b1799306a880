import {
  addDays,
  daysBetween,
  isoWeekday,
  localDate,
  minutesOf,
  offsetMinutes,
  parseDate,
  formatDate,
  startOfLocalDay,
  timeOf,
  wallClock,
  zonedTimeToUtc,
} from './zonedTime';

const iso = (d: Date | number) => new Date(d).toISOString();

describe('wall-clock time in a time zone', () => {
  it('maps 08:00 in Amsterdam to 07:00Z in winter and 06:00Z in summer', () => {
    expect(iso(zonedTimeToUtc({ year: 2026, month: 1, day: 15 }, '08:00', 'Europe/Amsterdam'))).toBe('2026-01-15T07:00:00.000Z');
    expect(iso(zonedTimeToUtc({ year: 2026, month: 7, day: 15 }, '08:00', 'Europe/Amsterdam'))).toBe('2026-07-15T06:00:00.000Z');
  });

  it.each([
    // zone, the Sunday of the change, 01:30 and 08:00 local that day in UTC
    ['Europe/Amsterdam', '2026-03-29', '2026-03-29T00:30:00.000Z', '2026-03-29T06:00:00.000Z'],
    ['Europe/Brussels', '2026-03-29', '2026-03-29T00:30:00.000Z', '2026-03-29T06:00:00.000Z'],
    ['Europe/Amsterdam', '2026-10-25', '2026-10-24T23:30:00.000Z', '2026-10-25T07:00:00.000Z'],
    ['Europe/Brussels', '2026-10-25', '2026-10-24T23:30:00.000Z', '2026-10-25T07:00:00.000Z'],
    ['Europe/Amsterdam', '2027-03-28', '2027-03-28T00:30:00.000Z', '2027-03-28T06:00:00.000Z'],
    ['Europe/Brussels', '2027-03-28', '2027-03-28T00:30:00.000Z', '2027-03-28T06:00:00.000Z'],
    ['Europe/Amsterdam', '2027-10-31', '2027-10-30T23:30:00.000Z', '2027-10-31T07:00:00.000Z'],
    ['Europe/Brussels', '2027-10-31', '2027-10-30T23:30:00.000Z', '2027-10-31T07:00:00.000Z'],
  ])('in %s on %s uses the offset before the change at night and the one after it by morning', (zone, day, halfPastOne, eight) => {
    expect(iso(zonedTimeToUtc(parseDate(day), '01:30', zone))).toBe(halfPastOne);
    expect(iso(zonedTimeToUtc(parseDate(day), '08:00', zone))).toBe(eight);
  });

  it('moves a wall time skipped in spring an hour on, as calendars do', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST, so 02:30 does not exist; 03:30 CEST is 01:30Z.
    expect(iso(zonedTimeToUtc({ year: 2026, month: 3, day: 29 }, '02:30', 'Europe/Amsterdam'))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of the two 02:30s in autumn', () => {
    // 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens at 00:30Z and again at 01:30Z.
    expect(iso(zonedTimeToUtc({ year: 2026, month: 10, day: 25 }, '02:30', 'Europe/Brussels'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads offsets and wall clocks back', () => {
    expect(offsetMinutes(new Date('2026-01-01T12:00:00Z'), 'Europe/Amsterdam')).toBe(60);
    expect(offsetMinutes(Date.parse('2026-06-01T12:00:00Z'), 'Europe/Brussels')).toBe(120);
    expect(offsetMinutes(Date.parse('2026-03-29T00:59:59Z'), 'Europe/Amsterdam')).toBe(60);
    expect(offsetMinutes(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Amsterdam')).toBe(120);
    expect(wallClock(new Date('2026-12-31T23:30:00Z'), 'Europe/Brussels')).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0 });
    expect(localDate(Date.parse('2026-06-01T22:30:00Z'), 'Europe/Amsterdam')).toEqual({ year: 2026, month: 6, day: 2 });
  });

  it('starts a local day at local midnight, also on the short and the long day', () => {
    expect(iso(startOfLocalDay({ year: 2026, month: 3, day: 29 }, 'Europe/Amsterdam'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(startOfLocalDay({ year: 2026, month: 3, day: 30 }, 'Europe/Amsterdam'))).toBe('2026-03-29T22:00:00.000Z');
    expect(iso(startOfLocalDay({ year: 2026, month: 10, day: 26 }, 'Europe/Amsterdam'))).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('the cached offsets', () => {
  /** What Intl itself says, field by field. */
  const intl = (ms: number, timeZone: string) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    }).formatToParts(ms);
    const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
  };

  it.each([
    ['Europe/Amsterdam', '2026-03-28T20:00:00Z'],
    ['Europe/Brussels', '2026-10-24T20:00:00Z'],
    ['Europe/Amsterdam', '2027-10-30T20:00:00Z'],
    // Liberia kept −00:44:30 until 7 January 1972: an offset in seconds, changing mid-hour.
    ['Africa/Monrovia', '1972-01-06T18:00:00Z'],
  ])('agree with Intl to the second through the night of a change in %s from %s', (zone, from) => {
    const start = Date.parse(from);
    // Every 7 min 13.5 s for 12 hours hits all sides of the change, also mid-second.
    for (let ms = start; ms < start + 12 * 3_600_000; ms += 433_500) expect(wallClock(ms, zone)).toEqual(intl(ms, zone));
  });
});

describe('civil dates', () => {
  it('counts days across month and year ends and knows the ISO weekday', () => {
    expect(addDays({ year: 2026, month: 12, day: 30 }, 3)).toEqual({ year: 2027, month: 1, day: 2 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(daysBetween({ year: 2026, month: 3, day: 27 }, { year: 2026, month: 3, day: 30 })).toBe(3);
    expect(daysBetween({ year: 2026, month: 3, day: 30 }, { year: 2026, month: 3, day: 27 })).toBe(-3);
    expect(isoWeekday({ year: 2026, month: 3, day: 29 })).toBe(7);
    expect(isoWeekday({ year: 2026, month: 3, day: 30 })).toBe(1);
  });

  it('reads and writes dates and times of day', () => {
    expect(formatDate(parseDate('2027-01-05'))).toBe('2027-01-05');
    expect(() => parseDate('5-1-2027')).toThrow(RangeError);
    expect(minutesOf('12:30')).toBe(750);
    expect(timeOf(750)).toBe('12:30');
    expect(() => minutesOf('12u30')).toThrow(RangeError);
  });
});
