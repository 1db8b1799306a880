import type { Database } from '@azure/cosmos';
import { DirectorySyncState, type DirectorySyncStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

export function createDirectorySyncStore(database: Database): DirectorySyncStore {
  const docs = new DocumentCollection<DirectorySyncState>(database, {
    entity: 'DirectorySyncState',
    spec: CONTAINERS.directorySync,
    schema: DirectorySyncState,
    partitionKey: (s) => s.tenantId,
    derive: () => ({}),
  });

  function checked(state: DirectorySyncState): DirectorySyncState {
    // One document per tenant: the point read by tenant id relies on id = tenantId.
    if (state.id !== state.tenantId) throw new RangeError(`directory sync state id ${state.id} must equal its tenantId ${state.tenantId}`);
    return state;
  }

  return {
    get: async (tenantId) => docs.read(tenantId, tenantId, tenantId),
    create: async (state) => docs.create(checked(state)),
    replace: async (state, ifMatch) => docs.replace(checked(state), ifMatch),
  };
}
