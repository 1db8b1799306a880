import { mkdir, open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Database } from '@azure/cosmos';
import { z } from 'zod';
import { DATABASE_ID } from './containers';
import { SYSTEM_PROPERTIES } from './repositories/documents';

/**
 * The embedded server keeps its data in memory and the snapshot is written every few seconds, so
 * on its own a crash would lose what the server had already acknowledged. The journal closes that
 * gap: every successful document write is appended here and flushed to disk (fsync) before the
 * server's response leaves, and replayed over the snapshot on the next start.
 *
 * It watches the server's HTTP traffic rather than the repositories, so every write kind the SDK
 * can send (create, upsert, replace, patch, delete, transactional batch) is covered, whoever sends
 * it. An entry holds the resulting document (or the deletion), never the request: replaying the
 * same entry twice, or over a snapshot that already holds it, ends in the same state.
 */

type Document = Record<string, unknown>;

const JournalEntry = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), coll: z.string(), doc: z.record(z.string(), z.unknown()) }),
  z.object({ op: z.literal('delete'), coll: z.string(), id: z.string(), partitionKey: z.unknown() }),
]);
export type JournalEntry = z.infer<typeof JournalEntry>;

export class JournalFileError extends Error {
  override readonly name = 'JournalFileError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(
      `The local write journal ${file} cannot be replayed (${reason}). It was left untouched: ` +
        'move it aside (losing the writes of the last seconds before the crash) and start again.',
    );
  }
}

const FILE_PATTERN = /^cosmos-journal\.(\d+)\.jsonl$/;
const journalFile = (dir: string, generation: number) => path.join(dir, `cosmos-journal.${generation}.jsonl`);

/** A document as the app wrote it: what the snapshot and the journal keep. */
export function withoutSystemProperties(doc: Document): Document {
  const out: Document = {};
  for (const [key, value] of Object.entries(doc)) {
    if (!(SYSTEM_PROPERTIES as readonly string[]).includes(key)) out[key] = value;
  }
  return out;
}

/** The partition key value the SDK sent in its header (a JSON array of one value). */
function partitionKeyOf(header: unknown): unknown {
  if (typeof header !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(header);
    return Array.isArray(parsed) ? parsed[0] : parsed;
  } catch {
    return undefined;
  }
}

const isTrue = (req: IncomingMessage, name: string) => String(req.headers[name] ?? '').toLowerCase() === 'true';

interface DocumentRoute {
  db: string;
  coll: string;
  docId?: string;
}

const DOCS_PATH = /^\/+dbs\/([^/]+)\/colls\/([^/]+)\/docs(?:\/([^/]+))?\/*$/;

function documentRoute(url: string | undefined): DocumentRoute | undefined {
  const pathname = new URL(url ?? '/', 'https://localhost').pathname;
  const match = DOCS_PATH.exec(pathname);
  if (!match) return undefined;
  const [, db, coll, docId] = match;
  return { db: decodeURIComponent(db!), coll: decodeURIComponent(coll!), docId: docId === undefined ? undefined : decodeURIComponent(docId) };
}

type WriteKind = 'single' | 'delete' | 'batch';

/** Which requests change documents: everything else (reads, queries, schema calls) passes as is. */
function writeKind(req: IncomingMessage, route: DocumentRoute): WriteKind | undefined {
  const method = req.method ?? 'GET';
  if (route.docId !== undefined) {
    if (method === 'PUT' || method === 'PATCH') return 'single';
    if (method === 'DELETE') return 'delete';
    return undefined;
  }
  if (method !== 'POST') return undefined;
  if (isTrue(req, 'x-ms-documentdb-isquery') || req.headers['content-type'] === 'application/query+json') return undefined;
  if (isTrue(req, 'x-ms-cosmos-is-batch-request') && !isTrue(req, 'x-ms-documentdb-is-upsert')) return 'batch';
  return 'single';
}

const BatchOperation = z.object({
  operationType: z.string(),
  id: z.string().optional(),
  partitionKey: z.unknown().optional(),
});
const BatchResult = z.object({ statusCode: z.number(), resourceBody: z.record(z.string(), z.unknown()).optional() });

function putEntry(coll: string, doc: unknown): JournalEntry[] {
  if (typeof doc !== 'object' || doc === null || typeof (doc as Document).id !== 'string') return [];
  return [{ op: 'put', coll, doc: withoutSystemProperties(doc as Document) }];
}

