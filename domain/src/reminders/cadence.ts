import { addDays, formatDate, isoWeekday, localDate, parseDate, type CivilDate } from '../booking/zonedTime';
import { isWorkingDay, nextSendMoment, workingDayOnOrBefore, workingWindow, type RecipientCalendar } from './quietHours';

/**
 * When follow-up reminders fall: check-ins at a cadence (organisation default, per-POP override),
 * reminders a number of days before a milestone or deadline, and snoozes. Pure: `now` is passed in.
 * A POP goal reminder kind uses these to compute its `dueAt`; the dispatcher only sends.
 */

/** The organisation's default is monthly (OrganisationSettings.checkInCadenceDays, 30 by default). */
export function cadenceDays(orgDefaultDays: number, popOverrideDays?: number): number {
  const days = popOverrideDays ?? orgDefaultDays;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`cadence must be a whole number of days ≥ 1: ${days}`);
  return days;
}

/**
 * Check-in moments after `anchor` (the POP's approval or the last check-in), every `everyDays`
 * days, up to and including `until`; each falls at the first allowed moment on or after its day,
 * so a check-in due on a Saturday arrives on Monday morning. At most `max` (bounded work per call).
 */
export function checkInMoments(input: {
  anchor: string;
  everyDays: number;
  until: string;
  now: string;
  calendar: RecipientCalendar;
  max?: number;
}): string[] {
  const { calendar } = input;
  const until = Date.parse(input.until);
  const now = Date.parse(input.now);
  const anchorDay = localDate(Date.parse(input.anchor), calendar.timeZone);
  const out: string[] = [];
  const max = input.max ?? 24;
  for (let n = 1; out.length < max; n++) {
    const day = addDays(anchorDay, n * input.everyDays);
    const at = nextSendMoment(workingWindow(day, calendar).start, calendar);
    if (at === undefined || at > until) break;
    if (at > now) out.push(new Date(at).toISOString());
  }
  return out;
}

/**
 * Reminders `daysBefore` calendar days before `target` (a milestone or deadline date), at the start
 * of the recipient's working day. A day that is not a working day moves earlier, never later: a
 * reminder "one day before" must still come before. Moments already past are left out.
 */
export function daysBeforeMoments(input: {
  target: string;
  daysBefore: readonly number[];
  now: string;
  calendar: RecipientCalendar;
}): { daysBefore: number; at: string }[] {
  const target = parseDate(input.target);
  const now = Date.parse(input.now);
  const out: { daysBefore: number; at: string }[] = [];
  for (const days of [...input.daysBefore].sort((a, b) => b - a)) {
    const day = workingDayOnOrBefore(addDays(target, -days), input.calendar);
    if (!day || formatDate(day) >= input.target) continue;
    const at = workingWindow(day, input.calendar).start;
    if (at > now) out.push({ daysBefore: days, at: new Date(at).toISOString() });
  }
  return out;
}

/** Default milestone/deadline offsets: a week and a day before. */
export const DEFAULT_DAYS_BEFORE = [7, 1] as const;

/** "Later herinneren": the choices on a reminder card. */
export const SNOOZE_CHOICES = ['next-working-day', 'in-three-working-days', 'next-week', 'in-a-week'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

function nthWorkingDayAfter(date: CivilDate, n: number, calendar: RecipientCalendar): CivilDate | undefined {
  let day = date;
  for (let found = 0, step = 0; step < 120; step++) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar) && ++found === n) return day;
  }
  return undefined;
}

/** When a snoozed reminder comes back: always the start of a working day, never later the same day. */
export function snoozeUntil(choice: SnoozeChoice, now: string, calendar: RecipientCalendar): string | undefined {
  const today = localDate(Date.parse(now), calendar.timeZone);
  let day: CivilDate | undefined;
  switch (choice) {
    case 'next-working-day':
      day = nthWorkingDayAfter(today, 1, calendar);
      break;
    case 'in-three-working-days':
      day = nthWorkingDayAfter(today, 3, calendar);
      break;
    case 'next-week': {
      // ISO weeks start on Monday: the first working day of next week (Monday unless it is off).
      const monday = addDays(today, 8 - isoWeekday(today));
      const at = nextSendMoment(workingWindow(monday, calendar).start, calendar);
      return at === undefined ? undefined : new Date(at).toISOString();
    }
    case 'in-a-week': {
      // "Over een week": the same weekday next week, or the first working day after it when that is off.
      const at = nextSendMoment(workingWindow(addDays(today, 7), calendar).start, calendar);
      return at === undefined ? undefined : new Date(at).toISOString();
    }
  }
  return day ? new Date(workingWindow(day, calendar).start).toISOString() : undefined;
}
