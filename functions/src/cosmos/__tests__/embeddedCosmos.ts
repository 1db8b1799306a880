import type { CosmosClient, Database } from '@azure/cosmos';
import type { Stores } from '@koers/domain';
import { createCosmosClient, ensureSchema } from '../client';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../embedded';
import { createCosmosStores } from '../stores';

export interface CosmosFixture {
  server: EmbeddedCosmos;
  client: CosmosClient;
  database: Database;
  stores: Stores;
}

/**
 * Gives a test file its own embedded server on port 0 with the schema ensured, and closes it so
 * jest exits cleanly. Read the fields inside tests (they are set in beforeAll).
 */
export function useEmbeddedCosmos(): CosmosFixture {
  const fixture = {} as CosmosFixture;
  beforeAll(async () => {
    fixture.server = await startEmbeddedCosmos({ port: 0 });
    fixture.client = createCosmosClient({ mode: 'local', endpoint: fixture.server.endpoint, ca: fixture.server.ca });
    fixture.database = await ensureSchema(fixture.client);
    fixture.stores = createCosmosStores(fixture.database);
  });
  afterAll(async () => {
    fixture.client?.dispose();
    await fixture.server?.close();
  });
  return fixture;
}
