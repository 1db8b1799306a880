import type { Reminder } from '../records';
import { isSendableAt, nextSendMoment, recipientDay, startOfNextLocalDay, type RecipientCalendar } from './quietHours';

/**
 * Bundling: everything due for one person goes out as one chat message, and a person gets at
 * most one such bundle per local day. Items that would make a second bundle wait for tomorrow's
 * first allowed moment. Pure: the dispatcher passes `now` and whether today's bundle exists.
 */

/** A card with more items than this is a wall of text; the rest waits for the next day. */
export const MAX_ITEMS_PER_BUNDLE = 10;

export type BundlePlan =
  | { action: 'send'; day: string; items: Reminder[]; deferred: Reminder[]; deferUntil?: string }
  | { action: 'defer'; items: Reminder[]; until: string }
  | { action: 'unreachable'; items: Reminder[] };

/** The bundle's id: one per recipient per local day, so "at most one a day" is a unique key. */
export function bundleId(recipientId: string, day: string): string {
  return `bundle|${recipientId}|${day}`;
}

/**
 * A notice's own bundle (one message, sent at once): the notice's key in place of the person's
 * daily bundle, the day last so the record sits in that day's partition like the others.
 */
export function noticeBundleId(recipientId: string, noticeId: string, day: string): string {
  return `bundle|${recipientId}|${noticeId.slice(noticeId.lastIndexOf('|') + 1)}|${day}`;
}

function byDue(a: Reminder, b: Reminder): number {
  return Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function planBundle(input: {
  now: number;
  calendar: RecipientCalendar;
  /** Pending and still relevant items of one recipient. */
  items: readonly Reminder[];
  /** Whether this recipient already received (or is receiving) today's bundle. */
  bundledToday: boolean;
}): BundlePlan {
  const { now, calendar } = input;
  const items = [...input.items].sort(byDue);
  const later = (from: number): BundlePlan => {
    const at = nextSendMoment(from, calendar);
    return at === undefined ? { action: 'unreachable', items } : { action: 'defer', items, until: new Date(at).toISOString() };
  };
  if (input.bundledToday) return later(startOfNextLocalDay(now, calendar.timeZone));
  if (!isSendableAt(now, calendar)) return later(now);
  const sending = items.slice(0, MAX_ITEMS_PER_BUNDLE);
  const deferred = items.slice(MAX_ITEMS_PER_BUNDLE);
  const plan: BundlePlan = { action: 'send', day: recipientDay(now, calendar), items: sending, deferred };
  if (deferred.length > 0) {
    const at = nextSendMoment(startOfNextLocalDay(now, calendar.timeZone), calendar);
    if (at !== undefined) plan.deferUntil = new Date(at).toISOString();
  }
  return plan;
}
