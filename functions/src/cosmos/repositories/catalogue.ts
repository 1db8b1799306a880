import type { Database } from '@azure/cosmos';
import { CatalogueChunk, CatalogueHead, readCatalogue, replaceCatalogue, type CatalogueDocuments, type CatalogueStore } from '@koers/domain';
import { CONTAINERS } from '../containers';
import { DocumentCollection } from './documents';

export function createCatalogueStore(database: Database): CatalogueStore {
  const spec = CONTAINERS.catalogue;
  const heads = new DocumentCollection<CatalogueHead>(database, { entity: 'Catalogue', spec, schema: CatalogueHead, partitionKey: (h) => h.tenantId, derive: () => ({}) });
  const chunks = new DocumentCollection<CatalogueChunk>(database, { entity: 'CatalogueChunk', spec, schema: CatalogueChunk, partitionKey: (c) => c.tenantId, derive: () => ({}) });
  const docs: CatalogueDocuments = {
    readHead: async (tenantId) => heads.read(tenantId, tenantId, 'head'),
    createHead: async (head) => heads.create(head),
    replaceHead: async (head, ifMatch) => heads.replace(head, ifMatch),
    upsertChunk: async (chunk) => {
      await chunks.upsert(chunk);
    },
    chunksOf: async (tenantId, revision) =>
      chunks.queryAll({
        tenantId,
        partitionKey: tenantId,
        sql: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.id != 'head' AND c.revision = @revision",
        parameters: { revision },
      }),
    staleChunks: async (tenantId, keep) =>
      chunks.queryAll({
        tenantId,
        partitionKey: tenantId,
        sql: "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.id != 'head' AND c.revision != @keep",
        parameters: { keep },
      }),
    deleteChunk: async (tenantId, id) => {
      await chunks.delete(tenantId, id);
    },
  };
  return {
    get: async (tenantId) => readCatalogue(docs, tenantId),
    replace: async (tenantId, catalogue, options) => replaceCatalogue(docs, tenantId, catalogue, options),
  };
}
