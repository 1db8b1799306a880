import type { Database } from '@azure/cosmos';
import { employeeKey, Preparation, preparationId, type PreparationStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

/** One document per party per conversation, in the employee's partition beside the conversation. */
export function createPreparationStore(database: Database): PreparationStore {
  const docs = new DocumentCollection<Preparation>(database, {
    entity: 'Preparation',
    spec: CONTAINERS.preparations,
    schema: Preparation,
    partitionKey: (p) => employeeKey(p.tenantId, p.employeeId),
    derive: (p) => ({ employeeKey: employeeKey(p.tenantId, p.employeeId) }),
  });

  return {
    get: async (tenantId, employeeId, conversationId, role) =>
      docs.read(tenantId, employeeKey(tenantId, employeeId), preparationId(conversationId, role)),
    create: async (preparation) => docs.create(preparation),
    replace: async (preparation, ifMatch) => docs.replace(preparation, ifMatch),
  };
}
