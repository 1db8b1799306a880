import type { Locale } from '../people';

/**
 * Dates as people read them in chat, in the organisation's time zone: "di 8 dec 10:00–11:00".
 * Always with an explicit zone: the server runs in UTC, the people do not. The locale is Koers'
 * own (`Locale`), which is also the Intl tag.
 */

/**
 * Building an Intl.DateTimeFormat costs far more than using one (tens of µs: the reminder
 * dispatcher formats a date for every card), so each (locale, options, zone) is built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: 'day' | 'time' | 'long', timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === 'day'
        ? { weekday: 'short', day: 'numeric', month: 'short' }
        : style === 'time'
          ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
          : { day: 'numeric', month: 'long', year: 'numeric' };
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** "di 8 dec" (nl), "Tue 8 Dec" (en). */
export function formatDay(instant: string, timeZone: string, locale: Locale): string {
  const parts = formatter(locale, 'day', timeZone).formatToParts(new Date(instant));
  // Built from parts: some ICU versions put a dot after "dec" or a comma after "Tue".
  return `${part(parts, 'weekday').replace(/\.$/, '')} ${part(parts, 'day')} ${part(parts, 'month').replace(/\.$/, '')}`;
}

/** "10:00" on a 24-hour clock, as in both countries. */
export function formatTime(instant: string, timeZone: string): string {
  const parts = formatter('nl-NL', 'time', timeZone).formatToParts(new Date(instant));
  return `${part(parts, 'hour')}:${part(parts, 'minute')}`;
}

/** "di 8 dec 10:00–11:00"; a range past midnight names the second day too. */
export function formatTimeRange(start: string, end: string, timeZone: string, locale: Locale): string {
  const startDay = formatDay(start, timeZone, locale);
  const endDay = formatDay(end, timeZone, locale);
  const tail = endDay === startDay ? formatTime(end, timeZone) : `${endDay} ${formatTime(end, timeZone)}`;
  return `${startDay} ${formatTime(start, timeZone)}–${tail}`;
}

/** "8 december 2026" (nl), "8 December 2026" (en): a day as written in a document, in the given zone. */
export function formatLongDate(instant: string, timeZone: string, locale: Locale): string {
  const parts = formatter(locale, 'long', timeZone).formatToParts(new Date(instant));
  return `${part(parts, 'day')} ${part(parts, 'month')} ${part(parts, 'year')}`;
}

/** A civil date "2027-06-30" (a deadline) as "30 juni 2027": a day, so no time zone may shift it. */
export function formatCivilDate(ymd: string, locale: Locale): string {
  return formatLongDate(`${ymd}T12:00:00Z`, 'UTC', locale);
}
