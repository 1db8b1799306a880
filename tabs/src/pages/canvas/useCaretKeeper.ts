import { useLayoutEffect, useRef, type RefObject } from 'react';
import { caretAfterChange } from '../../canvas/caret';

interface Selection {
  value: string;
  start: number;
  end: number;
}

/**
 * Keeps the caret (and selection) of a focused field in place when its text changes under it
 * from elsewhere — the other party typing in the same card. Without this the browser puts the
 * caret wherever a new `value` leaves it, and the next keystroke lands in the wrong place.
 *
 * The field's text and selection are read while rendering, before React writes the new value:
 * the field still shows the old text then. The user's own typing is already in the field, so it
 * never looks like someone else's change.
 */
export function useCaretKeeper(value: string): RefObject<HTMLTextAreaElement | null> {
  const ref = useRef<HTMLTextAreaElement>(null);
  const before = useRef<Selection | null>(null);
  /* eslint-disable react-hooks/refs -- the field's old text and caret exist only until React commits the new value, so they are read during render (see above) */
  const field = ref.current;
  if (field && field.value !== value && field === document.activeElement) {
    before.current = { value: field.value, start: field.selectionStart, end: field.selectionEnd };
  }
  /* eslint-enable react-hooks/refs */
  useLayoutEffect(() => {
    const kept = before.current;
    before.current = null;
    const current = ref.current;
    if (!kept || !current || current !== document.activeElement) return;
    current.setSelectionRange(caretAfterChange(kept.value, value, kept.start), caretAfterChange(kept.value, value, kept.end));
  }, [value]);
  return ref;
}
