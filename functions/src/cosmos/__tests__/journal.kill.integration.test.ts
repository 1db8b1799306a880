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
 * at the kill was never acknowledged: its document may hold the state before or after it, and is
 * not written again.
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

/** What the writers were told, per document id, and what a write of unknown outcome may have left. */
class Ledger {
  readonly expected = new Map<string, Expected>();
  /** Documents with a write that got no answer: they may hold its state instead, and get no more writes. */
  readonly unknown = new Map<string, Expected[]>();
  acknowledged = 0;

  live(owner: string): string[] {
    return [...this.expected].filter(([id, e]) => e !== 'deleted' && id.startsWith(owner) && !this.unknown.has(id)).map(([id]) => id);
  }

  acknowledge(outcome: readonly (readonly [string, Expected])[]): void {
    for (const [id, state] of outcome) this.expected.set(id, state);
    this.acknowledged += 1;
  }

  unanswered(outcome: readonly (readonly [string, Expected])[]): void {
    for (const [id, state] of outcome) this.unknown.set(id, [...(this.unknown.get(id) ?? []), state]);
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
    let outcome: (readonly [string, Expected])[];
    let write: () => Promise<unknown>;
    const kind = live.length < 3 ? 0 : k % 7;
    switch (kind) {
      case 0:
        outcome = [[fresh, { value: k }]];
        write = () => container.items.create({ id: fresh, tenantId, value: k });
        break;
      case 1:
      case 4: {
        const id = kind === 1 ? pick() : fresh;
        outcome = [[id, { value: k }]];
        write = () => container.items.upsert({ id, tenantId, value: k });
        break;
      }
      case 2: {
        const id = pick();
        outcome = [[id, { value: k }]];
        write = () => container.item(id, tenantId).replace({ id, tenantId, value: k });
        break;
      }
      case 3: {
        const id = pick();
        outcome = [[id, { value: k }]];
        write = () => container.item(id, tenantId).patch([{ op: 'set', path: '/value', value: k }]);
        break;
      }
      case 5: {
        const [replaced, deleted] = [live[0]!, live[1]!];
        outcome = [
          [fresh, { value: k }],
          [replaced, { value: k }],
          [deleted, 'deleted'],
        ];
        const operations: OperationInput[] = [
          { operationType: 'Create', resourceBody: { id: fresh, tenantId, value: k } },
          { operationType: 'Replace', id: replaced, resourceBody: { id: replaced, tenantId, value: k } },
          { operationType: 'Delete', id: deleted },
        ];
        write = async () => {
          const response = await container.items.batch(operations, tenantId);
          if (!response.result?.every((r) => r.statusCode < 300)) throw new Error(`batch failed: ${response.code}`);
        };
        break;
      }
      default: {
        const id = pick();
        outcome = [[id, 'deleted']];
        write = () => container.item(id, tenantId).delete();
      }
    }
    try {
      await write();
      ledger.acknowledge(outcome);
    } catch {
      ledger.unanswered(outcome);
      if (!alive()) return;
      await sleep(20);
    }
  }
}

/** Acknowledged writes not found as acknowledged (missing, stale, or back from the dead). */
async function lostWrites(container: Container, ledger: Ledger): Promise<string[]> {
  const { resources } = await container.items.query<{ id: string; value: number }>('SELECT c.id, c["value"] FROM c').fetchAll();
  const stored = new Map(resources.map((doc) => [doc.id, doc.value]));
  const same = (state: Expected, value: number | undefined) => (state === 'deleted' ? value === undefined : value === state.value);
  const lost: string[] = [];
  for (const id of new Set([...ledger.expected.keys(), ...ledger.unknown.keys()])) {
    // Never acknowledged at all: absent is as right as the unanswered write's state.
    const allowed = [ledger.expected.get(id) ?? 'deleted', ...(ledger.unknown.get(id) ?? [])];
    const value = stored.get(id);
    if (!allowed.some((state) => same(state, value))) lost.push(`${id}: acknowledged ${JSON.stringify(ledger.expected.get(id))}, stored ${value}`);
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

    process.stdout.write(`durability: ${ledger.acknowledged} acknowledged writes, ${kills} SIGKILLs, ${new Set(lost).size} lost\n`);
    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(ledger.acknowledged).toBeGreaterThanOrEqual(1_000);
    expect(lost).toEqual([]);
  }, MAX_RUN_MS + 60_000);
});
