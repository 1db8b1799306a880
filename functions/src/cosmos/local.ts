import path from 'node:path';
import type { CosmosClient, Database } from '@azure/cosmos';
import { seedSampleData, type SeedResult } from '@koers/app';
import type { Stores } from '@koers/domain';
import { createCosmosClient, ensureSchema } from './client';
import { startEmbeddedCosmos } from './embedded';
import { removeJournalFiles, WriteJournal } from './journal';
import { restoreSnapshot, saveSnapshot, startSnapshotSchedule } from './snapshot';
import { createCosmosStores } from './stores';

export interface LocalCosmosOptions {
  /** Git-ignored folder for the TLS certificate and the snapshot, e.g. `.koers-data`. */
  dataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** How often changed data is compacted from the write journal into the snapshot; default 2 s. */
  snapshotIntervalMs?: number;
  /** Seed the sample organisations when absent (default true). */
  seed?: boolean;
  /** The "now" the sample calendars start from (default: the current time). */
  now?: Date;
}

export interface LocalCosmos {
  endpoint: string;
  ca: string;
  client: CosmosClient;
  database: Database;
  stores: Stores;
  seeded: SeedResult | undefined;
  /** Compacts the journal one last time, then stops the server. Call it on Ctrl-C. */
  close(): Promise<void>;
}

/**
 * Local mode in one call, in the order that keeps data safe: server → schema → restore the last
 * snapshot → replay the write journal over it → seed what is missing → journal every write from
 * then on, compacted into the snapshot on a schedule. Throws (leaving the snapshot and the journal
 * untouched) when either cannot be read.
 */
export async function openLocalCosmos(options: LocalCosmosOptions): Promise<LocalCosmos> {
  const journal = new WriteJournal(options.dataDir);
  const server = await startEmbeddedCosmos({
    port: options.port ?? 0,
    tlsDir: path.join(options.dataDir, 'tls'),
    watchRequest: journal.watch,
  });
  const client = createCosmosClient({ mode: 'local', endpoint: server.endpoint, ca: server.ca });
  const shutdownServer = async () => {
    client.dispose();
    await server.close();
  };
  try {
    const database = await ensureSchema(client);
    const file = path.join(options.dataDir, 'cosmos-snapshot.json');
    await restoreSnapshot(database, file);
    const replayed = await journal.replay(database);
    if (replayed.files.length > 0) {
      await saveSnapshot(database, file);
      await removeJournalFiles(replayed.files);
    }
    await journal.open();
    const stores = createCosmosStores(database);
    const seeded = options.seed === false ? undefined : await seedSampleData(stores, options.now ?? new Date());
    const schedule = await startSnapshotSchedule(database, file, options.snapshotIntervalMs ?? 2000, { journal });
    let closing: Promise<void> | undefined;
    return {
      endpoint: server.endpoint,
      ca: server.ca,
      client,
      database,
      stores,
      seeded,
      close() {
        closing ??= (async () => {
          try {
            await schedule.stop();
          } finally {
            await journal.close();
            await shutdownServer();
          }
        })();
        return closing;
      },
    };
  } catch (err) {
    await journal.close();
    await shutdownServer();
    throw err;
  }
}
