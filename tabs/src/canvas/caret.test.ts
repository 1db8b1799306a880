import { describe, expect, it } from '@jest/globals';
import { caretAfterChange } from './caret';

describe('the caret in a field someone else is writing in', () => {
  it('ends up after text that arrives in an empty field, not before it', () => {
    expect(caretAfterChange('', 'H', 0)).toBe(1);
    expect(caretAfterChange('', 'Hallo', 0)).toBe(5);
  });

  it('stays where it was when the other types after it', () => {
    expect(caretAfterChange('Meer klantcontact', 'Meer klantcontact graag', 4)).toBe(4);
    expect(caretAfterChange('abc', 'abcd', 0)).toBe(0);
  });

  it('moves along with the text when the other types or deletes before it', () => {
    expect(caretAfterChange('HalloX', 'ABHalloX', 2)).toBe(4);
    expect(caretAfterChange('ABHalloX', 'HalloX', 4)).toBe(2);
    expect(caretAfterChange('Hallo', 'Hallo', 3)).toBe(3);
  });

  it('goes to the end of a stretch that was replaced around it', () => {
    // The common end is the final "i": the stretch "in me" became "vóór jun".
    expect(caretAfterChange('Cursus plannen in mei', 'Cursus plannen vóór juni', 18)).toBe(23);
    expect(caretAfterChange('a-b-c', 'a-XYZ-c', 3)).toBe(5);
  });

  it('copes with a position beyond the text', () => {
    expect(caretAfterChange('abc', 'xabc', 99)).toBe(4);
  });
});
