import type { Database } from '@azure/cosmos';
import { Reminder, type ReminderStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { dueKey, utcDay, utcInstant } from '../keys';
import { DocumentCollection } from './documents';

/** States a timer still has to act on: never sent, or sent and failed (retry). */
const PENDING_STATES = ['due', 'failed'];

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
    derive: (r) => ({ dueKey: dueKey(r.tenantId, utcDay(r.dueAt)), dueAtUtc: utcInstant(r.dueAt) }),
  });

  return {
    get: async (tenantId, dueAt, id) => docs.read(tenantId, dueKey(tenantId, utcDay(dueAt)), id),

    listDue: async (tenantId, day, until, page) => {
      const key = dueKey(tenantId, day);
      return docs.queryPage(
        {
          tenantId,
          partitionKey: key,
          sql:
            'SELECT * FROM c WHERE c.dueKey = @dueKey AND c.tenantId = @tenantId AND c.dueAtUtc <= @until ' +
            'AND ARRAY_CONTAINS(@states, c.state) ORDER BY c.dueAtUtc ASC, c.id ASC',
          parameters: { dueKey: key, until: utcInstant(until), states: PENDING_STATES },
        },
        page,
      );
    },

    create: async (reminder) => docs.create(reminder),
    replace: async (reminder, ifMatch) => docs.replace(reminder, ifMatch),
  };
}
