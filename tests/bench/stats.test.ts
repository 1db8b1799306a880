import { percentile } from './stats';

describe('benchmark percentiles', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
  });
  it('refuses an empty sample', () => expect(() => percentile([], 50)).toThrow('no samples'));
});
