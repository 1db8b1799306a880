import { ConcurrencyError, ConflictError, InvalidContinuationTokenError, NotFoundError, pageSize, type Page, type PageRequest, type Stored } from '@koers/domain';
import { z } from 'zod';

/**
 * The in-memory counterpart of the Cosmos adapter's DocumentCollection (functions/src/cosmos/
 * repositories/documents.ts): documents live in logical partitions of a container, ids are unique
 * per partition, every write gets a new etag, and the same conditions fail with the same domain
 * errors. Documents are kept as JSON text, so no caller can change stored state through an object
 * it passed in or got back.
 */

/** Cosmos DB's limit on operations in one patch request; more become a conditional replace. */
const MAX_PATCH_OPERATIONS = 10;

export type Tenanted = { id: string; tenantId: string };
/** A stored document as a query sees it: the value plus the derived keys (`c.*` in Cosmos SQL). */
export type DocumentView = Readonly<Record<string, unknown>>;

interface Entry {
  json: string;
  /** Parsed once for queries; never handed out. */
  document: DocumentView;
  derived: Record<string, string>;
  etag: string;
  /** Creation order, like Cosmos' _rid: the order of a query without ORDER BY. */
  seq: number;
}

/** One Cosmos container: logical partitions of documents, and the unique keys it enforces per partition. */
export class MemoryContainer {
  readonly partitions = new Map<string, Map<string, Entry>>();

  constructor(
    private readonly clock: { nextEtag(): string; nextSeq(): number },
    /** Document properties unique within one logical partition (containers.ts uniqueKeyPaths). */
    readonly uniqueKeys: readonly string[] = [],
  ) {}

  nextEtag(): string {
    return this.clock.nextEtag();
  }

  nextSeq(): number {
    return this.clock.nextSeq();
  }

  *entries(partitionKey?: string): Iterable<{ partitionKey: string; entry: Entry }> {
    if (partitionKey !== undefined) {
      for (const entry of this.partitions.get(partitionKey)?.values() ?? []) yield { partitionKey, entry };
      return;
    }
    for (const [key, partition] of this.partitions) for (const entry of partition.values()) yield { partitionKey: key, entry };
  }
}

export interface MemoryMapping<T extends Tenanted> {
  /** Domain name used in error messages, the same as the Cosmos repository's ("Person", "Conversation"). */
  entity: string;
  schema: z.ZodType<T>;
  partitionKey(value: T): string;
  /** The Cosmos repository's derived properties (partition, sort and range keys). */
  derive(value: T): Record<string, string>;
}

export type SortOrder = readonly (readonly [property: string, direction: 'ASC' | 'DESC'])[];

export interface MemoryQuery {
  tenantId: string;
  /** Names the list and its inputs: a continuation token is only good for the same list. */
  list: string;
  parameters?: Record<string, unknown>;
  /** Set when the query stays in one logical partition. */
  partitionKey?: string;
  where?: (document: DocumentView) => boolean;
  orderBy?: SortOrder;
}

interface Row {
  partitionKey: string;
  entry: Entry;
}

const PageToken = z.object({ f: z.string(), k: z.array(z.string()) });

export class MemoryCollection<T extends Tenanted> {
  constructor(
    private readonly container: MemoryContainer,
    private readonly mapping: MemoryMapping<T>,
  ) {}

  /** Point read; undefined when absent or when the document belongs to another tenant. */
  async read(tenantId: string, partitionKey: string, id: string): Promise<Stored<T> | undefined> {
    const entry = this.container.partitions.get(partitionKey)?.get(id);
    if (!entry || entry.document.tenantId !== tenantId) return undefined;
    return this.stored(entry);
  }

  async create(value: T): Promise<Stored<T>> {
    const { valid, partitionKey, document, derived } = this.toDocument(value);
    if (this.container.partitions.get(partitionKey)?.has(valid.id)) throw new ConflictError(this.mapping.entity, valid.id);
    this.checkUnique(partitionKey, valid.id, document);
    return this.stored(this.put(partitionKey, valid.id, document, derived, this.container.nextSeq()));
  }

  /** Conditional replace: only when the stored version still has `ifMatch` as its etag. */
  async replace(value: T, ifMatch: string): Promise<Stored<T>> {
    const { valid, partitionKey, document, derived } = this.toDocument(value);
    const current = this.current(partitionKey, valid.id, ifMatch);
    this.checkUnique(partitionKey, valid.id, document);
    return this.stored(this.put(partitionKey, valid.id, document, derived, current.seq));
  }