/** The entries of one successful write, from its request and the response body it is about to get. */
function entriesOf(kind: WriteKind, route: DocumentRoute, req: IncomingMessage, requestBody: string, responseBody: string): JournalEntry[] {
  if (kind === 'delete') return [{ op: 'delete', coll: route.coll, id: route.docId!, partitionKey: partitionKeyOf(req.headers['x-ms-documentdb-partitionkey']) }];
  const response: unknown = JSON.parse(responseBody);
  if (kind === 'single') return putEntry(route.coll, response);
  const operations = z.array(BatchOperation).parse(JSON.parse(requestBody));
  const results = z.array(BatchResult).parse(response);
  return results.flatMap((result, i) => {
    const operation = operations[i];
    if (!operation || result.statusCode >= 400) return [];
    if (operation.operationType === 'Delete' && operation.id !== undefined) {
      const partitionKey = typeof operation.partitionKey === 'string' ? partitionKeyOf(operation.partitionKey) : operation.partitionKey;
      return [{ op: 'delete' as const, coll: route.coll, id: operation.id, partitionKey }];
    }
    return result.resourceBody ? putEntry(route.coll, result.resourceBody) : [];
  });
}

interface Pending {
  text: string;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export interface WriteJournalOptions {
  /** Only writes to this database are journaled (the snapshot covers only this one too). */
  databaseId?: string;
  onError?: (err: unknown) => void;
}

export interface JournalReplay {
  files: string[];
  entries: number;
}

/**
 * One journal per data folder. Until `open` it lets writes through unrecorded (restoring the
 * snapshot and replaying must not journal themselves); after it, a successful write's response is
 * held until its entry is on disk. Concurrent writes share one fsync (group commit).
 */
export class WriteJournal {
  private readonly databaseId: string;
  private readonly onError: (err: unknown) => void;
  private handle: FileHandle | undefined;
  private generation = 0;
  private pending: Pending[] = [];
  /** Every file operation runs on this chain, in order: appends, rotations, close. */
  private chain: Promise<void> = Promise.resolve();
  private flushQueued = false;
  private written = 0;
  private currentHasEntries = false;

  constructor(
    readonly dir: string,
    options: WriteJournalOptions = {},
  ) {
    this.databaseId = options.databaseId ?? DATABASE_ID;
    this.onError = options.onError ?? ((err: unknown) => console.error('write journal:', err));
  }

  /** The journal files on disk, oldest first. */
  async files(): Promise<{ file: string; generation: number }[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    return names
      .flatMap((name) => {
        const match = FILE_PATTERN.exec(name);
        return match ? [{ file: path.join(this.dir, name), generation: Number(match[1]) }] : [];
      })
      .sort((a, b) => a.generation - b.generation);
  }

  /**
   * Applies every journal file over what is in `database` now (the restored snapshot). A last
   * line cut off by the crash is a write that was never acknowledged and is skipped; a bad line
   * before the end means the file is not ours to guess at, and nothing is changed.
   */
  async replay(database: Database): Promise<JournalReplay> {
    const files = await this.files();
    const parsed: { coll: string; entry: JournalEntry }[] = [];
    for (const { file } of files) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      const complete = lines.at(-1) === '' ? lines.slice(0, -1) : lines;
      for (let i = 0; i < complete.length; i += 1) {
        const isLast = i === complete.length - 1 && lines.at(-1) !== '';
        let entry: JournalEntry;
        try {
          entry = JournalEntry.parse(JSON.parse(complete[i]!));
        } catch (err) {
          if (isLast) break;
          throw new JournalFileError(file, `line ${i + 1}: ${(err as Error).message.split('\n')[0]}`);
        }
        parsed.push({ coll: entry.coll, entry });
      }
    }
    for (const { coll, entry } of parsed) {
      const container = database.container(coll);
      if (entry.op === 'put') {
        await container.items.upsert(entry.doc);
      } else {
        try {
          await container.item(entry.id, entry.partitionKey as string).delete();
        } catch (err) {
          if ((err as { code?: number }).code !== 404) throw err;
        }
      }
    }
    return { files: files.map((f) => f.file), entries: parsed.length };
  }

