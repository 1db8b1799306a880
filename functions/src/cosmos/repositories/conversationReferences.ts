import type { Database } from '@azure/cosmos';
import { StoredConversationReference, type ConversationReferenceStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

export function createConversationReferenceStore(database: Database): ConversationReferenceStore {
  const docs = new DocumentCollection<StoredConversationReference>(database, {
    entity: 'ConversationReference',
    spec: CONTAINERS.conversationReferences,
    schema: StoredConversationReference,
    partitionKey: (r) => r.tenantId,
    derive: () => ({}),
  });

  return {
    get: async (tenantId, userId) => docs.read(tenantId, tenantId, userId),
    upsert: async (reference) => docs.upsert(reference),
  };
}