  /**
   * Conditional field-level write, like a Cosmos patch of `set` operations: only `paths` take their
   * values from `value` (validated whole first); everything else stays as stored.
   */
  async patchPaths(value: T, paths: readonly (readonly string[])[], ifMatch: string): Promise<Stored<T>> {
    if (paths.length === 0 || paths.length > MAX_PATCH_OPERATIONS) return this.replace(value, ifMatch);
    const { valid, partitionKey } = this.toDocument(value);
    const operations = paths.map((path) => ({ path, value: valueAt(valid, path) }));
    const current = this.current(partitionKey, valid.id, ifMatch);
    const patched = JSON.parse(current.json) as Record<string, unknown>;
    for (const { path, value: newValue } of operations) setAt(patched, path, newValue);
    const stripped = strip(patched, Object.keys(current.derived));
    const result = this.mapping.schema.safeParse(stripped);
    if (!result.success) throw new Error(`patched ${this.mapping.entity} ${valid.id} does not match its schema`);
    return this.stored(this.put(partitionKey, valid.id, { ...result.data, ...current.derived }, current.derived, current.seq));
  }

  /** Unconditional write, for documents where the last writer is right by design. */
  async upsert(value: T): Promise<Stored<T>> {
    const { valid, partitionKey, document, derived } = this.toDocument(value);
    const existing = this.container.partitions.get(partitionKey)?.get(valid.id);
    this.checkUnique(partitionKey, valid.id, document);
    return this.stored(this.put(partitionKey, valid.id, document, derived, existing?.seq ?? this.container.nextSeq()));
  }

  /** Idempotent: deleting what is not there (any more) is not an error. Returns whether it was. */
  async delete(partitionKey: string, id: string): Promise<boolean> {
    return this.container.partitions.get(partitionKey)?.delete(id) ?? false;
  }

  /** Conditional delete: ConcurrencyError when stale, NotFoundError when gone. */
  async deleteIfMatch(partitionKey: string, id: string, ifMatch: string): Promise<void> {
    this.current(partitionKey, id, ifMatch);
    this.container.partitions.get(partitionKey)?.delete(id);
  }

  /** One page; `maxItems` is clamped to 1…MAX_PAGE_SIZE, as the Cosmos adapter does. */
  async queryPage(query: MemoryQuery & { orderBy: SortOrder }, page?: PageRequest): Promise<Page<T>> {
    const fingerprint = fingerprintOf(query);
    const order = query.orderBy;
    let rows = this.rows(query);
    if (page?.continuationToken) {
      const after = readToken(page.continuationToken, fingerprint);
      rows = rows.filter((row) => compareKeys(sortKey(row, order), after, order) > 0);
    }
    const size = pageSize(page);
    const items = rows.slice(0, size);
    const last = items[items.length - 1];
    const values = items.map((row) => this.stored(row.entry).value);
    return rows.length > size && last ? { items: values, continuationToken: writeToken(fingerprint, sortKey(last, order)) } : { items: values };
  }

  async queryAll(query: MemoryQuery): Promise<T[]> {
    return this.rows(query).map((row) => this.stored(row.entry).value);
  }

  async queryAllStored(query: MemoryQuery): Promise<Stored<T>[]> {
    return this.rows(query).map((row) => this.stored(row.entry));
  }

  async queryFirst(query: MemoryQuery): Promise<Stored<T> | undefined> {
    const first = this.rows(query)[0];
    return first ? this.stored(first.entry) : undefined;
  }

  /** Every document of the query's tenant (the filter Cosmos SQL always carries), filtered and sorted. */
  private rows(query: MemoryQuery): Row[] {
    const rows: Row[] = [];
    for (const row of this.container.entries(query.partitionKey)) {
      if (row.entry.document.tenantId !== query.tenantId) continue;
      if (query.where && !query.where(row.entry.document)) continue;
      rows.push(row);
    }
    const order = query.orderBy;
    if (order) rows.sort((a, b) => compareKeys(sortKey(a, order), sortKey(b, order), order));
    else rows.sort((a, b) => a.entry.seq - b.entry.seq);
    return rows;
  }

