import { z } from 'zod';
import { IsoDateTime } from '../conversation';
import { Guid } from '../people';

/**
 * The reminder dispatcher's own documents, in the `dispatch` container: a lease per tenant (so two
 * overlapping timer runs never work the same tenant) and one bundle record per person per local
 * day (the "at most one bundle a day" key, and the sent marker that makes a restart idempotent).
 */

export const DispatchLease = z.object({
  /** `lease|<purpose>`: one lease per tenant and purpose. */
  id: z.string().min(1).max(100),
  tenantId: Guid,
  holder: z.string().min(1).max(100),
  until: IsoDateTime,
});
export type DispatchLease = z.infer<typeof DispatchLease>;

/**
 * claimed: a run holds it and may have POSTed it (after a crash the outcome is unknown, and a
 * takeover resends); sent: the connector accepted it (the sent marker); failed: it did not.
 */
export const BundleState = z.enum(['claimed', 'sent', 'failed']);
export const ReminderBundle = z.object({
  /** `bundle|recipientId|yyyy-mm-dd` (the recipient's local day). */
  id: z.string().min(1).max(200),
  tenantId: Guid,
  recipientId: Guid,
  day: z.string().date(),
  state: BundleState,
  reminderIds: z.array(z.string().min(1).max(200)).max(50),
  /** The same reminders with their due time (their partition): lets the bot re-read a card's reminders. */
  items: z.array(z.object({ id: z.string().min(1).max(200), dueAt: IsoDateTime })).max(50).optional(),
  runId: z.string().min(1).max(100),
  claimUntil: IsoDateTime,
  attempts: z.number().int().min(0),
  activityId: z.string().max(500).optional(),
  sentAt: IsoDateTime.optional(),
});
export type ReminderBundle = z.infer<typeof ReminderBundle>;

/**
 * Which reminder occurrences a subject (a POP) was last given, so re-scheduling it after an edit
 * can skip the ones it no longer wants with point reads (the due index is partitioned by day).
 */
export const ReminderSchedule = z.object({
  /** `schedule|<subjectId>`. */
  id: z.string().min(1).max(200),
  tenantId: Guid,
  subjectId: z.string().min(1).max(100),
  occurrences: z.array(z.object({ id: z.string().min(1).max(200), dueAt: IsoDateTime })).max(1000),
  updatedAt: IsoDateTime,
});
export type ReminderSchedule = z.infer<typeof ReminderSchedule>;

export function scheduleId(subjectId: string): string {
  return `schedule|${subjectId}`;
}

/** The day is the last part of a bundle id; it is also the bundle's partition. */
export function bundleDay(id: string): string {
  const day = id.slice(id.lastIndexOf('|') + 1);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a bundle id: ${id}`);
  return day;
}
