import type { Database } from '@azure/cosmos';
import { InsightSnapshot, InsightSnapshotSummary, TalentProfile, type InsightStore, type TalentPoolStore } from '@koers/domain';
import { z } from 'zod';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** One snapshot per closed round in the tenant's partition; the list reads only the summary fields. */
export function createInsightStore(database: Database): InsightStore {
  const docs = new DocumentCollection<InsightSnapshot>(database, {
    entity: 'InsightSnapshot',
    spec: CONTAINERS.insight,
    schema: InsightSnapshot,
    partitionKey: (s) => s.tenantId,
    derive: () => ({}),
  });
  return {
    get: async (tenantId, roundId) => (await docs.read(tenantId, tenantId, roundId))?.value,
    async list(tenantId) {
      const { resources } = await docs.container.items
        .query<unknown>(
          { query: 'SELECT c.id, c.roundName, c.closedAt FROM c WHERE c.tenantId = @tenantId', parameters: [{ name: '@tenantId', value: tenantId }] },
          { partitionKey: tenantId },
        )
        .fetchAll();
      // Sorted here: the list is a handful of rounds, and the embedded server needs no index for it.
      return z
        .array(InsightSnapshotSummary)
        .parse(resources)
        .sort((a, b) => b.closedAt.localeCompare(a.closedAt) || a.id.localeCompare(b.id));
    },
    create: async (snapshot) => (await docs.create(snapshot)).value,
  };
}

/** Each employee's talent-pool wishes, one document per employee in the tenant's partition. */
export function createTalentPoolStore(database: Database): TalentPoolStore {
  const docs = new DocumentCollection<TalentProfile>(database, {
    entity: 'TalentProfile',
    spec: CONTAINERS.talentPool,
    schema: TalentProfile,
    partitionKey: (p) => p.tenantId,
    derive: () => ({}),
  });
  return {
    get: async (tenantId, employeeId) => docs.read(tenantId, tenantId, employeeId),
    save: async (profile, ifMatch) => (ifMatch === undefined ? docs.create(profile) : docs.replace(profile, ifMatch)),
    delete: async (tenantId, employeeId) => docs.delete(tenantId, employeeId),
    listTenant: async (tenantId, page) =>
      docs.queryPage({ tenantId, partitionKey: tenantId, sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.id ASC' }, page),
  };
}
