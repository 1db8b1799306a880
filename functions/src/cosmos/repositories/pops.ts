import type { Database } from '@azure/cosmos';
import { claimRecordId, employeeKey, Pop, utcInstant, type PopStore, type RecordIdClaims } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

export function createPopStore(database: Database, claims: RecordIdClaims): PopStore {
  const docs = new DocumentCollection<Pop>(database, {
    entity: 'Pop',
    spec: CONTAINERS.pops,
    schema: Pop,
    partitionKey: (p) => employeeKey(p.tenantId, p.employeeId),
    derive: (p) => ({ employeeKey: employeeKey(p.tenantId, p.employeeId), sortAt: utcInstant(p.updatedAt) }),
  });

  return {
    get: async (tenantId, employeeId, id) => docs.read(tenantId, employeeKey(tenantId, employeeId), id),

    listForEmployee: async (tenantId, employeeId, page) => {
      const key = employeeKey(tenantId, employeeId);
      return docs.queryPage(
        {
          tenantId,
          partitionKey: key,
          sql: 'SELECT * FROM c WHERE c.employeeKey = @employeeKey AND c.tenantId = @tenantId ORDER BY c.sortAt DESC, c.id DESC',
          parameters: { employeeKey: key },
        },
        page,
      );
    },

    // Links and check-in cards carry only the plan's id; one tenant-filtered fan-out finds its
    // partition, after which every write is a point operation (like conversations.findById).
    findById: async (tenantId, id) =>
      docs.queryFirst({ tenantId, sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.id = @id', parameters: { id } }),

    create: async (pop) => {
      await claimRecordId(claims, 'Pop', 'pop', pop);
      return docs.create(pop);
    },
    replace: async (pop, ifMatch) => docs.replace(pop, ifMatch),
  };
}
