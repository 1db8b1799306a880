import { InsightSnapshot, TalentProfile, type InsightStore, type TalentPoolStore } from '@koers/domain';
import { MemoryCollection, type MemoryContainer } from './memoryCollection';

/** The insight snapshots in memory, as functions/src/cosmos/repositories/insight.ts keeps them. */
export function memoryInsightStore(container: MemoryContainer): InsightStore {
  const docs = new MemoryCollection<InsightSnapshot>(container, { entity: 'InsightSnapshot', schema: InsightSnapshot, partitionKey: (s) => s.tenantId, derive: () => ({}) });
  return {
    get: async (tenantId, roundId) => (await docs.read(tenantId, tenantId, roundId))?.value,
    list: async (tenantId) => {
      const all = await docs.queryAll({ tenantId, list: 'insight.list', partitionKey: tenantId, orderBy: [['closedAt', 'DESC'], ['id', 'ASC']] });
      return all.map(({ id, roundName, closedAt }) => ({ id, roundName, closedAt }));
    },
    create: async (snapshot) => (await docs.create(snapshot)).value,
  };
}

/** The talent-pool profiles in memory, as functions/src/cosmos/repositories/talentPool.ts keeps them. */
export function memoryTalentPoolStore(container: MemoryContainer): TalentPoolStore {
  const docs = new MemoryCollection<TalentProfile>(container, { entity: 'TalentProfile', schema: TalentProfile, partitionKey: (p) => p.tenantId, derive: () => ({}) });
  return {
    get: async (tenantId, employeeId) => docs.read(tenantId, tenantId, employeeId),
    save: async (profile, ifMatch) => (ifMatch === undefined ? docs.create(profile) : docs.replace(profile, ifMatch)),
    delete: async (tenantId, employeeId) => docs.delete(tenantId, employeeId),
    listTenant: async (tenantId, page) => docs.queryPage({ tenantId, list: 'talentPool.listTenant', partitionKey: tenantId, orderBy: [['id', 'ASC']] }, page),
  };
}
