import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Container, CosmosClient, OperationInput } from '@azure/cosmos';
import { createCosmosClient } from '../client';
import { CONTAINERS, DATABASE_ID } from '../containers';

/**
 * Local mode is SIGKILLed again and again while writers stream every kind of document write at
 * it (create, upsert, replace, patch, delete, transactional batch). After each restart, every
 * write the server acknowledged must be there, exactly as acknowledged. A write that was in flight
 * at the kill was never acknowledged: its document may hold either state, and is left alone after.
 */

interface Running {
  child: ChildProcess;
  exited: Promise<void>;
  client: CosmosClient;
  container: Container;
}

const WRITERS = 8;
const TARGET_ACKNOWLEDGED = 1_200;
const MIN_KILLS = 5;
/** The stream stops here even on a slow machine; the assertions then say what fell short. */
const MAX_RUN_MS = 120_000;

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'koers-journal-kill-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function startChild(): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'localCosmosChild.ts')], {
    // A short compaction interval, so kills also land during rotations and snapshot writes.
    env: { ...process.env, KOERS_DATA_DIR: dataDir, SNAPSHOT_INTERVAL_MS: '150' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = await new Promise<{ endpoint: string; ca: string }>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`local Cosmos did not start: ${stderr}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as { endpoint: string; ca: string });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local Cosmos exited with ${code}: ${stderr}`));
    });
  });
  const client = createCosmosClient({ mode: 'local', ...ready });
  return { child, exited, client, container: client.database(DATABASE_ID).container(CONTAINERS.organisations.id) };
}

type Expected = { value: number } | 'deleted';

/** What the writers were told, per document id; documents with a write of unknown outcome are set aside. */
class Ledger {
  readonly expected = new Map<string, Expected>();
  readonly uncertain = new Set<string>();
  acknowledged = 0;

  live(owner: string): string[] {
    return [...this.expected].filter(([id, e]) => e !== 'deleted' && id.startsWith(owner) && !this.uncertain.has(id)).map(([id]) => id);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function writer(w: number, container: Container, ledger: Ledger, alive: () => boolean, counter: { next: number }): Promise<void> {
  const tenantId = `tenant-${w}`;
  const owner = `w${w}-`;
  while (alive()) {
    const k = counter.next++;
    const live = ledger.live(owner);
    const pick = () => live[k % live.length]!;
    const fresh = `${owner}${k}`;
    let touched: string[] = [];
    let apply: () => void;
    let write: () => Promise<unknown>;
    const kind = live.length < 3 ? 0 : k % 7;
    switch (kind) {
      case 0:
        touched = [fresh];
        write = () => container.items.create({ id: fresh, tenantId, value: k });
        apply = () => ledger.expected.set(fresh, { value: k });
        break;
      case 1:
      case 4: {
        const id = kind === 1 ? pick() : fresh;
        touched = [id];
        write = () => container.items.upsert({ id, tenantId, value: k });
        apply = () => ledger.expected.set(id, { value: k });
        break;
      }
      case 2: {
        const id = pick();
        touched = [id];
        write = () => container.item(id, tenantId).replace({ id, tenantId, value: k });
        apply = () => ledger.expected.set(id, { value: k });
        break;
      }
      case 3: {
        const id = pick();
        touched = [id];
        write = () => container.item(id, tenantId).patch([{ op: 'set', path: '/value', value: k }]);
        apply = () => ledger.expected.set(id, { value: k });
        break;
      }
      case 5: {
        const [replaced, deleted] = [live[0]!, live[1]!];
        touched = [fresh, replaced, deleted];
        const operations: OperationInput[] = [
          { operationType: 'Create', resourceBody: { id: fresh, tenantId, value: k } },
          { operationType: 'Replace', id: replaced, resourceBody: { id: replaced, tenantId, value: k } },
          { operationType: 'Delete', id: deleted },
        ];
        write = async () => {
          const response = await container.items.batch(operations, tenantId);
          if (!response.result?.every((r) => r.statusCode < 300)) throw new Error(`batch failed: ${response.code}`);
        };
        apply = () => {
          ledger.expected.set(fresh, { value: k });
          ledger.expected.set(replaced, { value: k });
          ledger.expected.set(deleted, 'deleted');
        };
        break;
      }
      default: {
        const id = pick();
        touched = [id];
        write = () => container.item(id, tenantId).delete();
        apply = () => ledger.expected.set(id, 'deleted');
      }
    }
    try {
      await write();
      apply();
      ledger.acknowledged += 1;
    } catch {
      for (const id of touched) ledger.uncertain.add(id);
      if (!alive()) return;
      await sleep(20);
    }
  }
}

/** Acknowledged writes not found as acknowledged (missing, stale, or back from the dead). */
async function lostWrites(container: Container, ledger: Ledger): Promise<string[]> {
  const { resources } = await container.items.query<{ id: string; value: number }>('SELECT c.id, c["value"] FROM c').fetchAll();
  const stored = new Map(resources.map((doc) => [doc.id, doc.value]));
  const lost: string[] = [];
  for (const [id, expected] of ledger.expected) {
    if (ledger.uncertain.has(id)) continue;
    const value = stored.get(id);
    if (expected === 'deleted' ? value !== undefined : value !== expected.value) lost.push(`${id}: acknowledged ${JSON.stringify(expected)}, stored ${value}`);
  }
  return lost;
}

describe('local mode killed with SIGKILL during a stream of writes', () => {
  it('loses none of at least a thousand acknowledged writes of every kind', async () => {
    const ledger = new Ledger();
    const counter = { next: 0 };
    const lost: string[] = [];
    const started = Date.now();
    let kills = 0;

    while ((ledger.acknowledged < TARGET_ACKNOWLEDGED || kills < MIN_KILLS) && Date.now() - started < MAX_RUN_MS) {
      const running = await startChild();
      lost.push(...(await lostWrites(running.container, ledger)));
      let alive = true;
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w, running.container, ledger, () => alive, counter));
      // Kills at varying moments: mid-write, mid-rotation, mid-snapshot.
      await sleep(800 + ((kills * 373) % 1200));
      running.child.kill('SIGKILL');
      await running.exited;
      alive = false;
      await Promise.all(writers);
      running.client.dispose();
      kills += 1;
    }

    const last = await startChild();
    try {
      lost.push(...(await lostWrites(last.container, ledger)));
    } finally {
      last.client.dispose();
      last.child.kill('SIGKILL');
      await last.exited;
    }

    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(ledger.acknowledged).toBeGreaterThanOrEqual(1_000);
    expect(lost).toEqual([]);
  }, MAX_RUN_MS + 60_000);
});
