/**
 * Half-open time intervals [start, end) in UTC epoch milliseconds, and the set operations the
 * slot choice is built from. "Normalised" means sorted by start, non-empty, and neither
 * overlapping nor touching; every function here takes and returns normalised lists, so each
 * operation is one linear sweep.
 */
export interface Interval {
  start: number;
  end: number;
}

/** Sorts, drops empty intervals and merges those that overlap or touch. */
export function normalise(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const { start, end } of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/** Grows every interval by `beforeMs` at the start and `afterMs` at the end (the buffer). */
export function widen(intervals: readonly Interval[], beforeMs: number, afterMs: number): Interval[] {
  return normalise(intervals.map((i) => ({ start: i.start - beforeMs, end: i.end + afterMs })));
}

/** What of `base` is left after taking out `remove`. */
export function subtract(base: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let first = 0;
  for (const b of base) {
    let cursor = b.start;
    // `remove` is sorted and `base` moves forward, so blocks that end before this one never matter again.
    while (first < remove.length && remove[first]!.end <= cursor) first++;
    for (let k = first; k < remove.length; k++) {
      const r = remove[k]!;
      if (r.start >= b.end) break;
      if (r.start > cursor) out.push({ start: cursor, end: r.start });
      cursor = Math.max(cursor, r.end);
      if (cursor >= b.end) break;
    }
    if (cursor < b.end) out.push({ start: cursor, end: b.end });
  }
  return out;
}

/** The time free in both lists: a two-pointer sweep, advancing whichever interval ends first. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** Cuts every interval to [from, to). */
export function clip(intervals: readonly Interval[], from: number, to: number): Interval[] {
  return intervals
    .map((i) => ({ start: Math.max(i.start, from), end: Math.min(i.end, to) }))
    .filter((i) => i.end > i.start);
}
