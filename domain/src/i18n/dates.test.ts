import { formatTimeRange } from './dates';

describe('dates as people read them in chat', () => {
  it('shows a December conversation in Eindhoven as "di 8 dec 10:00–11:00"', () => {
    expect(formatTimeRange('2026-12-08T09:00:00Z', '2026-12-08T10:00:00Z', 'Europe/Amsterdam', 'nl')).toBe('di 8 dec 10:00–11:00');
  });

  it('uses summer time in June (UTC+2)', () => {
    expect(formatTimeRange('2026-06-16T07:30:00Z', '2026-06-16T08:30:00Z', 'Europe/Brussels', 'nl-BE')).toBe('di 16 jun 09:30–10:30');
  });

  it('speaks English to English users, still on the organisation\'s clock', () => {
    expect(formatTimeRange('2026-12-08T09:00:00Z', '2026-12-08T10:00:00Z', 'Europe/Amsterdam', 'en')).toBe('Tue 8 Dec 10:00–11:00');
  });

  it('names the second day when a range runs past midnight', () => {
    expect(formatTimeRange('2026-12-08T22:30:00Z', '2026-12-09T00:30:00Z', 'Europe/Amsterdam', 'nl')).toBe('di 8 dec 23:30–wo 9 dec 01:30');
  });
});
