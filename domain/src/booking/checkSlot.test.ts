import { checkSlot, prepNudgeAt } from './checkSlot';
import { busy, CET } from './testKit';

const FULL_TIME = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', lunch: { start: '12:00', end: '12:30' } };
const NOOR = { days: [1, 2, 3, 4], start: '08:00', end: '17:00', lunch: { start: '12:00', end: '12:30' } };
const NOW = '2026-12-01T09:00:00.000Z';

function party(table = '', workingHours = FULL_TIME) {
  return { timeZone: 'Europe/Amsterdam' as const, workingHours, busy: busy(table, CET) };
}

describe('re-checking a chosen slot before booking', () => {
  it('accepts a slot inside both working days with nothing in the way', () => {
    expect(checkSlot({ now: NOW, start: '2026-12-15T09:00:00.000Z', end: '2026-12-15T10:00:00.000Z', parties: [party(), party()], holidays: [] })).toBe('ok');
  });

  it('refuses a slot that became busy in one calendar meanwhile', () => {
    const taken = party('di 2026-12-15 10:30-11:00');
    expect(checkSlot({ now: NOW, start: '2026-12-15T09:00:00.000Z', end: '2026-12-15T10:00:00.000Z', parties: [party(), taken], holidays: [] })).toBe(
      'slot-unavailable',
    );
  });

  it('accepts a slot that starts right when a meeting ends (the buffer is only a preference)', () => {
    const before = party('di 2026-12-15 09:00-10:00');
    expect(checkSlot({ now: NOW, start: '2026-12-15T09:00:00.000Z', end: '2026-12-15T10:00:00.000Z', parties: [party(), before], holidays: [] })).toBe('ok');
  });

  it('refuses lunch, a holiday, a day off and the evening', () => {
    const check = (start: string, end: string, holidays: string[] = [], other = party()) =>
      checkSlot({ now: NOW, start, end, parties: [party(), other], holidays });
    expect(check('2026-12-15T11:00:00.000Z', '2026-12-15T12:00:00.000Z')).toBe('slot-unavailable');
    expect(check('2026-12-15T09:00:00.000Z', '2026-12-15T10:00:00.000Z', ['2026-12-15'])).toBe('slot-unavailable');
    expect(check('2026-12-18T09:00:00.000Z', '2026-12-18T10:00:00.000Z', [], party('', NOOR))).toBe('slot-unavailable');
    expect(check('2026-12-15T16:30:00.000Z', '2026-12-15T17:30:00.000Z')).toBe('slot-unavailable');
  });

  it('refuses a time in the past', () => {
    expect(checkSlot({ now: NOW, start: '2026-11-30T09:00:00.000Z', end: '2026-11-30T10:00:00.000Z', parties: [party()], holidays: [] })).toBe('slot-too-soon');
  });
});

describe('when the preparation nudge goes out', () => {
  const base = { now: NOW, timeZone: 'Europe/Amsterdam', workingHours: FULL_TIME, holidays: [] as string[] };

  it('is three working days before, at the start of the working day', () => {
    // Tuesday 15 December → Thursday 10 December 08:00 Amsterdam (07:00Z).
    expect(prepNudgeAt({ ...base, meetingStart: '2026-12-15T09:00:00.000Z' })).toBe('2026-12-10T07:00:00.000Z');
  });

  it('skips the weekend, holidays and a part-timer\'s day off', () => {
    // Monday 14 December, Noor works Mon–Thu: back past the weekend and her free Friday, Thu 10, Wed 9, Tue 8.
    expect(prepNudgeAt({ ...base, workingHours: NOOR, meetingStart: '2026-12-14T09:00:00.000Z' })).toBe('2026-12-08T07:00:00.000Z');
    expect(prepNudgeAt({ ...base, holidays: ['2026-12-10'], meetingStart: '2026-12-15T09:00:00.000Z' })).toBe('2026-12-09T07:00:00.000Z');
  });

  it('is left out when that moment has passed already', () => {
    expect(prepNudgeAt({ ...base, meetingStart: '2026-12-03T09:00:00.000Z' })).toBeUndefined();
  });

  it('follows summer time', () => {
    // Thursday 2 April 2026 → Monday 30 March 08:00 CEST = 06:00Z (after the change on 29 March).
    expect(prepNudgeAt({ ...base, now: '2026-03-01T00:00:00.000Z', meetingStart: '2026-04-02T08:00:00.000Z' })).toBe('2026-03-30T06:00:00.000Z');
  });
});
