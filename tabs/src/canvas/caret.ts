/** One step of a Y.Text change as Yjs reports it (YTextEvent.delta), in the old text's positions. */
export interface TextDelta {
  insert?: unknown;
  retain?: number;
  delete?: number;
}

/**
 * Where a caret (or one end of a selection) belongs after someone else changed the text around
 * it: it stays on the same characters. Text inserted before it or at it moves it along (text
 * arriving at the caret — also in an empty field — lands before it and the user goes on typing
 * after it); text deleted before it pulls it back; a deleted stretch around it leaves it where the
 * stretch was.
 */
export function caretAfterDelta(delta: readonly TextDelta[], position: number): number {
  let old = 0;
  let moved = position;
  for (const step of delta) {
    if (old > position) break;
    if (step.retain !== undefined) old += step.retain;
    else if (step.delete !== undefined) {
      moved -= Math.max(0, Math.min(step.delete, position - old));
      old += step.delete;
    } else if (step.insert !== undefined) moved += typeof step.insert === 'string' ? step.insert.length : 1;
  }
  return Math.max(0, moved);
}
