import { describe, expect, it } from '@jest/globals';
import { rebaseText } from './rebase';

describe('typing made again on a compacted text', () => {
  it('is the typing itself when nobody else changed the text', () => {
    expect(rebaseText('Cursus', 'Cursus plannen', 'Cursus')).toBe('Cursus plannen');
  });

  it('keeps what the other typed meanwhile, before and after the stretch typed here', () => {
    expect(rebaseText('Cursus', 'Cursus plannen', 'Een Cursus')).toBe('Een Cursus plannen');
    expect(rebaseText('plannen', 'Cursus plannen', 'plannen in mei')).toBe('Cursus plannen in mei');
  });

  it('deletes here only what is still there', () => {
    expect(rebaseText('Cursus plannen', 'Cursus', 'Cursus plannen')).toBe('Cursus');
    expect(rebaseText('Cursus plannen', 'Cursus', 'Cursus')).toBe('Cursus');
  });

  it('is the new text when nothing was typed here', () => {
    expect(rebaseText('a', 'a', 'ab')).toBe('ab');
  });
});
