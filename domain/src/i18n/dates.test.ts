import { formatCivilDate, formatLongDate, formatTimeRange } from './dates';

describe('dates as people read them in chat', () => {
  it('shows a December conversation in Eindhoven as "di 8 dec 10:00–11:00"', () => {
    expect(formatTimeRange('2026-12-08T09:00:00Z', '2026-12-08T10:00:00Z', 'Europe/Amsterdam', 'nl-NL')).toBe('di 8 dec 10:00–11:00');
  });

  it('uses summer time in June (UTC+2)', () => {
    expect(formatTimeRange('2026-06-16T07:30:00Z', '2026-06-16T08:30:00Z', 'Europe/Brussels', 'nl-BE')).toBe('di 16 jun 09:30–10:30');
  });

  it('speaks English to English users, still on the organisation\'s clock', () => {
    expect(formatTimeRange('2026-12-08T09:00:00Z', '2026-12-08T10:00:00Z', 'Europe/Amsterdam', 'en-GB')).toBe('Tue 8 Dec 10:00–11:00');
  });

  it('names the second day when a range runs past midnight', () => {
    expect(formatTimeRange('2026-12-08T22:30:00Z', '2026-12-09T00:30:00Z', 'Europe/Amsterdam', 'nl-NL')).toBe('di 8 dec 23:30–wo 9 dec 01:30');
  });
});

describe('dates as written in a document', () => {
  it('writes an instant as a long date in the organisation\'s zone: late on 31 December UTC is New Year in Amsterdam', () => {
    expect(formatLongDate('2026-12-08T09:12:00Z', 'Europe/Amsterdam', 'nl-NL')).toBe('8 december 2026');
    expect(formatLongDate('2026-12-31T23:30:00Z', 'Europe/Amsterdam', 'nl-BE')).toBe('1 januari 2027');
    expect(formatLongDate('2026-12-08T09:12:00Z', 'Europe/Amsterdam', 'en-GB')).toBe('8 December 2026');
  });

  it('writes a deadline as the day it names, whatever the zone', () => {
    expect(formatCivilDate('2027-06-30', 'nl-NL')).toBe('30 juni 2027');
    expect(formatCivilDate('2027-03-01', 'en-GB')).toBe('1 March 2027');
  });
});
