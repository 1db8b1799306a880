import type { Interval } from './intervals';
import { offsetMinutes } from './zonedTime';

const MINUTE = 60_000;

/**
 * Stage 3: every start at which a whole slot of `durationMinutes` fits in the free time, on the
 * local clock's step (:00/:30 for 30) in `timeZone`. `free` must be normalised.
 */
export function slotStarts(free: readonly Interval[], durationMinutes: number, stepMinutes: number, timeZone: string): number[] {
  const duration = durationMinutes * MINUTE;
  const step = stepMinutes * MINUTE;
  const starts: number[] = [];
  for (const { start, end } of free) {
    // Align on local time: the step divides a day, so local midnight is a multiple of it.
    const offset = offsetMinutes(start, timeZone) * MINUTE;
    for (let at = Math.ceil((start + offset) / step) * step - offset; at + duration <= end; at += step) starts.push(at);
  }
  return starts;
}
