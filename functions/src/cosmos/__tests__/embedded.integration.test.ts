import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CosmosClient } from '@azure/cosmos';
import { createCosmosClient, ensureSchema, EMULATOR_KEY } from '../client';
import { CONTAINER_NAMES, CONTAINERS, DATABASE_ID } from '../containers';
import { startEmbeddedCosmos } from '../embedded';

function get(url: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the embedded Cosmos server', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'koers-tls-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on a free port and serves TLS that only a client trusting its certificate accepts', async () => {
    const server = await startEmbeddedCosmos({ port: 0 });
    try {
      expect(server.port).toBeGreaterThan(0);
      expect(server.endpoint).toBe(`https://127.0.0.1:${server.port}/`);
      await expect(get(server.endpoint, new Agent({ ca: server.ca }))).resolves.toBe(200);
      // TLS checks stay on: without the certificate the connection is refused.
      await expect(get(server.endpoint, new Agent())).rejects.toThrow(/self[- ]signed|unable to verify/i);
    } finally {
      await server.close();
    }
  });

  it('stores its certificate in tlsDir on first start and reuses it afterwards', async () => {
    const tlsDir = path.join(dir, 'tls');
    const first = await startEmbeddedCosmos({ tlsDir });
    await first.close();
    const stored = await readFile(path.join(tlsDir, 'cert.pem'), 'utf8');
    const second = await startEmbeddedCosmos({ tlsDir });
    await second.close();

    expect(first.ca).toBe(stored);
    expect(second.ca).toBe(stored);
    expect(await readFile(path.join(tlsDir, 'key.pem'), 'utf8')).toMatch(/PRIVATE KEY/);
  });

  it('closes promptly even while the client holds keep-alive connections', async () => {
    const server = await startEmbeddedCosmos();
    const client = createCosmosClient({ mode: 'local', endpoint: server.endpoint, ca: server.ca });
    await client.getDatabaseAccount();
    const started = Date.now();
    await server.close();
    client.dispose();

    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('gets every container of containers.ts with its partition key, indexes and unique keys, idempotently', async () => {
    const server = await startEmbeddedCosmos();
    const client = new CosmosClient({ endpoint: server.endpoint, key: EMULATOR_KEY, agent: new Agent({ ca: server.ca, keepAlive: true }) });
    try {
      await ensureSchema(client);
      const database = await ensureSchema(client);
      expect(database.id).toBe(DATABASE_ID);
      const { resources } = await database.containers.readAll().fetchAll();

      expect(resources.map((c) => c.id).sort()).toEqual(CONTAINER_NAMES.map((n) => CONTAINERS[n].id).sort());
      for (const name of CONTAINER_NAMES) {
        const definition = resources.find((c) => c.id === CONTAINERS[name].id);
        expect(definition?.partitionKey?.paths).toEqual([CONTAINERS[name].partitionKeyPath]);
        expect(definition?.indexingPolicy?.compositeIndexes ?? []).toEqual(CONTAINERS[name].indexingPolicy.compositeIndexes);
      }
      const people = resources.find((c) => c.id === 'people');
      expect(people?.uniqueKeyPolicy?.uniqueKeys).toEqual([{ paths: ['/emailKey'] }]);
    } finally {
      client.dispose();
      await server.close();
    }
  });
});
