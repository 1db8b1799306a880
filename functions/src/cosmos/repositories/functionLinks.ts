import type { Database } from '@azure/cosmos';
import { FunctionLink, JobTitleConfirmation, PersonFunctionAssignment, type FunctionLinkStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** HR's links of people and job titles to functions, in the tenant's partition; last writer wins. */
export function createFunctionLinkStore(database: Database): FunctionLinkStore {
  const mapping = { spec: CONTAINERS.functionLinks, partitionKey: (l: { tenantId: string }) => l.tenantId, derive: () => ({}) };
  const links = new DocumentCollection<FunctionLink>(database, { entity: 'FunctionLink', schema: FunctionLink, ...mapping });
  const assignments = new DocumentCollection<PersonFunctionAssignment>(database, { entity: 'FunctionLink', schema: PersonFunctionAssignment, ...mapping });
  const confirmations = new DocumentCollection<JobTitleConfirmation>(database, { entity: 'FunctionLink', schema: JobTitleConfirmation, ...mapping });
  return {
    getAssignment: async (tenantId, personId) => {
      const found = await links.read(tenantId, tenantId, personId);
      return found?.value.kind === 'person' ? { value: found.value, etag: found.etag } : undefined;
    },
    listConfirmations: async (tenantId) =>
      confirmations.queryAll({ tenantId, partitionKey: tenantId, sql: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'job-title' ORDER BY c.id ASC" }),
    listAssignments: async (tenantId) =>
      assignments.queryAll({ tenantId, partitionKey: tenantId, sql: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'person' ORDER BY c.id ASC" }),
    upsert: async (link) => links.upsert(link),
    remove: async (tenantId, id) => links.delete(tenantId, id),
  };
}
