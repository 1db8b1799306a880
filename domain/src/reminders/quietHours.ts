import { addDays, formatDate, isoWeekday, localDate, minutesOf, startOfLocalDay, zonedMinutesToEpochMs, type CivilDate } from '../booking/zonedTime';
import type { WorkingHours } from '../people';

/**
 * When Koers may put a message in someone's chat: only inside their own working hours, in their
 * own time zone, on their working days (part-timers: only their days), never on a holiday of their
 * organisation. All instants are epoch ms; the caller passes `now` (no clock reads here).
 */
export interface RecipientCalendar {
  timeZone: string;
  workingHours: WorkingHours;
  /** yyyy-mm-dd in the organisation's time zone. */
  holidays: readonly string[];
}

/** Holidays cluster (Christmas, Easter, a part-timer's long weekend) but never for two months. */
const SEARCH_DAYS = 60;

export function isWorkingDay(date: CivilDate, calendar: RecipientCalendar): boolean {
  return calendar.workingHours.days.includes(isoWeekday(date)) && !calendar.holidays.includes(formatDate(date));
}

/** The [start, end) of a working day in epoch ms; DST-safe because each end is resolved on its own. */
export function workingWindow(date: CivilDate, calendar: RecipientCalendar): { start: number; end: number } {
  const { timeZone, workingHours } = calendar;
  return {
    start: zonedMinutesToEpochMs(date, minutesOf(workingHours.start), timeZone),
    end: zonedMinutesToEpochMs(date, minutesOf(workingHours.end), timeZone),
  };
}

export function isSendableAt(instant: number, calendar: RecipientCalendar): boolean {
  const date = localDate(instant, calendar.timeZone);
  if (!isWorkingDay(date, calendar)) return false;
  const window = workingWindow(date, calendar);
  return instant >= window.start && instant < window.end;
}

/** The first moment at or after `instant` when a message may be sent; undefined if none within two months. */
export function nextSendMoment(instant: number, calendar: RecipientCalendar): number | undefined {
  let date = localDate(instant, calendar.timeZone);
  for (let step = 0; step < SEARCH_DAYS; step++, date = addDays(date, 1)) {
    if (!isWorkingDay(date, calendar)) continue;
    const window = workingWindow(date, calendar);
    if (instant < window.start) return window.start;
    if (instant < window.end) return instant;
  }
  return undefined;
}

/** The start of the next local day after `instant` (for "not again today"), DST-safe. */
export function startOfNextLocalDay(instant: number, timeZone: string): number {
  return startOfLocalDay(addDays(localDate(instant, timeZone), 1), timeZone);
}

/** `date` itself when it is a working day, else the closest working day before it. */
export function workingDayOnOrBefore(date: CivilDate, calendar: RecipientCalendar): CivilDate | undefined {
  let day = date;
  for (let step = 0; step < SEARCH_DAYS; step++, day = addDays(day, -1)) {
    if (isWorkingDay(day, calendar)) return day;
  }
  return undefined;
}

/** The local day (yyyy-mm-dd) of an instant for a recipient: the unit of "one bundle a day". */
export function recipientDay(instant: number, calendar: Pick<RecipientCalendar, 'timeZone'>): string {
  return formatDate(localDate(instant, calendar.timeZone));
}