  /** Starts recording into a new file after the newest one on disk. */
  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const existing = await this.files();
    this.generation = (existing.at(-1)?.generation ?? 0) + 1;
    this.handle = await this.create(this.generation);
  }

  private async create(generation: number): Promise<FileHandle> {
    const handle = await open(journalFile(this.dir, generation), 'a', 0o600);
    // The new name must be durable too, or a power cut could lose the file along with its entries.
    await syncDirectory(this.dir);
    return handle;
  }

  /**
   * Switches to a fresh file and returns the ones before it. Everything acknowledged so far is in
   * those files and already applied in the server, so a snapshot read after this call holds it:
   * once that snapshot is on disk, the returned files may be deleted. An empty answer means no
   * write was recorded since the last rotation: the snapshot on disk is current.
   */
  rotate(): Promise<string[]> {
    const result = this.chain.then(async () => {
      const files = await this.files();
      if (this.handle && !this.currentHasEntries) {
        // Nothing new: keep writing to the same file (only leftovers of a failed clean-up are sealed).
        return files.filter((f) => f.generation < this.generation).map((f) => f.file);
      }
      const sealed = files.filter((f) => f.generation <= this.generation).map((f) => f.file);
      if (!this.handle) return sealed;
      const previous = this.handle;
      this.generation += 1;
      this.handle = await this.create(this.generation);
      this.currentHasEntries = false;
      await previous.close();
      return sealed;
    });
    this.chain = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** Writes what is pending and stops recording; the last file stays for the next start to replay. */
  close(): Promise<void> {
    const result = this.chain.then(async () => {
      await this.flushPending();
      const handle = this.handle;
      this.handle = undefined;
      if (!handle) return;
      await handle.close();
      // A file without entries would only make the next start replay nothing.
      if (!this.currentHasEntries) await rm(journalFile(this.dir, this.generation), { force: true });
    });
    this.chain = result.catch(() => undefined);
    return result;
  }

  /** Acknowledged writes recorded since open (a batch counts once). */
  get writesRecorded(): number {
    return this.written;
  }

  private append(entries: JournalEntry[]): Promise<void> {
    if (!this.handle) return Promise.resolve();
    const text = entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
    const done = new Promise<void>((resolve, reject) => this.pending.push({ text, resolve, reject }));
    if (!this.flushQueued) {
      this.flushQueued = true;
      this.chain = this.chain.then(() => {
        this.flushQueued = false;
        return this.flushPending();
      });
    }
    return done;
  }

  /** One write and one fsync for everything that queued up while the previous one ran. */
  private async flushPending(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      if (!this.handle) throw new Error('the write journal is closed');
      await this.handle.writeFile(batch.map((p) => p.text).join(''), 'utf8');
      await this.handle.sync();
      this.currentHasEntries = true;
      this.written += batch.length;
      for (const p of batch) p.resolve();
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }

  /**
   * For the server's `request` event, registered before the server's own handler: holds the
   * response of a successful document write until its entry is on disk.
   */
  readonly watch = (req: IncomingMessage, res: ServerResponse): void => {
    if (!this.handle) return;
    const route = documentRoute(req.url);
    if (!route || route.db !== this.databaseId) return;
    const kind = writeKind(req, route);
    if (!kind) return;

    const chunks: Buffer[] = [];
    // Only a batch needs its request body (the ids of deleted documents); reading it alongside
    // the server is safe because both listeners are attached in the same tick.
    if (kind === 'batch') req.on('data', (chunk: Buffer) => chunks.push(chunk));

    const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
    res.end = ((chunk?: unknown) => {
      if (res.statusCode >= 300) return end(chunk);
      let entries: JournalEntry[];
      try {
        // A delete answers 204 without a body; every other write answers with JSON.
        entries = entriesOf(kind, route, req, Buffer.concat(chunks).toString('utf8'), typeof chunk === 'string' ? chunk : '');
      } catch (err) {
        this.onError(err);
        entries = [];
      }
      if (entries.length === 0) return end(chunk);
      this.append(entries).then(
        () => end(chunk),
        (err: unknown) => {
          this.onError(err);
          // Applied in memory but not durable: the caller must not take it as stored.
          res.statusCode = 500;
          end(JSON.stringify({ code: 'InternalServerError', message: 'The write could not be made durable.' }));
        },
      );
      return res;
    }) as typeof res.end;
  };
}

/** Makes a created, renamed or deleted name in `dir` durable (the file's own fsync does not). */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Deletes journal files whose entries a snapshot on disk now holds. */
export async function removeJournalFiles(files: readonly string[]): Promise<void> {
  for (const file of files) await rm(file, { force: true });
}
