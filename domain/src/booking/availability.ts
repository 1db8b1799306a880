import type { WorkingHours } from '../people';
import { type Interval, clip, normalise, subtract, widen } from './intervals';
import type { BookingParty, ShowAs } from './schema';
import { type CivilDate, addDays, daysBetween, formatDate, isoWeekday, localDate, minutesOf, zonedMinutesToEpochMs } from './zonedTime';

const MINUTE = 60_000;

/** Graph marks these as not blocking: time shown as free, or working from another place. */
const NOT_BLOCKING: ReadonlySet<ShowAs> = new Set(['free', 'workingElsewhere']);

/**
 * Stage 1: weekly working hours ("HH:mm" in the person's zone) as concrete UTC intervals, one
 * local day at a time from `from` to `to` inclusive. Daylight saving is handled here and only
 * here: each day's local times are converted with that day's own offset, so 08:00–17:00 stays
 * 08:00–17:00 on the wall clock on both sides of the change.
 */
export function workingIntervals(
  hours: WorkingHours,
  timeZone: string,
  from: CivilDate,
  to: CivilDate,
  options: { holidays?: ReadonlySet<string>; excludeLunch?: boolean } = {},
): Interval[] {
  const days = new Set(hours.days);
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  const lunch = options.excludeLunch && hours.lunch ? { start: minutesOf(hours.lunch.start), end: minutesOf(hours.lunch.end) } : undefined;
  const out: Interval[] = [];
  for (let i = 0, n = daysBetween(from, to); i <= n; i++) {
    const date = addDays(from, i);
    if (!days.has(isoWeekday(date)) || options.holidays?.has(formatDate(date))) continue;
    const at = (minutes: number) => zonedMinutesToEpochMs(date, minutes, timeZone);
    const day = { start: at(start), end: at(end) };
    out.push(...(lunch ? subtract([day], [{ start: at(lunch.start), end: at(lunch.end) }]) : [day]));
  }
  return normalise(out);
}

/** The busy blocks that count, as intervals grown by the buffer on both sides. */
export function blockingIntervals(busy: BookingParty['busy'], bufferMinutes: number): Interval[] {
  const blocks = busy
    .filter((b) => !NOT_BLOCKING.has(b.showAs))
    .map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end) }));
  return widen(blocks, bufferMinutes * MINUTE, bufferMinutes * MINUTE);
}

/**
 * The person's local days (yyyy-mm-dd) touched by an out-of-office block: someone who is away for
 * part of a day is not booked for a career conversation on that day at all (they come back to a
 * full inbox, or leave early), so the whole day is out, not only the hours.
 */
export function outOfOfficeDays(busy: BookingParty['busy'], timeZone: string): Set<string> {
  const days = new Set<string>();
  for (const block of busy) {
    if (block.showAs !== 'oof') continue;
    const last = localDate(Date.parse(block.end) - 1, timeZone);
    // Bounded: Graph's window is at most 61 days, and a stray year-long block stops here too.
    let date = localDate(Date.parse(block.start), timeZone);
    for (let step = 0; step < 400 && daysBetween(date, last) >= 0; step++, date = addDays(date, 1)) days.add(formatDate(date));
  }
  return days;
}

/** Stage 2: one person's bookable time within [from, to): working hours minus (buffered) busy time. */
export function freeIntervals(
  party: BookingParty,
  from: number,
  to: number,
  options: { holidays: ReadonlySet<string>; excludeLunch: boolean; bufferMinutes: number },
): Interval[] {
  // One local day either side, so a zone far from the organisation's still covers the window.
  const first = addDays(localDate(from, party.timeZone), -1);
  const last = addDays(localDate(to, party.timeZone), 1);
  const away = outOfOfficeDays(party.busy, party.timeZone);
  const holidays = away.size ? new Set([...options.holidays, ...away]) : options.holidays;
  const working = clip(workingIntervals(party.workingHours, party.timeZone, first, last, { ...options, holidays }), from, to);
  return subtract(working, blockingIntervals(party.busy, options.bufferMinutes));
}
