import { dateTimeFormat } from '../../format/dateTimeFormat';
import type { Locale } from '@koers/domain';

/** A civil date ("2027-06-30") as "30 juni 2027": formatted at noon UTC, so no zone can shift the day. */
export function civilDateLabel(ymd: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return ymd;
  return dateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ymd}T12:00:00Z`));
}

/** An instant (an approval, a note) as a short date and time in the person's time zone. */
export function instantLabel(iso: string, timeZone: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}
