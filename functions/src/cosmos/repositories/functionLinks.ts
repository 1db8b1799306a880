import type { Database } from '@azure/cosmos';
import { FunctionLink, JobTitleConfirmation, PersonFunctionAssignment, TrainingRight, trainingRightId, type FunctionLinkStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** HR's links of people and job titles to functions, in the tenant's partition; last writer wins. */
export function createFunctionLinkStore(database: Database): FunctionLinkStore {
  const mapping = { spec: CONTAINERS.functionLinks, partitionKey: (l: { tenantId: string }) => l.tenantId, derive: () => ({}) };
  const links = new DocumentCollection<FunctionLink>(database, { entity: 'FunctionLink', schema: FunctionLink, ...mapping });
  const assignments = new DocumentCollection<PersonFunctionAssignment>(database, { entity: 'FunctionLink', schema: PersonFunctionAssignment, ...mapping });
  const confirmations = new DocumentCollection<JobTitleConfirmation>(database, { entity: 'FunctionLink', schema: JobTitleConfirmation, ...mapping });
  const rights = new DocumentCollection<TrainingRight>(database, { entity: 'FunctionLink', schema: TrainingRight, ...mapping });
  return {
    getAssignment: async (tenantId, personId) => {
      const found = await links.read(tenantId, tenantId, personId);
      return found?.value.kind === 'person' ? { value: found.value, etag: found.etag } : undefined;
    },
    listConfirmations: async (tenantId) =>
      confirmations.queryAll({ tenantId, partitionKey: tenantId, sql: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'job-title' ORDER BY c.id ASC" }),
    listAssignments: async (tenantId) =>
      assignments.queryAll({ tenantId, partitionKey: tenantId, sql: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'person' ORDER BY c.id ASC" }),
    getTrainingRight: async (tenantId, personId, year) => {
      const found = await links.read(tenantId, tenantId, trainingRightId(personId, year));
      return found?.value.kind === 'training-right' ? found.value : undefined;
    },
    listTrainingRights: async (tenantId, personId) =>
      rights.queryAll({
        tenantId,
        partitionKey: tenantId,
        sql: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'training-right' AND c.personId = @personId ORDER BY c.year ASC",
        parameters: { personId },
      }),
    upsert: async (link) => links.upsert(link),
    remove: async (tenantId, id) => links.delete(tenantId, id),
  };
}
