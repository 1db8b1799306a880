import { z } from 'zod';
import { own } from './own';
import { Counter, Token } from './scalars';

/**
 * Version vectors: per replica (one browser session, the bot, …) the number of writes it has made
 * to one text field. A write's clock is everything its author had seen of that field, plus itself;
 * one write supersedes another exactly when its clock covers the other's. That is what tells a
 * knowing overwrite (safe to drop the old text) from a concurrent one (keep both).
 */

/** Bounded so a field's clock stays small; a session is a replica, and few sessions edit one field. */
export const MAX_CLOCK_ENTRIES = 64;

/** One editing session (a tab instance, the bot): the unit a version vector counts writes for. */
export const ReplicaId = Token;

export const Clock = z
  .record(ReplicaId, Counter)
  .refine((clock) => Object.keys(clock).length <= MAX_CLOCK_ENTRIES, `at most ${MAX_CLOCK_ENTRIES} replicas`);
export type Clock = z.infer<typeof Clock>;

export function clockLeq(a: Clock, b: Clock): boolean {
  for (const [replica, count] of Object.entries(a)) {
    if (count > (own(b, replica) ?? 0)) return false;
  }
  return true;
}

export function clockEquals(a: Clock, b: Clock): boolean {
  return clockLeq(a, b) && clockLeq(b, a);
}

/** Pointwise maximum, keys sorted so equal clocks serialise identically on every replica. */
export function clockJoin(...clocks: Clock[]): Clock {
  const merged = new Map<string, number>();
  for (const clock of clocks) {
    for (const [replica, count] of Object.entries(clock)) {
      merged.set(replica, Math.max(merged.get(replica) ?? 0, count));
    }
  }
  return canonicalClock(Object.fromEntries(merged));
}

export function canonicalClock(clock: Clock): Clock {
  return Object.fromEntries(Object.entries(clock).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
