import type { Locale } from '@koers/domain';

/**
 * Short, scannable times for lists and buttons: "di 8 dec 10:00–11:00". Always in the
 * organisation's time zone, never the browser's (a manager abroad still plans in Eindhoven time).
 */

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

function join(day: string, from: string, to: string | undefined): string {
  return to ? `${day} ${from}–${to}` : `${day} ${from}`;
}

/** A proposal's civil date and local times are already in the organisation's zone. */
export function slotLabel(slot: { date: string; startTime: string; endTime: string }, locale: Locale): string {
  // Noon UTC of that civil date, formatted in UTC: the same day whatever zone the browser is in.
  const day = new Intl.DateTimeFormat(locale, { ...DAY, timeZone: 'UTC' }).format(new Date(`${slot.date}T12:00:00Z`));
  return join(day, slot.startTime, slot.endTime);
}

/** A stored conversation's UTC instants, shown in `timeZone`. */
export function periodLabel(start: string, end: string | undefined, timeZone: string, locale: Locale): string {
  const day = new Intl.DateTimeFormat(locale, { ...DAY, timeZone }).format(new Date(start));
  const time = new Intl.DateTimeFormat(locale, { ...TIME, timeZone });
  return join(day, time.format(new Date(start)), end ? time.format(new Date(end)) : undefined);
}
