import { easterSunday, publicHolidays } from './holidays';
import { offsetMinutes, wallClock, zonedTimeToUtc } from './zonedTime';

describe('wall-clock time in a time zone', () => {
  it('maps 08:00 in Amsterdam to 07:00Z in winter and 06:00Z in summer', () => {
    expect(zonedTimeToUtc({ year: 2026, month: 1, day: 15 }, '08:00', 'Europe/Amsterdam').toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(zonedTimeToUtc({ year: 2026, month: 7, day: 15 }, '08:00', 'Europe/Amsterdam').toISOString()).toBe('2026-07-15T06:00:00.000Z');
  });

  it('gets the days of the DST changes right', () => {
    // 29 March 2026: clocks go 02:00 → 03:00. 25 October 2026: 03:00 → 02:00.
    expect(zonedTimeToUtc({ year: 2026, month: 3, day: 29 }, '01:30', 'Europe/Brussels').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedTimeToUtc({ year: 2026, month: 3, day: 29 }, '08:00', 'Europe/Brussels').toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(zonedTimeToUtc({ year: 2026, month: 10, day: 25 }, '08:00', 'Europe/Brussels').toISOString()).toBe('2026-10-25T07:00:00.000Z');
    // A wall time that does not exist moves on by an hour, as calendars do.
    expect(zonedTimeToUtc({ year: 2026, month: 3, day: 29 }, '02:30', 'Europe/Amsterdam').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('reads offsets and wall clocks back', () => {
    expect(offsetMinutes(new Date('2026-01-01T12:00:00Z'), 'Europe/Amsterdam')).toBe(60);
    expect(offsetMinutes(new Date('2026-06-01T12:00:00Z'), 'Europe/Amsterdam')).toBe(120);
    expect(wallClock(new Date('2026-12-31T23:30:00Z'), 'Europe/Brussels')).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0 });
  });
});

describe('public holidays', () => {
  it('computes Easter', () => {
    expect(easterSunday(2026)).toEqual({ year: 2026, month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ year: 2027, month: 3, day: 28 });
    expect(easterSunday(2030)).toEqual({ year: 2030, month: 4, day: 21 });
  });

  it('knows the Dutch and Belgian days off', () => {
    expect(publicHolidays('NL', 2026)).toEqual(['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']);
    expect(publicHolidays('NL', 2025)).toContain('2025-05-05'); // Bevrijdingsdag in a lustrum year
    expect(publicHolidays('NL', 2025)).toContain('2025-04-26'); // Koningsdag on Saturday when 27 April is a Sunday
    expect(publicHolidays('BE', 2026)).toEqual([
      '2026-01-01', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-07-21', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25',
    ]);
  });
});
