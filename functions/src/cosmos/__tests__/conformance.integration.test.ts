import { describeStoreConformance } from '@koers/app/src/testing/storeConformance';
import { createCosmosClient, ensureSchema } from '../client';
import { startEmbeddedCosmos } from '../embedded';
import { createDispatchStore } from '../repositories/dispatch';
import { createCosmosStores } from '../stores';

// The same suite as the in-memory stores (app/src/testing/memoryStores.test.ts), on one embedded
// server for the whole file.
describeStoreConformance('the Cosmos stores on the embedded server', async () => {
  const server = await startEmbeddedCosmos({ port: 0 });
  const client = createCosmosClient({ mode: 'local', endpoint: server.endpoint, ca: server.ca });
  const database = await ensureSchema(client);
  return {
    stores: createCosmosStores(database),
    dispatch: createDispatchStore(database),
    async close() {
      client.dispose();
      await server.close();
    },
  };
});
