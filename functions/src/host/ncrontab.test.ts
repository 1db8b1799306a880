import { CronSyntaxError, parseNcrontab } from './ncrontab';

const at = (iso: string) => new Date(iso);
const nextAfter = (expression: string, iso: string) => parseNcrontab(expression).next(at(iso))?.toISOString();

/** The first `count` occurrences after `iso`, each found from the previous one. */
function occurrences(expression: string, iso: string, count: number): string[] {
  const schedule = parseNcrontab(expression);
  const result: string[] = [];
  let cursor = at(iso);
  for (let i = 0; i < count; i++) {
    const next = schedule.next(cursor);
    if (!next) break;
    result.push(next.toISOString());
    cursor = next;
  }
  return result;
}

describe('NCRONTAB schedules', () => {
  it('fires every five minutes on the minute with a */5 step', () => {
    expect(occurrences('0 */5 * * * *', '2026-03-02T09:03:17Z', 3)).toEqual([
      '2026-03-02T09:05:00.000Z',
      '2026-03-02T09:10:00.000Z',
      '2026-03-02T09:15:00.000Z',
    ]);
  });

  it('counts seconds as the first field', () => {
    expect(occurrences('*/20 * * * * *', '2026-03-02T09:00:00Z', 3)).toEqual([
      '2026-03-02T09:00:20.000Z',
      '2026-03-02T09:00:40.000Z',
      '2026-03-02T09:01:00.000Z',
    ]);
  });

  it('is strictly after the given moment, even when that moment matches', () => {
    expect(nextAfter('0 0 9 * * *', '2026-03-02T09:00:00Z')).toBe('2026-03-03T09:00:00.000Z');
    expect(nextAfter('0 0 9 * * *', '2026-03-02T08:59:59.999Z')).toBe('2026-03-02T09:00:00.000Z');
  });

  it('reads lists and ranges: weekdays at 08:30 and 16:30', () => {
    // 2026-03-06 is a Friday.
    expect(occurrences('0 30 8,16 * * 1-5', '2026-03-06T12:00:00Z', 3)).toEqual([
      '2026-03-06T16:30:00.000Z',
      '2026-03-09T08:30:00.000Z',
      '2026-03-09T16:30:00.000Z',
    ]);
  });

  it('reads a step on a range and a start/step', () => {
    expect(occurrences('0 10-40/15 7 * * *', '2026-03-02T00:00:00Z', 3)).toEqual([
      '2026-03-02T07:10:00.000Z',
      '2026-03-02T07:25:00.000Z',
      '2026-03-02T07:40:00.000Z',
    ]);
    expect(occurrences('0 0 5/8 * * *', '2026-03-02T00:00:00Z', 3)).toEqual([
      '2026-03-02T05:00:00.000Z',
      '2026-03-02T13:00:00.000Z',
      '2026-03-02T21:00:00.000Z',
    ]);
  });

  it('reads month and weekday names, with Sunday as 0 or 7', () => {
    expect(nextAfter('0 0 12 * JAN,JUL SUN', '2026-03-02T00:00:00Z')).toBe('2026-07-05T12:00:00.000Z');
    expect(nextAfter('0 0 12 * * 7', '2026-03-02T00:00:00Z')).toBe('2026-03-08T12:00:00.000Z');
  });

  it('requires both the day of month and the day of week to match', () => {
    // Friday 13 March 2026, then the next Friday the 13th is in November.
    expect(nextAfter('0 0 0 13 * 5', '2026-03-14T00:00:00Z')).toBe('2026-11-13T00:00:00.000Z');
  });

  it('crosses month and year ends, including a leap day', () => {
    expect(nextAfter('0 0 0 1 * *', '2026-12-15T00:00:00Z')).toBe('2027-01-01T00:00:00.000Z');
    expect(nextAfter('0 0 6 29 2 *', '2026-03-01T00:00:00Z')).toBe('2028-02-29T06:00:00.000Z');
  });

  it('gives up on a date that never comes', () => {
    expect(parseNcrontab('0 0 0 30 2 *').next(at('2026-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('tells whether an instant matches', () => {
    const schedule = parseNcrontab('0 0 9 * * MON-FRI');
    expect(schedule.matches(at('2026-03-02T09:00:00Z'))).toBe(true);
    expect(schedule.matches(at('2026-03-01T09:00:00Z'))).toBe(false);
    expect(schedule.matches(at('2026-03-02T09:00:01Z'))).toBe(false);
  });

  it.each([
    ['0 */5 * * *', /6 fields/],
    ['60 * * * * *', /second 60 is outside 0-59/],
    ['0 0 24 * * *', /hour 24/],
    ['0 0 0 0 * *', /day 0/],
    ['0 0 0 * 13 *', /month 13/],
    ['0 0 0 * * 8', /day-of-week 8/],
    ['*/0 * * * * *', /bad step/],
    ['0 30-10 * * * *', /runs backwards/],
    ['0 a * * * *', /not a number/],
    ['0 1,,2 * * * *', /bad minute/],
  ])('refuses "%s" with a clear reason', (expression, reason) => {
    expect(() => parseNcrontab(expression)).toThrow(CronSyntaxError);
    expect(() => parseNcrontab(expression)).toThrow(reason);
  });
});
