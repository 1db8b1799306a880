import { type Interval, clip, intersect, normalise, subtract, widen } from './intervals';

/** Tiny DSL: "1-3 5-8" is [1,3) and [5,8). */
const set = (text: string): Interval[] =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const [start, end] = pair.split('-').map(Number);
      return { start: start!, end: end! };
    });
const show = (intervals: Interval[]): string => intervals.map((i) => `${i.start}-${i.end}`).join(' ');

describe('interval sets', () => {
  it.each([
    ['5-8 1-3', '1-3 5-8'],
    ['1-3 3-5', '1-5'],
    ['1-4 2-3', '1-4'],
    ['1-1 4-2 6-7', '6-7'],
    ['2-6 1-3 5-9', '1-9'],
  ])('normalises %s to %s', (input, expected) => expect(show(normalise(set(input)))).toBe(expected));

  it.each([
    ['0-10', '', '0-10'],
    ['0-10', '2-3 5-6', '0-2 3-5 6-10'],
    ['0-10', '0-10', ''],
    ['0-10', '0-2', '2-10'],
    ['0-4 6-10', '3-7', '0-3 7-10'],
    ['0-4 6-10 12-20', '1-2 9-13 15-16', '0-1 2-4 6-9 13-15 16-20'],
    ['5-6', '0-1 2-3 8-9', '5-6'],
  ])('subtracts from %s the blocks %s leaving %s', (base, remove, left) =>
    expect(show(subtract(set(base), normalise(set(remove).filter((i) => i.end > i.start))))).toBe(left),
  );

  it.each([
    ['0-10', '5-15', '5-10'],
    ['0-2 4-6 8-10', '1-9', '1-2 4-6 8-9'],
    ['0-3 5-7', '3-5', ''],
    ['0-10 20-30', '5-25', '5-10 20-25'],
    ['', '0-10', ''],
  ])('intersects %s with %s in one sweep to %s', (a, b, both) => {
    expect(show(intersect(set(a), set(b)))).toBe(both);
    expect(show(intersect(set(b), set(a)))).toBe(both);
  });

  it('widens blocks by the buffer and merges those that then meet', () => {
    expect(show(widen(set('10-20 25-30 50-60'), 3, 3))).toBe('7-33 47-63');
  });

  it('clips to a window', () => {
    expect(show(clip(set('0-5 8-12 20-30'), 3, 10))).toBe('3-5 8-10');
  });
});
