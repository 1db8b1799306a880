import { FunctionLink, JobTitleConfirmation, PersonFunctionAssignment, TrainingRight, trainingRightId, type FunctionLinkStore } from '@koers/domain';
import { MemoryCollection, type MemoryContainer } from './memoryCollection';

/** HR's function links in memory, as functions/src/cosmos/repositories/functionLinks.ts keeps them. */
export function memoryFunctionLinkStore(container: MemoryContainer): FunctionLinkStore {
  const mapping = { partitionKey: (l: { tenantId: string }) => l.tenantId, derive: () => ({}) };
  const links = new MemoryCollection<FunctionLink>(container, { entity: 'FunctionLink', schema: FunctionLink, ...mapping });
  const assignments = new MemoryCollection<PersonFunctionAssignment>(container, { entity: 'FunctionLink', schema: PersonFunctionAssignment, ...mapping });
  const confirmations = new MemoryCollection<JobTitleConfirmation>(container, { entity: 'FunctionLink', schema: JobTitleConfirmation, ...mapping });
  const rights = new MemoryCollection<TrainingRight>(container, { entity: 'FunctionLink', schema: TrainingRight, ...mapping });
  return {
    getAssignment: async (tenantId, personId) => {
      const found = await links.read(tenantId, tenantId, personId);
      return found?.value.kind === 'person' ? { value: found.value, etag: found.etag } : undefined;
    },
    listConfirmations: async (tenantId) =>
      confirmations.queryAll({ tenantId, list: 'functionLinks.confirmations', partitionKey: tenantId, where: (d) => d.kind === 'job-title', orderBy: [['id', 'ASC']] }),
    listAssignments: async (tenantId) =>
      assignments.queryAll({ tenantId, list: 'functionLinks.assignments', partitionKey: tenantId, where: (d) => d.kind === 'person', orderBy: [['id', 'ASC']] }),
    getTrainingRight: async (tenantId, personId, year) => {
      const found = await links.read(tenantId, tenantId, trainingRightId(personId, year));
      return found?.value.kind === 'training-right' ? found.value : undefined;
    },
    listTrainingRights: async (tenantId, personId) =>
      rights.queryAll({ tenantId, list: 'functionLinks.trainingRights', partitionKey: tenantId, where: (d) => d.kind === 'training-right' && d.personId === personId, orderBy: [['year', 'ASC']] }),
    upsert: async (link) => links.upsert(link),
    remove: async (tenantId, id) => links.delete(tenantId, id),
  };
}
