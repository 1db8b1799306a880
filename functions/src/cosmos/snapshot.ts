import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '@azure/cosmos';
import { z } from 'zod';
import { CONTAINER_NAMES, CONTAINERS, DATABASE_ID, type ContainerName } from './containers';
import { removeJournalFiles, syncDirectory, withoutSystemProperties } from './journal';

/**
 * Local mode keeps its data across restarts by snapshotting the embedded server (which lives in
 * memory only) through the SDK. Snapshots read every tenant's documents: that is infrastructure,
 * not an access path of the app, and it only ever runs against the local embedded server.
 */

const FORMAT = 'koers-cosmos-snapshot';

type Document = Record<string, unknown>;

const SnapshotFile = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  database: z.string(),
  savedAt: z.string(),
  /** sha256 of the canonical container contents; lets a schedule skip unchanged saves. */
  contentHash: z.string(),
  containers: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
type SnapshotFile = z.infer<typeof SnapshotFile>;

export class SnapshotFileError extends Error {
  override readonly name = 'SnapshotFileError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(
      `The local data snapshot ${file} cannot be read (${reason}). It was left untouched: ` +
        'move it aside (or delete it to start with fresh sample data) and start again.',
    );
  }
}

export interface SnapshotSummary {
  file: string;
  documents: number;
  contentHash: string;
}

function partitionValue(name: ContainerName, doc: Document): string {
  const value = doc[CONTAINERS[name].partitionKeyPath.slice(1)];
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

/** Documents in a stable order, so equal contents always hash and serialise equally. */
async function readContainer(database: Database, name: ContainerName): Promise<Document[]> {
  const iterator = database.container(CONTAINERS[name].id).items.query<Document>('SELECT * FROM c', { maxItemCount: 500 });
  const docs: Document[] = [];
  while (iterator.hasMoreResults()) {
    const { resources } = await iterator.fetchNext();
    for (const doc of resources) docs.push(withoutSystemProperties(doc));
  }
  const key = (doc: Document) => `${partitionValue(name, doc)}\u0000${String(doc.id)}`;
  return docs.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function readAllContainers(database: Database): Promise<{ containers: Record<string, Document[]>; contentHash: string }> {
  const containers: Record<string, Document[]> = {};
  for (const name of CONTAINER_NAMES) containers[name] = await readContainer(database, name);
  const contentHash = createHash('sha256').update(JSON.stringify(containers)).digest('hex');
  return { containers, contentHash };
}

async function writeFileAtomically(file: string, contents: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(contents, 'utf8');
    // On disk before the rename, so a crash leaves either the old snapshot or the new one whole.
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  // The rename itself must be on disk before the journal files it replaces are deleted.
  await syncDirectory(path.dirname(file));
}

/** undefined when there is no file; throws SnapshotFileError when there is one we cannot use. */
async function readSnapshotFile(file: string): Promise<SnapshotFile | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SnapshotFileError(file, (err as Error).message);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new SnapshotFileError(file, `not valid JSON: ${(err as Error).message}`);
  }
  const parsed = SnapshotFile.safeParse(json);
  if (!parsed.success) {
    throw new SnapshotFileError(file, `not a Koers snapshot: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`);
  }
  return parsed.data;
}

async function writeSnapshot(file: string, containers: Record<string, Document[]>, contentHash: string): Promise<SnapshotSummary> {
  const snapshot: SnapshotFile = {
    format: FORMAT,
    version: 1,
    database: DATABASE_ID,
    savedAt: new Date().toISOString(),
    contentHash,
    containers,
  };
  await writeFileAtomically(file, JSON.stringify(snapshot));
  const documents = Object.values(containers).reduce((n, docs) => n + docs.length, 0);
  return { file, documents, contentHash };
}

/** Writes every document of every container of containers.ts to `file` (atomically). */
export async function saveSnapshot(database: Database, file: string): Promise<SnapshotSummary> {
  const { containers, contentHash } = await readAllContainers(database);
  return writeSnapshot(file, containers, contentHash);
}

/**
 * Upserts the documents of `file` back into the (schema-ensured) database. A missing file is a
 * first start: nothing to do. A file that cannot be read throws SnapshotFileError and is never
 * modified, so a bug or a half-edited file cannot cost the user their local data.
 */
export async function restoreSnapshot(database: Database, file: string): Promise<SnapshotSummary | undefined> {
  const snapshot = await readSnapshotFile(file);
  if (!snapshot) return undefined;
  let documents = 0;
  for (const name of CONTAINER_NAMES) {
    const docs = snapshot.containers[name] ?? [];
    const container = database.container(CONTAINERS[name].id);
    // Small parallel batches: quick on the embedded server without flooding it.
    for (let i = 0; i < docs.length; i += 16) {
      await Promise.all(docs.slice(i, i + 16).map((doc) => container.items.upsert(doc)));
    }
    documents += docs.length;
  }
  return { file, documents, contentHash: snapshot.contentHash };
}

export interface SnapshotSchedule {
  /** Saves now if anything changed since the last save. */
  flush(): Promise<void>;
  /** Stops the timer and saves a last time; safe to call more than once. */
  stop(): Promise<void>;
}

export interface SnapshotScheduleOptions {
  /** Failures of a background save; the next tick tries again. Default: console.error. */
  onError?: (err: unknown) => void;
  /**
   * The write journal this snapshot compacts: rotated before each read of the data, and its
   * sealed files deleted once a snapshot holding their entries is on disk. While it records no
   * writes, the data is not read at all.
   */
  journal?: { rotate(): Promise<string[]> };
}

/**
 * Saves every `intervalMs` when the contents changed, and once more on stop. Without a journal a
 * crash loses at most one interval; with one, nothing acknowledged. Refuses to start over a snapshot file it cannot read: saving would
 * replace the user's data with whatever (possibly nothing) is in memory now.
 */
export async function startSnapshotSchedule(
  database: Database,
  file: string,
  intervalMs: number,
  options: SnapshotScheduleOptions = {},
): Promise<SnapshotSchedule> {
  const onError = options.onError ?? ((err: unknown) => console.error('snapshot save failed:', err));
  let lastHash = (await readSnapshotFile(file))?.contentHash;
  let running: Promise<void> = Promise.resolve();

  const saveIfChanged = async () => {
    const sealed = (await options.journal?.rotate()) ?? [];
    // With a journal, no sealed file means no write since the last save: skip reading everything.
    if (options.journal && sealed.length === 0) return;
    const { containers, contentHash } = await readAllContainers(database);
    if (contentHash !== lastHash) {
      await writeSnapshot(file, containers, contentHash);
      lastHash = contentHash;
    }
    // Unchanged contents mean the snapshot on disk already holds every sealed entry.
    await removeJournalFiles(sealed);
  };
  // One save at a time, in order: a slow save is never overtaken by a later, older read.
  const enqueue = () => {
    const next = running.then(saveIfChanged);
    running = next.catch(() => undefined);
    return next;
  };

  const timer = setInterval(() => {
    enqueue().catch(onError);
  }, intervalMs);
  // The schedule must never be what keeps a process (or a test run) alive.
  timer.unref();

  let stopping: Promise<void> | undefined;
  return {
    flush: () => enqueue(),
    stop() {
      stopping ??= (async () => {
        clearInterval(timer);
        await enqueue();
      })();
      return stopping;
    },
  };
}
