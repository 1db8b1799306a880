import type { Database } from '@azure/cosmos';
import { AUTOMATIC_SHARES_ID, claimRecordId, AutomaticShares, employeeKey, PortfolioEntry, type PortfolioStore, type RecordIdClaims } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The portfolio container holds two kinds of document in the employee's partition, told apart by
 * the derived `docType`: own entries (id = the entry's UUID) and the one shares document
 * (id = AUTOMATIC_SHARES_ID). Queries filter on docType, point reads on the id's form.
 */
export function createPortfolioStore(database: Database, claims: RecordIdClaims): PortfolioStore {
  const entries = new DocumentCollection<PortfolioEntry>(database, {
    entity: 'PortfolioEntry',
    spec: CONTAINERS.portfolio,
    schema: PortfolioEntry,
    partitionKey: (e) => employeeKey(e.tenantId, e.employeeId),
    derive: (e) => ({ employeeKey: employeeKey(e.tenantId, e.employeeId), docType: 'entry' }),
  });
  const shares = new DocumentCollection<AutomaticShares>(database, {
    entity: 'PortfolioShares',
    spec: CONTAINERS.portfolio,
    schema: AutomaticShares,
    partitionKey: (s) => employeeKey(s.tenantId, s.employeeId),
    derive: (s) => ({ employeeKey: employeeKey(s.tenantId, s.employeeId), docType: 'shares' }),
  });

  return {
    // Only entry ids are UUIDs: any other id is not an entry (and never the shares document).
    get: async (tenantId, employeeId, id) => (UUID.test(id) ? entries.read(tenantId, employeeKey(tenantId, employeeId), id) : undefined),

    listForEmployee: async (tenantId, employeeId) => {
      const key = employeeKey(tenantId, employeeId);
      return entries.queryAllStored({
        tenantId,
        partitionKey: key,
        sql: "SELECT * FROM c WHERE c.employeeKey = @employeeKey AND c.tenantId = @tenantId AND c.docType = 'entry'",
        parameters: { employeeKey: key },
      });
    },

    create: async (entry) => {
      await claimRecordId(claims, 'PortfolioEntry', 'portfolio', entry);
      return entries.create(entry);
    },
    replace: async (entry, ifMatch) => entries.replace(entry, ifMatch),
    delete: async (tenantId, employeeId, id, ifMatch) => {
      if (!UUID.test(id)) throw new Error(`not a portfolio entry id: ${id}`);
      await entries.deleteIfMatch(employeeKey(tenantId, employeeId), id, ifMatch);
    },

    getShares: async (tenantId, employeeId) => shares.read(tenantId, employeeKey(tenantId, employeeId), AUTOMATIC_SHARES_ID),
    saveShares: async (value, ifMatch) => (ifMatch === undefined ? shares.create(value) : shares.replace(value, ifMatch)),
  };
}
