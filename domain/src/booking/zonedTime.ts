/**
 * Wall-clock time in a named IANA time zone ↔ UTC instants, with `Intl` only (no date library, no
 * local-time `Date` methods, so the machine's own TZ never leaks in). This is the one place Koers
 * converts between the two; everything else works in UTC epoch milliseconds or civil dates.
 *
 * The API matches functions/src/sample/zonedTime.ts so the sample data can switch to this file.
 */

/** A civil date, no time zone: { year, month 1-12, day 1-31 }. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

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

function epochMs(instant: Date | number): number {
  return typeof instant === 'number' ? instant : instant.getTime();
}

/** Offset in ms (whole seconds) at an instant, read from Intl. Exact, but a few µs per call. */
function intlOffsetMs(ms: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const get = (name: string): number => {
    const value = fields[name];
    if (value === undefined || Number.isNaN(value)) throw new Error(`Intl gave no ${name} for ${timeZone}`);
    return value;
  };
  const asIfUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asIfUtc - Math.floor(ms / 1000) * 1000;
}

const HOUR = 3_600_000;
/** Per zone: hour index → offset (ms) at the start of that UTC hour. Bounded; only speeds things up. */
const hourOffsets = new Map<string, Map<number, number>>();

function offsetAtHour(hour: number, timeZone: string): number {
  let zone = hourOffsets.get(timeZone);
  if (!zone) hourOffsets.set(timeZone, (zone = new Map<number, number>()));
  let offset = zone.get(hour);
  if (offset === undefined) {
    if (zone.size > 100_000) zone.clear();
    offset = intlOffsetMs(hour * HOUR, timeZone);
    zone.set(hour, offset);
  }
  return offset;
}

/**
 * Offset in ms at an instant. When the offset is the same at both ends of the UTC hour around the
 * instant it holds for the whole hour (no zone in the tz database changes twice within an hour),
 * so two cached look-ups answer; only the hour of a change asks Intl about the instant itself.
 */
function offsetMs(ms: number, timeZone: string): number {
  const hour = Math.floor(ms / HOUR);
  const atStart = offsetAtHour(hour, timeZone);
  return atStart === offsetAtHour(hour + 1, timeZone) ? atStart : intlOffsetMs(ms, timeZone);
}

/** The wall-clock fields of an instant in a time zone (seconds truncated, never rounded). */
export function wallClock(instant: Date | number, timeZone: string): WallClock {
  const ms = epochMs(instant);
  // Shifting by the offset and reading UTC fields gives the wall clock; local-time Date methods never do.
  const local = new Date(Math.floor(ms / 1000) * 1000 + offsetMs(ms, timeZone));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** Offset of the zone from UTC at an instant, in minutes (Amsterdam: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date | number, timeZone: string): number {
  return Math.round(offsetMs(epochMs(instant), timeZone) / MINUTE);
}

/**
 * The instant (epoch ms) at which the wall clock in `timeZone` shows `date` at `minutes` after
 * midnight. Resolves like Temporal's 'compatible' disambiguation, as calendar software does:
 * a wall time skipped in spring (02:30 on the last Sunday of March) lands an hour later (03:30
 * summer time); a wall time that happens twice in autumn takes the first (summer-time) occurrence.
 * Assumes at most one offset change within a day either side, true for every real zone.
 */
export function zonedMinutesToEpochMs(date: CivilDate, minutes: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE;
  const before = offsetMinutes(wall - DAY, timeZone);
  const after = offsetMinutes(wall + DAY, timeZone);
  const candidates = [wall - before * MINUTE, wall - after * MINUTE]
    .filter((utc) => utc + offsetMinutes(utc, timeZone) * MINUTE === wall)
    .sort((a, b) => a - b);
  // In a gap no candidate reads back; the offset from before the change moves us forward by the gap.
  return candidates[0] ?? wall - before * MINUTE;
}

/** The instant at which the wall clock in `timeZone` shows `date` + `time` ("HH:mm"). */
export function zonedTimeToUtc(date: CivilDate, time: string, timeZone: string): Date {
  return new Date(zonedMinutesToEpochMs(date, minutesOf(time), timeZone));
}

/** The local civil date of an instant in a time zone. */
export function localDate(instant: Date | number, timeZone: string): CivilDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return { year, month, day };
}

/** The instant local midnight starts `date` in `timeZone`. */
export function startOfLocalDay(date: CivilDate, timeZone: string): number {
  return zonedMinutesToEpochMs(date, 0, timeZone);
}

/** The civil date `days` after `date` (negative goes back). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole civil days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / DAY);
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
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) throw new RangeError(`not HH:mm: ${time}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** Minutes since midnight → "HH:mm". */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
