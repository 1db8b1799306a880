import { describe, expect, it } from '@jest/globals';
import { periodLabel, slotLabel } from './when';

describe('slotLabel', () => {
  it('shows a proposal as "di 8 dec 10:00–11:00" in Dutch and "Tue 8 Dec" in English', () => {
    const slot = { date: '2026-12-08', startTime: '10:00', endTime: '11:00' };
    expect(slotLabel(slot, 'nl-NL')).toBe('di 8 dec 10:00–11:00');
    expect(slotLabel(slot, 'nl-BE')).toBe('di 8 dec 10:00–11:00');
    expect(slotLabel(slot, 'en-GB')).toBe('Tue 8 Dec 10:00–11:00');
  });
});

describe('periodLabel', () => {
  it('shows UTC instants in the organisation’s zone, across the DST change', () => {
    // Winter: UTC+1; summer: UTC+2.
    expect(periodLabel('2026-12-08T09:00:00Z', '2026-12-08T10:00:00Z', 'Europe/Amsterdam', 'nl-NL')).toBe('di 8 dec 10:00–11:00');
    expect(periodLabel('2026-06-09T08:00:00Z', '2026-06-09T09:00:00Z', 'Europe/Brussels', 'nl-BE')).toBe('di 9 jun 10:00–11:00');
  });

  it('uses the organisation’s date when the UTC date is another day', () => {
    expect(periodLabel('2026-12-07T23:30:00Z', undefined, 'Europe/Amsterdam', 'nl-NL')).toBe('di 8 dec 00:30');
  });
});
