import { blockingIntervals, freeIntervals, outOfOfficeDays, workingIntervals } from './availability';
import { type Interval, intersect } from './intervals';
import { CEST, busy, fullTime, noorHours } from './testKit';
import { parseDate } from './zonedTime';

const utc = (intervals: Interval[]) => intervals.map((i) => `${new Date(i.start).toISOString().slice(0, 16)}–${new Date(i.end).toISOString().slice(11, 16)}`);
const plain = { ...fullTime, lunch: undefined };

describe('expanding working hours into UTC intervals', () => {
  // The Friday before and the Monday after each change, 08:00–17:00 local, written out by hand.
  it.each(['Europe/Amsterdam', 'Europe/Brussels'])('keeps 08:00–17:00 local across every DST change of 2026 and 2027 in %s', (zone) => {
    const around = (friday: string, monday: string) => workingIntervals(plain, zone, parseDate(friday), parseDate(monday));
    expect(utc(around('2026-03-27', '2026-03-30'))).toEqual(['2026-03-27T07:00–16:00', '2026-03-30T06:00–15:00']);
    expect(utc(around('2026-10-23', '2026-10-26'))).toEqual(['2026-10-23T06:00–15:00', '2026-10-26T07:00–16:00']);
    expect(utc(around('2027-03-26', '2027-03-29'))).toEqual(['2027-03-26T07:00–16:00', '2027-03-29T06:00–15:00']);
    expect(utc(around('2027-10-29', '2027-11-01'))).toEqual(['2027-10-29T06:00–15:00', '2027-11-01T07:00–16:00']);
  });

  it('gives a Sunday worker the right hours on the day the clocks change', () => {
    const sundays = { days: [7], start: '08:00', end: '17:00' };
    expect(utc(workingIntervals(sundays, 'Europe/Brussels', parseDate('2026-03-29'), parseDate('2026-03-29')))).toEqual(['2026-03-29T06:00–15:00']);
    expect(utc(workingIntervals(sundays, 'Europe/Brussels', parseDate('2026-10-25'), parseDate('2026-10-25')))).toEqual(['2026-10-25T07:00–16:00']);
  });

  it('gives a night shift over the spring change one hour less, in real time', () => {
    const night = { days: [7], start: '00:00', end: '06:00' };
    expect(utc(workingIntervals(night, 'Europe/Amsterdam', parseDate('2026-03-29'), parseDate('2026-03-29')))).toEqual(['2026-03-28T23:00–04:00']);
  });

  it('leaves out the lunch break when asked', () => {
    const day = parseDate('2026-06-02');
    expect(utc(workingIntervals(fullTime, 'Europe/Amsterdam', day, day, { excludeLunch: true }))).toEqual([
      '2026-06-02T06:00–10:00',
      '2026-06-02T10:30–15:00',
    ]);
    expect(utc(workingIntervals(fullTime, 'Europe/Amsterdam', day, day))).toEqual(['2026-06-02T06:00–15:00']);
  });

  it('skips weekends, days off of a part-timer, and holidays', () => {
    const week = workingIntervals(noorHours, 'Europe/Amsterdam', parseDate('2026-06-01'), parseDate('2026-06-07'), {
      holidays: new Set(['2026-06-03']),
    });
    expect(utc(week).map((s) => s.slice(0, 10))).toEqual(['2026-06-01', '2026-06-02', '2026-06-04']);
  });

  it('expands each person in their own zone, so the same hours overlap only partly across zones', () => {
    const day = parseDate('2026-06-02');
    const amsterdam = workingIntervals(plain, 'Europe/Amsterdam', day, day);
    const london = workingIntervals(plain, 'Europe/London', day, day);
    expect(utc(london)).toEqual(['2026-06-02T07:00–16:00']);
    expect(utc(intersect(amsterdam, london))).toEqual(['2026-06-02T07:00–15:00']);
  });
});

describe('busy time', () => {
  it('counts busy, tentative, out-of-office and unknown, but not free or working elsewhere', () => {
    const blocks = busy(`
      di 2026-06-02 08:00-09:00 busy
      di 2026-06-02 09:00-10:00 free
      di 2026-06-02 10:00-11:00 tentative
      di 2026-06-02 11:00-12:00 workingElsewhere
      di 2026-06-02 13:00-14:00 oof
      di 2026-06-02 15:00-16:00 unknown
    `);
    expect(utc(blockingIntervals(blocks, 0))).toEqual([
      '2026-06-02T06:00–07:00',
      '2026-06-02T08:00–09:00',
      '2026-06-02T11:00–12:00',
      '2026-06-02T13:00–14:00',
    ]);
  });

  it('widens busy blocks by the buffer before taking them out of the working day', () => {
    const party = { timeZone: 'Europe/Amsterdam' as const, workingHours: plain, busy: busy('di 2026-06-02 10:00-11:00') };
    const from = Date.parse(`2026-06-02T00:00:00${CEST}`);
    const to = Date.parse(`2026-06-03T00:00:00${CEST}`);
    expect(utc(freeIntervals(party, from, to, { holidays: new Set(), excludeLunch: false, bufferMinutes: 15 }))).toEqual([
      '2026-06-02T06:00–07:45',
      '2026-06-02T09:15–15:00',
    ]);
  });

  it('leaves out the whole day of someone who is out of office for part of it', () => {
    const party = { timeZone: 'Europe/Amsterdam' as const, workingHours: plain, busy: busy('di 2026-06-02 13:00-14:00 oof') };
    const from = Date.parse(`2026-06-02T00:00:00${CEST}`);
    const to = Date.parse(`2026-06-04T00:00:00${CEST}`);
    expect(utc(freeIntervals(party, from, to, { holidays: new Set(), excludeLunch: false, bufferMinutes: 0 }))).toEqual(['2026-06-03T06:00–15:00']);
  });

  it('names every local day an out-of-office block touches, across midnight', () => {
    const blocks = [{ start: `2026-06-02T18:00:00${CEST}`, end: `2026-06-04T09:00:00${CEST}`, showAs: 'oof' as const }];
    expect([...outOfOfficeDays(blocks, 'Europe/Amsterdam')]).toEqual(['2026-06-02', '2026-06-03', '2026-06-04']);
    expect([...outOfOfficeDays(busy('di 2026-06-02 08:00-17:00 busy'), 'Europe/Amsterdam')]).toEqual([]);
  });
});
