import type { Database } from '@azure/cosmos';
import { dueKey, Reminder, reminderReadyAt, utcDay, utcInstant, type PageRequest, type ReminderStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** States a timer still has to act on: never sent, or sent and failed (retry). */
const PENDING_STATES = ['due', 'failed'];
/** What the dispatcher picks up: pending ones, and `sending` ones whose claim has expired (crash). */
const READY_STATES = ['due', 'failed', 'sending'];

/**
 * The due index: reminders are partitioned by tenant and UTC day of `dueAt`, so a timer reads a
 * handful of day buckets per tenant instead of scanning (no change feed or TTL locally).
 * A reminder's day is part of its identity: `replace` cannot move it to another day (that is a
 * new occurrence with its own idempotency key; the old one is closed).
 */
export function createReminderStore(database: Database): ReminderStore {
  const docs = new DocumentCollection<Reminder>(database, {
    entity: 'Reminder',
    spec: CONTAINERS.reminders,
    schema: Reminder,
    partitionKey: (r) => dueKey(r.tenantId, utcDay(r.dueAt)),
    derive: (r) => ({ dueKey: dueKey(r.tenantId, utcDay(r.dueAt)), dueAtUtc: utcInstant(r.dueAt), readyAtUtc: reminderReadyAt(r) }),
  });

  /** One day bucket of one tenant, filtered by time and state, in time order (a single-partition query). */
  const bucket = (tenantId: string, day: string, timeFilter: string, orderBy: 'dueAtUtc' | 'readyAtUtc', parameters: { cutoff: string; states: string[] }, page?: PageRequest) => {
    const key = dueKey(tenantId, day);
    return docs.queryPage(
      {
        tenantId,
        partitionKey: key,
        sql: `SELECT * FROM c WHERE c.dueKey = @dueKey AND c.tenantId = @tenantId AND ${timeFilter} AND ARRAY_CONTAINS(@states, c.state) ORDER BY c.${orderBy} ASC, c.id ASC`,
        parameters: { dueKey: key, ...parameters },
      },
      page,
    );
  };

  return {
    get: async (tenantId, dueAt, id) => docs.read(tenantId, dueKey(tenantId, utcDay(dueAt)), id),

    listDue: async (tenantId, day, until, page) =>
      bucket(tenantId, day, 'c.dueAtUtc <= @cutoff', 'dueAtUtc', { cutoff: utcInstant(until), states: PENDING_STATES }, page),

    listReady: async (tenantId, day, now, page) =>
      bucket(tenantId, day, 'c.readyAtUtc <= @cutoff', 'readyAtUtc', { cutoff: utcInstant(now), states: READY_STATES }, page),

    create: async (reminder) => docs.create(reminder),
    replace: async (reminder, ifMatch) => docs.replace(reminder, ifMatch),

    // Across the tenant's day buckets: rare (a person asking for their data), never on a timer's path.
    listForRecipient: async (tenantId, recipientId, page) =>
      docs.queryPage(
        {
          tenantId,
          sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.recipientId = @recipientId ORDER BY c.dueAtUtc ASC, c.id ASC',
          parameters: { recipientId },
        },
        page,
      ),
  };
}
