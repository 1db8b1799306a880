import type { Database } from '@azure/cosmos';
import { ChangeLogEntry, type ChangeLogStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** The works council's change log: a handful of lines a month per tenant, in the tenant's partition. */
export function createChangeLogStore(database: Database): ChangeLogStore {
  const docs = new DocumentCollection<ChangeLogEntry>(database, {
    entity: 'ChangeLogEntry',
    spec: CONTAINERS.changeLog,
    schema: ChangeLogEntry,
    partitionKey: (e) => e.tenantId,
    derive: () => ({}),
  });

  return {
    async record(entry) {
      await docs.upsert(entry);
    },
    list: async (tenantId, page) =>
      docs.queryPage({ tenantId, partitionKey: tenantId, sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.at DESC, c.id DESC' }, page),
  };
}
