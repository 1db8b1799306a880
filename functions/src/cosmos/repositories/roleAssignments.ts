import type { Database } from '@azure/cosmos';
import { RoleAssignment, type RoleAssignmentStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

export function createRoleAssignmentStore(database: Database): RoleAssignmentStore {
  const docs = new DocumentCollection<RoleAssignment>(database, {
    entity: 'RoleAssignment',
    spec: CONTAINERS.roleAssignments,
    schema: RoleAssignment,
    partitionKey: (a) => a.tenantId,
    derive: () => ({}),
  });

  return {
    listForPrincipal: async (tenantId, principalId) =>
      docs.queryAll({
        tenantId,
        partitionKey: tenantId,
        sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.principalId = @principalId ORDER BY c.id ASC',
        parameters: { principalId },
      }),

    listTenant: async (tenantId, page) =>
      docs.queryPage({ tenantId, partitionKey: tenantId, sql: 'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.id ASC' }, page),

    upsert: async (assignment) => docs.upsert(assignment),
    remove: async (tenantId, id) => docs.delete(tenantId, id),
  };
}
