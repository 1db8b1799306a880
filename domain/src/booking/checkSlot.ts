import { freeIntervals } from './availability';
import { BookingParty } from './schema';
import { addDays, isoWeekday, localDate, formatDate, zonedTimeToUtc } from './zonedTime';
import type { WorkingHours } from '../people';

/**
 * Whether a chosen time can still be booked: proposals are computed earlier and calendars move
 * meanwhile, so the booking re-checks the chosen slot against fresh busy times. Hard rules only
 * (the ones chooseSlots never breaks): not in the past, inside every party's working hours, not
 * over lunch, not on a holiday, not over busy time. The buffer is a ranking preference, so a slot
 * right after a meeting is still bookable.
 */
export type SlotCheck = 'ok' | 'slot-too-soon' | 'slot-unavailable';

export function checkSlot(input: {
  now: string;
  start: string;
  end: string;
  parties: readonly BookingParty[];
  holidays: readonly string[];
}): SlotCheck {
  const start = Date.parse(input.start);
  const end = Date.parse(input.end);
  if (!(end > start)) return 'slot-unavailable';
  if (start < Date.parse(input.now)) return 'slot-too-soon';
  const holidays = new Set(input.holidays);
  for (const raw of input.parties) {
    const party = BookingParty.parse(raw);
    const free = freeIntervals(party, start, end, { holidays, excludeLunch: true, bufferMinutes: 0 });
    const covered = free.some((interval) => interval.start <= start && interval.end >= end);
    if (!covered) return 'slot-unavailable';
  }
  return 'ok';
}

/**
 * When to nudge the employee about preparing (good preparation is half the work): at the start of
 * their working day, `workingDaysBefore` of their working days before the meeting's day, skipping
 * holidays. Undefined when that moment has already passed (booked at short notice).
 */
export function prepNudgeAt(input: {
  meetingStart: string;
  now: string;
  timeZone: string;
  workingHours: WorkingHours;
  holidays: readonly string[];
  workingDaysBefore?: number;
}): string | undefined {
  const wanted = input.workingDaysBefore ?? 3;
  const workdays = new Set(input.workingHours.days);
  const holidays = new Set(input.holidays);
  let date = localDate(Date.parse(input.meetingStart), input.timeZone);
  let found = 0;
  // Bounded: even a one-day week finds three working days within a few months.
  for (let step = 0; step < 120 && found < wanted; step++) {
    date = addDays(date, -1);
    if (workdays.has(isoWeekday(date)) && !holidays.has(formatDate(date))) found++;
  }
  if (found < wanted) return undefined;
  const at = zonedTimeToUtc(date, input.workingHours.start, input.timeZone);
  return at.getTime() > Date.parse(input.now) ? at.toISOString() : undefined;
}
