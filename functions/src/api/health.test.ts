import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HealthResponse } from '@koers/contracts';
import { createKoersApp } from '../composition';
import { loadConfig } from '../config';
import { createCosmosClient, ensureSchema } from '../cosmos/client';
import { startEmbeddedCosmos } from '../cosmos/embedded';
import { startFunctionsHost } from '../host/localHost';

describe('GET /api/health when the database is away', () => {
  it('answers 503 with status "degraded" instead of hanging or failing', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'koers-health-'));
    const cosmos = await startEmbeddedCosmos({ port: 0 });
    const client = createCosmosClient({ mode: 'local', endpoint: cosmos.endpoint, ca: cosmos.ca });
    const database = await ensureSchema(client);
    const app = await createKoersApp({ config: loadConfig({ KOERS_DATA_DIR: dataDir }), database, dataDir });
    const host = await startFunctionsHost(app.table, { port: 0, log: () => undefined });
    try {
      expect((await fetch(`${host.apiUrl}/health`)).status).toBe(200);
      await cosmos.close();

      const started = Date.now();
      const response = await fetch(`${host.apiUrl}/health`);
      expect(response.status).toBe(503);
      expect(HealthResponse.parse(await response.json())).toMatchObject({ status: 'degraded', checks: { cosmos: 'failed' } });
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await host.close();
      client.dispose();
      await cosmos.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