  /** The stored entry a conditional write may change: NotFoundError when absent, ConcurrencyError when stale. */
  private current(partitionKey: string, id: string, ifMatch: string): Entry {
    const entry = this.container.partitions.get(partitionKey)?.get(id);
    if (!entry) throw new NotFoundError(this.mapping.entity, id);
    if (entry.etag !== ifMatch) throw new ConcurrencyError(this.mapping.entity, id);
    return entry;
  }

  private checkUnique(partitionKey: string, id: string, document: DocumentView): void {
    if (this.container.uniqueKeys.length === 0) return;
    for (const { entry } of this.container.entries(partitionKey)) {
      if (entry.document.id === id) continue;
      if (this.container.uniqueKeys.every((key) => entry.document[key] === document[key])) throw new ConflictError(this.mapping.entity, id);
    }
  }

  private put(partitionKey: string, id: string, document: Record<string, unknown>, derived: Record<string, string>, seq: number): Entry {
    const json = JSON.stringify(document);
    const entry: Entry = { json, document: deepFreeze(JSON.parse(json) as Record<string, unknown>), derived, etag: this.container.nextEtag(), seq };
    let partition = this.container.partitions.get(partitionKey);
    if (!partition) {
      partition = new Map();
      this.container.partitions.set(partitionKey, partition);
    }
    partition.set(id, entry);
    return entry;
  }

  private toDocument(value: T): { valid: T; partitionKey: string; document: Record<string, unknown>; derived: Record<string, string> } {
    const valid = this.mapping.schema.parse(value);
    const derived = this.mapping.derive(valid);
    return { valid, partitionKey: this.mapping.partitionKey(valid), document: { ...valid, ...derived }, derived };
  }

  private stored(entry: Entry): Stored<T> {
    const value = this.mapping.schema.parse(strip(JSON.parse(entry.json) as Record<string, unknown>, Object.keys(entry.derived)));
    return { value, etag: entry.etag };
  }
}

function strip(document: Record<string, unknown>, derived: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(document)) if (!derived.includes(key)) out[key] = value;
  return out;
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) {
      throw new Error(`patch path /${path.join('/')} is not in the value`);
    }
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** A patch `set`: the parent must exist (Cosmos answers 400 otherwise); the last segment is added or replaced. */
function setAt(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) {
      throw new Error(`patch path /${path.join('/')} has no parent in the stored document`);
    }
    node = (node as Record<string, unknown>)[segment];
  }
  const last = path[path.length - 1];
  if (last === undefined || typeof node !== 'object' || node === null) throw new Error(`patch path /${path.join('/')} cannot be set`);
  (node as Record<string, unknown>)[last] = structuredClone(value);
}

function deepFreeze<V>(value: V): V {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * The position of a row in its list: the ORDER BY values, then partition key and id, so two
 * documents never tie (Cosmos resumes an ordered query after the last row's values the same way).
 */
function sortKey(row: Row, order: SortOrder): string[] {
  return [...order.map(([property]) => sortText(row.entry.document[property])), row.partitionKey, String(row.entry.document.id)];
}

/** A field's value as it sorts: its text, a number or flag spelled out, a nested value as JSON, nothing as ''. */
function sortText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function compareKeys(a: readonly string[], b: readonly string[], order: SortOrder): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x === y) continue;
    // Code-unit order, like Cosmos' string comparison.
    const sign = x < y ? -1 : 1;
    return order[i]?.[1] === 'DESC' ? -sign : sign;
  }
  return 0;
}

/** FNV-1a over the list's identity: enough to tell one list, tenant or parameter set from another. */
function fingerprintOf(query: MemoryQuery): string {
  const text = JSON.stringify([query.list, query.tenantId, query.partitionKey ?? null, query.parameters ?? {}]);
  let hash = 0x811c9dc5;
  let hash2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
    hash2 = Math.imul(hash2 ^ code, 0x811c9dc5) >>> 0;
  }
  return hash.toString(16).padStart(8, '0') + hash2.toString(16).padStart(8, '0');
}

function writeToken(fingerprint: string, key: string[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify({ f: fingerprint, k: key }));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function readToken(token: string, fingerprint: string): string[] {
  try {
    if (/^[A-Za-z0-9_-]+$/.test(token)) {
      const binary = atob(token.replace(/-/g, '+').replace(/_/g, '/'));
      const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
      const parsed = PageToken.safeParse(JSON.parse(text));
      if (parsed.success && parsed.data.f === fingerprint) return parsed.data.k;
    }
  } catch {
    // fall through: not a token of this list
  }
  throw new InvalidContinuationTokenError();
}
