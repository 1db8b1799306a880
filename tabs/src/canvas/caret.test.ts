import { describe, expect, it } from '@jest/globals';
import { koerskaart } from '@koers/domain';
import * as Y from 'yjs';
import { caretAfterDelta, type TextDelta } from './caret';

/** The delta Yjs reports when `change` happens to a field reading `before`. */
function deltaOf(before: string, change: (text: Y.Text) => void): TextDelta[] {
  const doc = new Y.Doc();
  const text = doc.getText('text');
  text.insert(0, before);
  let delta: TextDelta[] = [];
  text.observe((event) => (delta = event.delta as TextDelta[]));
  change(text);
  return delta;
}

describe('the caret in a field someone else is writing in', () => {
  it('ends up after text that arrives in an empty field, not before it', () => {
    expect(caretAfterDelta(deltaOf('', (t) => t.insert(0, 'Hallo')), 0)).toBe(5);
  });

  it('stays where it was when the other types after it', () => {
    expect(caretAfterDelta(deltaOf('Meer klantcontact', (t) => t.insert(17, ' graag')), 4)).toBe(4);
    expect(caretAfterDelta(deltaOf('abc', (t) => t.insert(3, 'd')), 0)).toBe(0);
  });

  it('moves along with the text when the other types or deletes before it', () => {
    expect(caretAfterDelta(deltaOf('HalloX', (t) => t.insert(0, 'AB')), 2)).toBe(4);
    expect(caretAfterDelta(deltaOf('ABHalloX', (t) => t.delete(0, 2)), 4)).toBe(2);
  });

  it('stays on its characters when the other replaces a stretch elsewhere in one go', () => {
    const delta = deltaOf('Cursus plannen in mei', (t) => koerskaart.replaceText(t, 'Cursus plannen vóór juni'));
    expect(caretAfterDelta(delta, 6)).toBe(6);
    // Inside the replaced stretch: where the stretch's deleted part began, after what was inserted.
    expect(caretAfterDelta(deltaOf('a-b-c', (t) => koerskaart.replaceText(t, 'a-XYZ-c')), 3)).toBe(5);
  });
});
