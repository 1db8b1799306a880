import type { Database } from '@azure/cosmos';
import { Guid, IsoDateTime, type Stored } from '@koers/domain';
import { z } from 'zod';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

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

export interface DispatchStore {
  getLease(tenantId: string, id: string): Promise<Stored<DispatchLease> | undefined>;
  createLease(lease: DispatchLease): Promise<Stored<DispatchLease>>;
  replaceLease(lease: DispatchLease, ifMatch: string): Promise<Stored<DispatchLease>>;
  getBundle(tenantId: string, id: string): Promise<Stored<ReminderBundle> | undefined>;
  createBundle(bundle: ReminderBundle): Promise<Stored<ReminderBundle>>;
  replaceBundle(bundle: ReminderBundle, ifMatch: string): Promise<Stored<ReminderBundle>>;
  getSchedule(tenantId: string, id: string): Promise<Stored<ReminderSchedule> | undefined>;
  createSchedule(schedule: ReminderSchedule): Promise<Stored<ReminderSchedule>>;
  replaceSchedule(schedule: ReminderSchedule, ifMatch: string): Promise<Stored<ReminderSchedule>>;
}

const LEASE_SCOPE = 'lease';

/** The day is the last part of a bundle id; it is also the bundle's partition. */
export function bundleDay(id: string): string {
  const day = id.slice(id.lastIndexOf('|') + 1);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RangeError(`not a bundle id: ${id}`);
  return day;
}

function scopeKey(tenantId: string, scope: string): string {
  return `${tenantId}|${scope}`;
}

export function createDispatchStore(database: Database): DispatchStore {
  const leases = new DocumentCollection<DispatchLease>(database, {
    entity: 'DispatchLease',
    spec: CONTAINERS.dispatch,
    schema: DispatchLease,
    partitionKey: (l) => scopeKey(l.tenantId, LEASE_SCOPE),
    derive: (l) => ({ scopeKey: scopeKey(l.tenantId, LEASE_SCOPE) }),
  });
  const bundles = new DocumentCollection<ReminderBundle>(database, {
    entity: 'ReminderBundle',
    spec: CONTAINERS.dispatch,
    schema: ReminderBundle,
    partitionKey: (b) => scopeKey(b.tenantId, b.day),
    derive: (b) => ({ scopeKey: scopeKey(b.tenantId, b.day) }),
  });
  // One logical partition per subject: schedules are read and written one at a time, by id.
  const schedules = new DocumentCollection<ReminderSchedule>(database, {
    entity: 'ReminderSchedule',
    spec: CONTAINERS.dispatch,
    schema: ReminderSchedule,
    partitionKey: (s) => scopeKey(s.tenantId, s.id),
    derive: (s) => ({ scopeKey: scopeKey(s.tenantId, s.id) }),
  });
  return {
    getSchedule: (tenantId, id) => schedules.read(tenantId, scopeKey(tenantId, id), id),
    createSchedule: (schedule) => schedules.create(schedule),
    replaceSchedule: (schedule, ifMatch) => schedules.replace(schedule, ifMatch),
    getLease: (tenantId, id) => leases.read(tenantId, scopeKey(tenantId, LEASE_SCOPE), id),
    createLease: (lease) => leases.create(lease),
    replaceLease: (lease, ifMatch) => leases.replace(lease, ifMatch),
    getBundle: (tenantId, id) => bundles.read(tenantId, scopeKey(tenantId, bundleDay(id)), id),
    createBundle: (bundle) => bundles.create(bundle),
    replaceBundle: (bundle, ifMatch) => bundles.replace(bundle, ifMatch),
  };
}
