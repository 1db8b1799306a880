import { isOrderKey, orderKeyBetween, orderKeyForIndex } from './order-key';
import fc from 'fast-check';

describe('fractional order keys', () => {
  it('makes a first key for an empty section', () => expect(isOrderKey(orderKeyBetween(undefined, undefined))).toBe(true));

  it('makes a key strictly between two keys', () => {
    const key = orderKeyBetween('V', 'W');
    expect(key > 'V' && key < 'W').toBe(true);
    expect(isOrderKey(key)).toBe(true);
  });

  it('keeps room at both ends', () => {
    let low = orderKeyBetween(undefined, undefined);
    let high = low;
    for (let i = 0; i < 200; i++) {
      const lower = orderKeyBetween(undefined, low);
      const higher = orderKeyBetween(high, undefined);
      expect(lower < low && higher > high).toBe(true);
      low = lower;
      high = higher;
    }
    expect(high.length).toBeLessThan(60);
    expect(low.length).toBeLessThan(60);
  });

  it('keeps 500 appends to one section well inside the key length limit', () => {
    let key: string | undefined;
    for (let i = 0; i < 500; i++) key = orderKeyBetween(key, undefined);
    expect(isOrderKey(key!)).toBe(true);
    expect(key!.length).toBeLessThan(120);
  });

  it('refuses keys out of order and keys that are not keys', () => {
    expect(() => orderKeyBetween('W', 'V')).toThrow(RangeError);
    expect(() => orderKeyBetween('V', 'V')).toThrow(RangeError);
    expect(() => orderKeyBetween('V0', undefined)).toThrow(RangeError);
    expect(() => orderKeyBetween('a b', undefined)).toThrow(RangeError);
  });

  it('steps over equal keys left by concurrent inserts', () => {
    const key = orderKeyForIndex(['F', 'V', 'V', 'k'], 2);
    expect(key > 'V' && key < 'k').toBe(true);
  });

  it('keeps a list sorted and its keys distinct through random inserts at random places', () =>
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 300 }), (places) => {
        const keys: string[] = [];
        for (const place of places) {
          const index = place % (keys.length + 1);
          const key = orderKeyForIndex(keys, index);
          expect(isOrderKey(key)).toBe(true);
          keys.splice(index, 0, key);
        }
        expect([...keys].sort()).toEqual(keys);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 50 },
    ));
});
