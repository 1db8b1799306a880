import type { RoundPlanBooking } from '@koers/domain';
import type { OwnTime } from '../plan/OwnTimePicker';
import type { Where } from '../plan/WherePicker';

/** What the manager chose for one member: "Ander moment" open, the time picked there, where they meet. */
export interface RowChoice {
  picking: boolean;
  own?: OwnTime;
  where: Where;
}

export interface RowToBook {
  employeeId: string;
  /** The proposal (or the new one after a time was taken); none when Koers found nothing. */
  slot?: { start: string; end: string };
  choice: RowChoice;
}

/**
 * The bookings a confirmation sends: a time picked by hand wins over the proposal while "Ander
 * moment" is open. A member without any time is left out, unless the manager opened "Ander
 * moment" for them; that one, and an in-person meeting without a place, is incomplete and
 * nothing is sent.
 */
export function nextBookings(rows: readonly RowToBook[]): { bookings: RoundPlanBooking[]; incomplete: string[] } {
  const bookings: RoundPlanBooking[] = [];
  const incomplete: string[] = [];
  for (const { employeeId, slot, choice } of rows) {
    const own = choice.picking ? choice.own : undefined;
    const time = own ?? slot;
    const location = choice.where.inPerson ? choice.where.location.trim() : undefined;
    if (!time) {
      if (choice.picking) incomplete.push(employeeId);
      continue;
    }
    if (location === '') {
      incomplete.push(employeeId);
      continue;
    }
    bookings.push({ employeeId, start: time.start, end: time.end, ...(location ? { location } : {}), ...(own?.shortNotice ? { shortNotice: true } : {}) });
  }
  return { bookings, incomplete };
}
