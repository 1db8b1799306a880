import type { Database } from '@azure/cosmos';
import { bundleDay, DISPATCH_LEASE_SCOPE, DispatchLease, ReminderBundle, ReminderSchedule, scopeKey, type DispatchStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** The dispatcher's documents (domain reminders/dispatch.ts) in the `dispatch` container. */

export function createDispatchStore(database: Database): DispatchStore {
  const leases = new DocumentCollection<DispatchLease>(database, {
    entity: 'DispatchLease',
    spec: CONTAINERS.dispatch,
    schema: DispatchLease,
    partitionKey: (l) => scopeKey(l.tenantId, DISPATCH_LEASE_SCOPE),
    derive: (l) => ({ scopeKey: scopeKey(l.tenantId, DISPATCH_LEASE_SCOPE) }),
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
    getSchedule: async (tenantId, id) => schedules.read(tenantId, scopeKey(tenantId, id), id),
    createSchedule: async (schedule) => schedules.create(schedule),
    replaceSchedule: async (schedule, ifMatch) => schedules.replace(schedule, ifMatch),
    getLease: async (tenantId, id) => leases.read(tenantId, scopeKey(tenantId, DISPATCH_LEASE_SCOPE), id),
    createLease: async (lease) => leases.create(lease),
    replaceLease: async (lease, ifMatch) => leases.replace(lease, ifMatch),
    getBundle: async (tenantId, id) => bundles.read(tenantId, scopeKey(tenantId, bundleDay(id)), id),
    createBundle: async (bundle) => bundles.create(bundle),
    replaceBundle: async (bundle, ifMatch) => bundles.replace(bundle, ifMatch),
    // Across the day partitions: only for "Mijn gegevens", never on the dispatcher's path.
    listBundlesForRecipient: async (tenantId, recipientId) =>
      bundles.queryAll({
        tenantId,
        sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.recipientId = @recipientId ORDER BY c.id ASC',
        parameters: { recipientId },
      }),
  };
}
