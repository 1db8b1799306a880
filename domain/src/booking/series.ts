import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { HolidayList } from '../holidays';
import { OrganisationSettings } from '../organisation';
import { TimeZone } from '../people';
import { freeIntervals } from './availability';
import { type Candidate, describe, lexicographicallyLess, present, softLimits } from './chooseSlots';
import { intersect } from './intervals';
import { BookingParty, ProposedSlot, SlotPreferences } from './schema';
import { slotStarts } from './slots';
import { addDays, daysBetween, localDate, parseDate, startOfLocalDay } from './zonedTime';

const DAY = 86_400_000;
const MINUTE = 60_000;

/**
 * A series of conversations for one manager (a conversation round): one slot per employee,
 * spread over a period. What the slot choice does for one pair, this does for a team at once.
 */

/** Days of a period, as civil dates in the organisation's calendar (both included). */
export const SeriesWindow = z
  .object({ from: z.string().date(), to: z.string().date() })
  .refine((w) => w.from <= w.to, { message: 'het einde moet na het begin liggen', path: ['to'] })
  .refine((w) => daysBetween(parseDate(w.from), parseDate(w.to)) <= 366, { message: 'hoogstens een jaar', path: ['to'] });
export type SeriesWindow = z.infer<typeof SeriesWindow>;

export const SeriesRequest = z.object({
  now: IsoDateTime,
  timeZone: TimeZone,
  holidays: HolidayList.default([]),
  leadTimeDays: OrganisationSettings.shape.leadTimeDays,
  durationMinutes: OrganisationSettings.shape.conversationMinutes,
  manager: BookingParty,
  employees: z.array(z.object({ employeeId: z.string().min(1).max(100), party: BookingParty })).min(1).max(200),
  window: SeriesWindow,
  /** Two conversations of this manager on one day only when they said that is fine. */
  allowSameDay: z.boolean().default(false),
  /**
   * Starts of the manager's other conversations of the same list (a re-proposal for the few whose
   * time was taken): their days count as taken, as if picked here.
   */
  otherStarts: z.array(IsoDateTime).max(200).default([]),
  preferences: SlotPreferences.prefault({}),
});
export type SeriesRequestInput = z.input<typeof SeriesRequest>;

/**
 * Why an employee got no slot: the period ends before the lead time does, the two have no common
 * free time in the period, or every day they share is already taken by a colleague's conversation.
 */
export const SeriesNoSlotReason = z.enum(['window-too-soon', 'no-common-time', 'no-free-day']);
export type SeriesNoSlotReason = z.infer<typeof SeriesNoSlotReason>;

export const SeriesProposal = z.discriminatedUnion('ok', [
  z.object({ employeeId: z.string(), ok: z.literal(true), slot: ProposedSlot }),
  z.object({ employeeId: z.string(), ok: z.literal(false), reason: SeriesNoSlotReason }),
]);
export type SeriesProposal = z.infer<typeof SeriesProposal>;

/**
 * One slot per employee, in the order asked. Hard rules as for a single booking (both calendars
 * free, working hours, lunch, holidays, out-of-office days, the lead time), all inside the
 * window, no two overlapping, and no two on one day unless `allowSameDay`. The slots are spread:
 * the period's working days are cut into as many equal stretches as there are employees and
 * each employee gets a day as close as possible to the middle of a stretch still unclaimed.
 * The most constrained employee (fewest free days) chooses first, so a part-timer is not left
 * without a day by colleagues who had plenty. Pure and deterministic.
 */
export function proposeSeriesSlots(input: SeriesRequestInput): SeriesProposal[] {
  const request = SeriesRequest.parse(input);
  const { timeZone, preferences, durationMinutes } = request;
  const firstDay = parseDate(request.window.from);
  const windowStart = startOfLocalDay(firstDay, timeZone);
  const windowEnd = startOfLocalDay(addDays(parseDate(request.window.to), 1), timeZone);
  const from = Math.max(windowStart, Date.parse(request.now) + request.leadTimeDays * DAY);
  if (from >= windowEnd) return request.employees.map((e) => ({ employeeId: e.employeeId, ok: false, reason: 'window-too-soon' }));

  const options = { holidays: new Set(request.holidays), excludeLunch: preferences.avoidLunch, bufferMinutes: preferences.bufferMinutes };
  const managerFree = freeIntervals(request.manager, from, windowEnd, options);
  const soft = softLimits(preferences);
  const candidatesOf = request.employees.map((e) => {
    const free = intersect(managerFree, freeIntervals(e.party, from, windowEnd, options));
    return slotStarts(free, durationMinutes, preferences.stepMinutes, timeZone).map((start) =>
      describe(start, start + durationMinutes * MINUTE, firstDay, timeZone, { parties: [request.manager, e.party] }, soft),
    );
  });

  // The middle of each employee's stretch of the period, as day indices from its first day.
  const spanDays = Math.max(1, daysBetween(firstDay, localDate(windowEnd - 1, timeZone)) + 1);
  const firstAllowed = daysBetween(firstDay, localDate(from, timeZone));
  const usable = Math.max(1, spanDays - firstAllowed);
  const n = request.employees.length;
  const targets = Array.from({ length: n }, (_, k) => firstAllowed + Math.floor(((k + 0.5) * usable) / n));
  const claimed = new Set<number>();
  const taken = request.otherStarts.map((start) => ({ dayIndex: daysBetween(firstDay, localDate(Date.parse(start), timeZone)) }));

  const days = (list: readonly Candidate[]) => new Set(list.map((c) => c.dayIndex)).size;
  const order = request.employees.map((_, i) => i).sort((a, b) => days(candidatesOf[a]!) - days(candidatesOf[b]!) || a - b);
  const picked: Candidate[] = [];
  const result = new Map<number, SeriesProposal>();
  const gap = preferences.bufferMinutes * MINUTE;

  for (const i of order) {
    const employeeId = request.employees[i]!.employeeId;
    const candidates = candidatesOf[i]!;
    if (candidates.length === 0) {
      result.set(i, { employeeId, ok: false, reason: 'no-common-time' });
      continue;
    }
    let best: Candidate | undefined;
    let bestKey: number[] = [];
    for (const c of candidates) {
      const sameDay = [...taken, ...picked].filter((p) => p.dayIndex === c.dayIndex);
      if (sameDay.length && !request.allowSameDay) continue;
      if (picked.some((p) => c.start < p.end + gap && p.start - gap < c.end)) continue;
      const distance = Math.min(...targets.map((t, k) => (claimed.has(k) ? Infinity : Math.abs(t - c.dayIndex))));
      const key = [sameDay.length, c.penalties.length, Number.isFinite(distance) ? distance : 0, c.dayIndex, c.start];
      if (!best || lexicographicallyLess(key, bestKey)) {
        best = c;
        bestKey = key;
      }
    }
    if (!best) {
      result.set(i, { employeeId, ok: false, reason: 'no-free-day' });
      continue;
    }
    const chosen = best;
    picked.push(chosen);
    const nearest = targets.reduce((at, t, k) => (!claimed.has(k) && (at < 0 || Math.abs(t - chosen.dayIndex) < Math.abs(targets[at]! - chosen.dayIndex)) ? k : at), -1);
    if (nearest >= 0) claimed.add(nearest);
    result.set(i, { employeeId, ok: true, slot: present(chosen, timeZone) });
  }
  return request.employees.map((_, i) => result.get(i)!);
}
