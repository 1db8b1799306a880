import { formatDay, formatTime, type Locale } from '@koers/domain';

/**
 * Short, scannable times for lists and buttons: "di 8 dec 10:00–11:00", in the same words as the
 * bot's cards (domain/src/i18n/dates.ts). Always in the organisation's time zone, never the
 * browser's (a manager abroad still plans in Eindhoven time).
 */

function join(day: string, from: string, to: string | undefined): string {
  return to ? `${day} ${from}–${to}` : `${day} ${from}`;
}

/** A proposal's civil date and local times are already in the organisation's zone. */
export function slotLabel(slot: { date: string; startTime: string; endTime: string }, locale: Locale): string {
  // Noon UTC of that civil date, formatted in UTC: the same day whatever zone the browser is in.
  return join(formatDay(`${slot.date}T12:00:00Z`, 'UTC', locale), slot.startTime, slot.endTime);
}

/** A stored conversation's UTC instants, shown in `timeZone`. */
export function periodLabel(start: string, end: string | undefined, timeZone: string, locale: Locale): string {
  return join(formatDay(start, timeZone, locale), formatTime(start, timeZone), end ? formatTime(end, timeZone) : undefined);
}
