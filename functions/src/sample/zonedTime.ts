/**
 * Wall-clock time in a named time zone ↔ UTC, with Intl only (no date library). Correct across
 * daylight-saving changes because the offset is looked up for the instant itself.
 */

/** A civil date, no time zone: { year, month 1-12, day 1-31 }. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): CivilDate & { hour: number; minute: number; second: number } {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const get = (name: string): number => {
    const value = fields[name];
    if (value === undefined || Number.isNaN(value)) throw new Error(`Intl gave no ${name} for ${timeZone}`);
    return value;
  };
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Offset of the zone from UTC at an instant, in minutes (Amsterdam: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asIfUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asIfUtc - whole) / 60_000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` + `time` ("HH:mm").
 * Two passes settle the offset on either side of a DST change; a wall time that does not exist
 * (the skipped spring hour) lands one hour later, like most calendar software.
 */
export function zonedTimeToUtc(date: CivilDate, time: string, timeZone: string): Date {
  const [hh, mm] = time.split(':').map(Number);
  if (hh === undefined || mm === undefined || Number.isNaN(hh) || Number.isNaN(mm)) throw new RangeError(`not HH:mm: ${time}`);
  const wall = Date.UTC(date.year, date.month - 1, date.day, hh, mm);
  let utc = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  const second = wall - offsetMinutes(new Date(utc), timeZone) * 60_000;
  if (second !== utc) utc = second;
  return new Date(utc);
}

/** The civil date `days` after `date` (negative goes back). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday of a civil date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CivilDate): number {
  const js = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return js === 0 ? 7 : js;
}

export function formatDate(date: CivilDate): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function parseDate(ymd: string): CivilDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`not yyyy-mm-dd: ${ymd}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "HH:mm" → minutes since midnight. */
export function minutesOf(time: string): number {
  const [hh, mm] = time.split(':').map(Number);
  if (hh === undefined || mm === undefined || Number.isNaN(hh) || Number.isNaN(mm)) throw new RangeError(`not HH:mm: ${time}`);
  return hh * 60 + mm;
}

/** Minutes since midnight → "HH:mm". */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
