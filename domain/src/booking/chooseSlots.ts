import { freeIntervals } from './availability';
import { intersect } from './intervals';
import { type ProposedSlot, type SlotChoice, type SlotRequest, type SlotRequestInput, type SoftPenalty, SlotRequest as SlotRequestSchema } from './schema';
import { slotStarts } from './slots';
import { type CivilDate, addDays, daysBetween, formatDate, isoWeekday, localDate, minutesOf, startOfLocalDay, timeOf, wallClock } from './zonedTime';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A possible slot with what the ranking needs to know about it. */
export interface Candidate {
  start: number;
  end: number;
  /** Local date (organisation's zone) and its distance in days from the first day of the window. */
  date: CivilDate;
  dayIndex: number;
  afternoon: boolean;
  penalties: SoftPenalty[];
}

/**
 * The best `count` slots in which every party is free, about `leadTimeDays` from `now`.
 *
 * Pure and deterministic: the same request gives the same answer on any machine, in any TZ.
 * Invalid input throws the ZodError of `SlotRequest` (a caller's bug); finding nothing is an
 * ordinary answer (`ok: false, reason: 'no-common-time'`).
 *
 * Hard rules: inside every party's working hours (part-time days included), outside their lunch
 * and their busy time plus the buffer, not on a holiday, a whole slot starting on the step, and
 * never before now + lead time (or the `after` cursor). Ranking: slots meeting every soft
 * preference first; then a day not yet proposed; then the other half of a day already proposed;
 * then the earlier day; then the earlier time. If the first window holds fewer than `count`
 * slots, it widens a week at a time up to `maxWindowDays`.
 */
export function chooseSlots(input: SlotRequestInput): SlotChoice {
  const request = SlotRequestSchema.parse(input);
  const { parties, preferences, durationMinutes } = request;
  const timeZone = request.timeZone ?? parties[0]!.timeZone;

  const leadTimeEnds = Date.parse(request.now) + request.leadTimeDays * DAY;
  const from = Math.max(leadTimeEnds, request.after === undefined ? -Infinity : Date.parse(request.after));
  const firstDay = localDate(from, timeZone);
  const windowEnd = (days: number) => startOfLocalDay(addDays(firstDay, days), timeZone);

  // Compute once for the widest window; each narrower window is a prefix of it.
  const options = { holidays: new Set(request.holidays), excludeLunch: preferences.avoidLunch, bufferMinutes: preferences.bufferMinutes };
  const free = parties
    .map((party) => freeIntervals(party, from, windowEnd(preferences.maxWindowDays), options))
    .reduce((common, next) => intersect(common, next));
  const soft = softLimits(preferences);
  const candidates = slotStarts(free, durationMinutes, preferences.stepMinutes, timeZone).map((start) =>
    describe(start, start + durationMinutes * MINUTE, firstDay, timeZone, request, soft),
  );

  let days = Math.min(preferences.windowDays, preferences.maxWindowDays);
  for (;;) {
    const to = windowEnd(days);
    const inWindow = candidates.filter((c) => c.end <= to);
    if (inWindow.length >= request.count || days >= preferences.maxWindowDays) {
      const window = { from: new Date(from).toISOString(), to: new Date(to).toISOString(), days };
      const widened = days > preferences.windowDays;
      const picked = pick(inWindow, request.count);
      const lastDay = picked.reduce<Candidate | undefined>((last, c) => (!last || c.dayIndex > last.dayIndex ? c : last), undefined)?.date;
      if (!lastDay) return { ok: false, reason: 'no-common-time', slots: [], window, widened, next: window.to };
      const next = new Date(startOfLocalDay(addDays(lastDay, 1), timeZone)).toISOString();
      return { ok: true, slots: picked.map((c) => present(c, timeZone)), window, widened, next };
    }
    days = Math.min(days + preferences.widenStepDays, preferences.maxWindowDays);
  }
}

/** The soft preferences as minutes of the local day; one switched off is a limit no slot reaches. */
export interface SoftLimits {
  mondayBefore: number;
  fridayAfter: number;
}

export function softLimits(preferences: Pick<SlotRequest['preferences'], 'avoidMondayBefore' | 'avoidFridayAfter'>): SoftLimits {
  return {
    mondayBefore: preferences.avoidMondayBefore === null ? -Infinity : minutesOf(preferences.avoidMondayBefore),
    fridayAfter: preferences.avoidFridayAfter === null ? Infinity : minutesOf(preferences.avoidFridayAfter),
  };
}

export function describe(start: number, end: number, firstDay: CivilDate, timeZone: string, request: Pick<SlotRequest, 'parties'>, soft: SoftLimits): Candidate {
  const local = wallClock(start, timeZone);
  const penalties = new Set<SoftPenalty>();
  // Each person's own wall clock decides whether it is their Monday morning or Friday afternoon.
  for (const party of request.parties) {
    const s = wallClock(start, party.timeZone);
    const e = wallClock(end, party.timeZone);
    const startMinute = s.hour * 60 + s.minute;
    const endMinute = e.hour * 60 + e.minute + daysBetween(s, e) * 1440;
    const weekday = isoWeekday(s);
    if (weekday === 1 && startMinute < soft.mondayBefore) penalties.add('monday-early');
    if (weekday === 5 && endMinute > soft.fridayAfter) penalties.add('friday-afternoon');
  }
  return {
    start,
    end,
    date: { year: local.year, month: local.month, day: local.day },
    dayIndex: daysBetween(firstDay, local),
    afternoon: local.hour >= 12,
    penalties: [...penalties].sort(),
  };
}

/** Greedy, best first; the key depends on what is already picked, so it is recomputed each round. */
function pick(candidates: readonly Candidate[], count: number): Candidate[] {
  const picked: Candidate[] = [];
  while (picked.length < count) {
    let best: Candidate | undefined;
    let bestKey: number[] = [];
    for (const c of candidates) {
      if (picked.some((p) => c.start < p.end && p.start < c.end)) continue;
      const sameDay = picked.filter((p) => p.dayIndex === c.dayIndex);
      const key = [c.penalties.length, sameDay.length, sameDay.filter((p) => p.afternoon === c.afternoon).length, c.dayIndex, c.start];
      if (!best || lexicographicallyLess(key, bestKey)) {
        best = c;
        bestKey = key;
      }
    }
    if (!best) break;
    picked.push(best);
  }
  return picked;
}

export function lexicographicallyLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y;
  }
  return false;
}

export function present(c: Candidate, timeZone: string): ProposedSlot {
  const s = wallClock(c.start, timeZone);
  const e = wallClock(c.end, timeZone);
  return {
    start: new Date(c.start).toISOString(),
    end: new Date(c.end).toISOString(),
    date: formatDate(c.date),
    weekday: isoWeekday(c.date),
    startTime: timeOf(s.hour * 60 + s.minute),
    endTime: timeOf(e.hour * 60 + e.minute),
    penalties: c.penalties,
  };
}
