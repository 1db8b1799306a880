/**
 * Helpers for the booking tests only (not exported from the booking index): a small table DSL
 * for busy blocks and the sample organisation's people. Busy blocks are written with an explicit
 * UTC offset, so the expected instants never come from the code under test.
 */
import type { z } from 'zod';
import type { WorkingHours } from '../people';
import type { BusyInterval, ProposedSlot, SlotRequestInput } from './schema';

type BusyInput = z.input<typeof BusyInterval>;

const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const SHOW_AS = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'] as const;

/** Summer time in Amsterdam and Brussels. */
export const CEST = '+02:00';
/** Winter time in Amsterdam and Brussels. */
export const CET = '+01:00';

/**
 * One block per line: `[weekday] yyyy-mm-dd[..yyyy-mm-dd] HH:mm-HH:mm [showAs]`, local wall time at
 * `offset`; a date range repeats the block on every day of it, weekends too. A Dutch weekday
 * (`ma` … `zo`) is checked against the date, to catch typos in the table. `#` starts a comment.
 *
 *   busy(`
 *     di 2026-06-02 09:00-10:30
 *     2026-06-08..2026-06-12 08:00-17:00 oof   # holiday week
 *   `)
 */
export function busy(table: string, offset: string = CEST): BusyInterval[] {
  const out: BusyInterval[] = [];
  for (const raw of table.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const m = /^(?:(ma|di|wo|do|vr|za|zo)\s+)?(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?\s+(\d{2}:\d{2})-(\d{2}:\d{2})(?:\s+(\w+))?$/.exec(line);
    if (!m) throw new Error(`busy(): cannot read "${line}"`);
    const [, weekday, first, last = first, start, end, showAs = 'busy'] = m;
    if (!SHOW_AS.includes(showAs as (typeof SHOW_AS)[number])) throw new Error(`busy(): unknown showAs "${showAs}"`);
    for (const date of datesFrom(first!, last!)) {
      if (weekday && WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7] !== weekday) {
        throw new Error(`busy(): ${date} is not a "${weekday}"`);
      }
      out.push({ start: `${date}T${start}:00${offset}`, end: `${date}T${end}:00${offset}`, showAs: showAs as BusyInterval['showAs'] });
    }
  }
  return out;
}

/** Every date from `first` to `last` inclusive, as yyyy-mm-dd. */
export function datesFrom(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

/** Installatiebedrijf Hendriks: 08:00–17:00 Mon–Fri, lunch 12:00–12:30. */
export const fullTime: WorkingHours = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', lunch: { start: '12:00', end: '12:30' } };
/** Noor Visser, planner, part-time Mon–Thu. */
export const noorHours: WorkingHours = { ...fullTime, days: [1, 2, 3, 4] };

export function jeroen(busyBlocks: BusyInput[] = []) {
  return { timeZone: 'Europe/Amsterdam' as const, workingHours: fullTime, busy: busyBlocks };
}
export function sanne(busyBlocks: BusyInput[] = []) {
  return { timeZone: 'Europe/Amsterdam' as const, workingHours: fullTime, busy: busyBlocks };
}
export function noor(busyBlocks: BusyInput[] = []) {
  return { timeZone: 'Europe/Amsterdam' as const, workingHours: noorHours, busy: busyBlocks };
}

/**
 * `now` on Monday 18 May 2026 00:00 in Amsterdam, so with the default 14 days the first window
 * is Monday 1 – Sunday 7 June 2026 (summer time, no holidays).
 */
export const NOW = '2026-05-17T22:00:00Z';

export function request(overrides: Partial<SlotRequestInput> = {}): SlotRequestInput {
  return { now: NOW, parties: [jeroen(), sanne()], ...overrides };
}

/** "2026-06-01 09:00-10:00" for reading results in assertions. */
export function local(slot: ProposedSlot): string {
  return `${slot.date} ${slot.startTime}-${slot.endTime}`;
}
