/**
 * Where a caret (or one end of a selection) belongs after the text around it changed from
 * `before` to `after` by someone else. The change is taken as one replaced stretch (the longest
 * common start and end stay), which is what one remote keystroke or paste is. Before the stretch
 * the caret stays; at or after its end it moves along by the length difference, so text arriving
 * at the caret — also in an empty field — lands before it and the user goes on typing after it.
 * Inside a replaced stretch it goes to the stretch's new end.
 */
export function caretAfterChange(before: string, after: string, position: number): number {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let common = 0;
  while (common < limit - start && before.charCodeAt(before.length - 1 - common) === after.charCodeAt(after.length - 1 - common)) common++;
  const beforeEnd = before.length - common;
  const afterEnd = after.length - common;
  const at = Math.max(0, Math.min(position, before.length));
  if (at >= beforeEnd) return at + (afterEnd - beforeEnd);
  if (at <= start) return at;
  return afterEnd;
}
