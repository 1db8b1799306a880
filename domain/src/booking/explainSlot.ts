import { z } from 'zod';
import { blockingIntervals, freeIntervals, outOfOfficeDays } from './availability';
import { BookingParty } from './schema';
import { formatDate, localDate } from './zonedTime';

const DAY = 86_400_000;

/**
 * Why a time someone picked by hand (not one of Koers' proposals) cannot be booked, in the order a
 * person would want to hear it. Only `short-notice` may be overridden by a manager who confirms
 * it (the employee then has less than the usual time to prepare); every other reason stands,
 * because the time is simply not free.
 */
export const SlotProblem = z.enum(['past', 'holiday', 'out-of-office', 'outside-working-hours', 'lunch', 'busy', 'short-notice']);
export type SlotProblem = z.infer<typeof SlotProblem>;

/** Which of the two the problem is about: the first party is the manager, the second the employee. */
export const SlotParty = z.enum(['manager', 'employee']);
export type SlotParty = z.infer<typeof SlotParty>;

export const SlotVerdict = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), problem: SlotProblem, party: SlotParty.optional(), overridable: z.boolean() }),
]);
export type SlotVerdict = z.infer<typeof SlotVerdict>;

export function explainSlot(input: {
  now: string;
  start: string;
  end: string;
  /** [manager, employee] */
  parties: readonly [BookingParty, BookingParty];
  holidays: readonly string[];
  /** The organisation's zone: holidays are its days. */
  timeZone: string;
  leadTimeDays: number;
}): SlotVerdict {
  const start = Date.parse(input.start);
  const end = Date.parse(input.end);
  const refuse = (problem: SlotProblem, party?: SlotParty): SlotVerdict => ({ ok: false, problem, ...(party ? { party } : {}), overridable: problem === 'short-notice' });
  if (!(end > start) || start < Date.parse(input.now)) return refuse('past');
  if (input.holidays.includes(formatDate(localDate(start, input.timeZone)))) return refuse('holiday');
  const who: readonly SlotParty[] = ['manager', 'employee'];
  const parties = input.parties.map((p) => BookingParty.parse(p));
  const none = new Set<string>();
  for (const [i, party] of parties.entries()) {
    if (outOfOfficeDays(party.busy, party.timeZone).has(formatDate(localDate(start, party.timeZone)))) return refuse('out-of-office', who[i]);
  }
  const covers = (intervals: readonly { start: number; end: number }[]) => intervals.some((x) => x.start <= start && x.end >= end);
  for (const [i, party] of parties.entries()) {
    const idle = { ...party, busy: [] };
    if (!covers(freeIntervals(idle, start, end, { holidays: none, excludeLunch: false, bufferMinutes: 0 }))) return refuse('outside-working-hours', who[i]);
    if (!covers(freeIntervals(idle, start, end, { holidays: none, excludeLunch: true, bufferMinutes: 0 }))) return refuse('lunch', who[i]);
  }
  for (const [i, party] of parties.entries()) {
    if (blockingIntervals(party.busy, 0).some((b) => b.start < end && start < b.end)) return refuse('busy', who[i]);
  }
  if (start < Date.parse(input.now) + input.leadTimeDays * DAY) return refuse('short-notice');
  return { ok: true };
}
