/**
 * `npm run bench`: GET /api/me through the whole local stack (HTTP host → token validation →
 * Cosmos repositories) next to a raw @azure/cosmos point read on the same embedded server, from one
 * run, so the API's overhead reads as a ratio. Loopback only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_PEOPLE } from '@koers/app';
import { DevTokenResponse } from '@koers/contracts';
import { createKoersApp } from '../../functions/src/composition';
import { loadConfig } from '../../functions/src/config';
import { openLocalCosmos } from '../../functions/src/cosmos';
import { startFunctionsHost } from '../../functions/src/host/localHost';
import { measure, record, recordTimes, writeResults } from './stats';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 1000);
const WARMUP = 100;

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'koers-bench-'));
  const config = loadConfig({ KOERS_DATA_DIR: dataDir });
  const cosmos = await openLocalCosmos({ dataDir, snapshotIntervalMs: 3_600_000 });
  const app = await createKoersApp({ config, database: cosmos.database, dataDir, quotas: 'off' });
  const host = await startFunctionsHost(app.table, { port: 0, corsOrigins: app.corsOrigins, log: () => undefined });
  app.setPublicUrl(host.url);
  try {
    const tokenResponse = await fetch(`${host.apiUrl}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: SAMPLE_PEOPLE.jeroen.email }),
    });
    const { accessToken } = DevTokenResponse.parse(await tokenResponse.json());
    const getMe = async () => {
      const response = await fetch(`${host.apiUrl}/me`, { headers: { authorization: `Bearer ${accessToken}` } });
      if (response.status !== 200) throw new Error(`GET /api/me answered ${response.status}`);
      await response.arrayBuffer();
    };
    const people = cosmos.database.container('people');
    const pointRead = async () => {
      const { statusCode } = await people.item(SAMPLE_PEOPLE.jeroen.id, SAMPLE_PEOPLE.jeroen.tenantId).read();
      if (statusCode !== 200) throw new Error(`point read answered ${statusCode}`);
    };

    await measure(WARMUP, getMe);
    await measure(WARMUP, pointRead);
    const api = recordTimes('GET /api/me (Jeroen, 4 reports)', await measure(ITERATIONS, getMe));
    const raw = recordTimes('Cosmos point read (people)', await measure(ITERATIONS, pointRead));
    record({ name: 'ratio GET /api/me / point read', unit: '×', value: api.p50 / raw.p50, p50: api.p50 / raw.p50, p95: api.p95 / raw.p95 });

    const fmt = (n: number) => n.toFixed(2).padStart(8);
    console.log(`Koers bench — ${ITERATIONS} sequential requests each after ${WARMUP} warm-up, node ${process.version}, ${os.cpus().length} cores`);
    console.log(`${'what'.padEnd(36)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}`);
    for (const row of [api, raw]) console.log(`${row.label.padEnd(36)}${fmt(row.p50)}${fmt(row.p95)}`);
    console.log(`ratio API / point read: p50 ${(api.p50 / raw.p50).toFixed(1)}×, p95 ${(api.p95 / raw.p95).toFixed(1)}×`);
    writeResults('api');
  } finally {
    await host.close();
    await app.close();
    await cosmos.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
