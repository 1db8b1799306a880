import { createHash } from 'node:crypto';
import type { Container, Database, FeedOptions, JSONValue, PatchOperation, SqlParameter } from '@azure/cosmos';
import { ConcurrencyError, ConflictError, InvalidContinuationTokenError, MAX_PAGE_SIZE, NotFoundError, pageSize, type Page, type PageRequest, type Stored } from '@koers/domain';
import type { z } from 'zod';
import type { ContainerSpec } from '../containers';

/**
 * The one place where Koers talks to a Cosmos container: status codes become domain errors,
 * documents are validated both ways, synthetic keys are added and stripped, and every query is
 * held to the tenant filter. Repositories only say which keys and which SQL.
 */

/** Properties Cosmos adds to every document; never part of a domain value or a snapshot. */
export const SYSTEM_PROPERTIES = ['_rid', '_self', '_etag', '_ts', '_attachments'] as const;

/** Cosmos DB's limit on operations in one patch request. */
export const MAX_PATCH_OPERATIONS = 10;

/** RFC 6901: "~" and "/" inside a property name. */
function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
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

/** Every query must carry this literal predicate: the embedded server ignores the partitionKey option. */
const TENANT_PREDICATE = /\bc\.tenantId\s*=\s*@tenantId\b/;

export type Tenanted = { id: string; tenantId: string };

export interface DocumentMapping<T extends Tenanted> {
  /** Domain name used in error messages ("Person", "Conversation"). */
  entity: string;
  spec: ContainerSpec;
  schema: z.ZodType<T>;
  partitionKey(value: T): string;
  /** The synthetic properties of `spec.derivedProperties` for this value. */
  derive(value: T): Record<string, string>;
}

export interface TenantQuery {
  tenantId: string;
  /** Must contain `c.tenantId = @tenantId`; all other inputs go in `parameters`, never in the text. */
  sql: string;
  /** Named without the leading `@`. */
  parameters?: Record<string, JSONValue>;
  /** Set when the query stays in one logical partition (the SQL must then filter on it too). */
  partitionKey?: string;
}

/** Thrown when a continuation token handed back by a client cannot be resumed. */
/**
 * Continuation tokens leave Koers (API query strings), so they are wrapped: base64url of the
 * SDK's token plus a fingerprint of the query it belongs to. A garbage token, or one from another
 * list or tenant, is refused the same way locally and in Azure (the embedded server would
 * silently start again from the first page; Azure would answer 400).
 */
function queryFingerprint(spec: { query: string; parameters: SqlParameter[] }, partitionKey: string | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([spec.query, spec.parameters, partitionKey ?? null]))
    .digest('base64url')
    .slice(0, 16);
}

export function wrapContinuationToken(sdkToken: string, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ f: fingerprint, t: sdkToken }), 'utf8').toString('base64url');
}

export function unwrapContinuationToken(token: string, fingerprint: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (isRecord(parsed) && parsed.f === fingerprint && typeof parsed.t === 'string' && parsed.t.length > 0) return parsed.t;
  } catch {
    // fall through: not ours
  }
  throw new InvalidContinuationTokenError();
}

export function statusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { code, statusCode } = err as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'number') return code;
  if (typeof statusCode === 'number') return statusCode;
  return undefined;
}

export function stripStoredDocument(doc: Record<string, unknown>, derived: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if ((SYSTEM_PROPERTIES as readonly string[]).includes(key) || derived.includes(key)) continue;
    out[key] = value;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class DocumentCollection<T extends Tenanted> {
  readonly container: Container;

  constructor(
    database: Database,
    private readonly mapping: DocumentMapping<T>,
  ) {
    this.container = database.container(mapping.spec.id);
  }

  /** Point read; undefined when absent or when the document belongs to another tenant. */
  async read(tenantId: string, partitionKey: string, id: string): Promise<Stored<T> | undefined> {
    try {
      const response = await this.container.item(id, partitionKey).read<Record<string, unknown>>();
      if (response.statusCode === 404 || !response.resource) return undefined;
      if (response.resource.tenantId !== tenantId) return undefined;
      return this.stored(response.resource);
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  async create(value: T): Promise<Stored<T>> {
    const { document, valid } = this.toDocument(value);
    try {
      const { resource } = await this.container.items.create(document);
      return this.stored(resource);
    } catch (err) {
      if (statusOf(err) === 409) throw new ConflictError(this.mapping.entity, valid.id);
      throw err;
    }
  }

  /** Conditional replace: only when the stored version still has `ifMatch` as its etag. */
  async replace(value: T, ifMatch: string): Promise<Stored<T>> {
    const { document, valid, partitionKey } = this.toDocument(value);
    try {
      const { resource } = await this.container
        .item(valid.id, partitionKey)
        .replace(document, { accessCondition: { type: 'IfMatch', condition: ifMatch } });
      return this.stored(resource);
    } catch (err) {
      throw this.conditionalWriteError(err, valid.id);
    }
  }

  /**
   * Conditional field-level write: sets only `paths` (each a list of property names) to their
   * values in `value`, which is validated whole first so a patch can never store an invalid
   * document. Cosmos takes at most 10 operations per patch; more paths become a conditional
   * replace of the whole document, with the same precondition.
   */
  async patchPaths(value: T, paths: readonly (readonly string[])[], ifMatch: string): Promise<Stored<T>> {
    if (paths.length === 0 || paths.length > MAX_PATCH_OPERATIONS) return this.replace(value, ifMatch);
    const { valid, partitionKey } = this.toDocument(value);
    const operations: PatchOperation[] = paths.map((path) => ({
      op: 'set',
      path: `/${path.map(escapePointerSegment).join('/')}`,
      value: valueAt(valid, path) as JSONValue,
    }));
    try {
      const { resource } = await this.container
        .item(valid.id, partitionKey)
        .patch<Record<string, unknown>>({ operations }, { accessCondition: { type: 'IfMatch', condition: ifMatch } });
      return this.stored(resource);
    } catch (err) {
      throw this.conditionalWriteError(err, valid.id);
    }
  }

  /** Unconditional write, for documents where the last writer is right by design. */
  async upsert(value: T): Promise<Stored<T>> {
    const { document } = this.toDocument(value);
    const { resource } = await this.container.items.upsert(document);
    return this.stored(resource);
  }

  /**
   * Idempotent: deleting what is not there (any more) is not an error. Returns whether it was.
   * No tenant check needed: every partition key of containers.ts starts with the tenant id.
   */
  async delete(partitionKey: string, id: string): Promise<boolean> {
    try {
      await this.container.item(id, partitionKey).delete();
      return true;
    } catch (err) {
      if (statusOf(err) === 404) return false;
      throw err;
    }
  }

  /** Conditional delete: only when the stored version still has `ifMatch` (412 → ConcurrencyError, 404 → NotFoundError). */
  async deleteIfMatch(partitionKey: string, id: string, ifMatch: string): Promise<void> {
    try {
      await this.container.item(id, partitionKey).delete({ accessCondition: { type: 'IfMatch', condition: ifMatch } });
    } catch (err) {
      throw this.conditionalWriteError(err, id);
    }
  }

  /** One page; `maxItems` is clamped to 1…MAX_PAGE_SIZE. A page may hold fewer items than asked. */
  async queryPage(query: TenantQuery, page?: PageRequest): Promise<Page<T>> {
    const spec = this.querySpec(query);
    const fingerprint = queryFingerprint(spec, query.partitionKey);
    const options: FeedOptions = { maxItemCount: pageSize(page) };
    if (page?.continuationToken) options.continuationToken = unwrapContinuationToken(page.continuationToken, fingerprint);
    if (query.partitionKey !== undefined) options.partitionKey = query.partitionKey;
    let response;
    try {
      response = await this.container.items.query<Record<string, unknown>>(spec, options).fetchNext();
    } catch (err) {
      // A token of ours that Cosmos no longer accepts (e.g. after a partition split or an upgrade).
      if (options.continuationToken && statusOf(err) === 400) throw new InvalidContinuationTokenError();
      throw err;
    }
    const items = response.resources.map((doc) => this.fromDocument(doc, query.tenantId));
    return response.continuationToken
      ? { items, continuationToken: wrapContinuationToken(response.continuationToken, fingerprint) }
      : { items };
  }

  /** Every result, fetched page by page. For lists that are bounded by construction. */
  async queryAll(query: TenantQuery): Promise<T[]> {
    const options: FeedOptions = { maxItemCount: MAX_PAGE_SIZE };
    if (query.partitionKey !== undefined) options.partitionKey = query.partitionKey;
    const iterator = this.container.items.query<Record<string, unknown>>(this.querySpec(query), options);
    const items: T[] = [];
    while (iterator.hasMoreResults()) {
      const { resources } = await iterator.fetchNext();
      for (const doc of resources) items.push(this.fromDocument(doc, query.tenantId));
    }
    return items;
  }

  /** Like queryAll, each with its etag: for lists whose items the caller may then write conditionally. */
  async queryAllStored(query: TenantQuery): Promise<Stored<T>[]> {
    const options: FeedOptions = { maxItemCount: MAX_PAGE_SIZE };
    if (query.partitionKey !== undefined) options.partitionKey = query.partitionKey;
    const iterator = this.container.items.query<Record<string, unknown>>(this.querySpec(query), options);
    const items: Stored<T>[] = [];
    while (iterator.hasMoreResults()) {
      const { resources } = await iterator.fetchNext();
      for (const doc of resources) items.push(this.stored(doc, query.tenantId));
    }
    return items;
  }

  async queryFirst(query: TenantQuery): Promise<Stored<T> | undefined> {
    const options: FeedOptions = { maxItemCount: 1 };
    if (query.partitionKey !== undefined) options.partitionKey = query.partitionKey;
    const iterator = this.container.items.query<Record<string, unknown>>(this.querySpec(query), options);
    while (iterator.hasMoreResults()) {
      const { resources } = await iterator.fetchNext();
      const first = resources[0];
      if (first) return this.stored(first, query.tenantId);
    }
    return undefined;
  }

  /** A conditional write's failure in domain terms: 412 stale, 404 gone, 409 taken. */
  private conditionalWriteError(err: unknown, id: string): unknown {
    switch (statusOf(err)) {
      case 412:
        return new ConcurrencyError(this.mapping.entity, id);
      case 404:
        return new NotFoundError(this.mapping.entity, id);
      case 409:
        return new ConflictError(this.mapping.entity, id);
      default:
        return err;
    }
  }

  private querySpec(query: TenantQuery): { query: string; parameters: SqlParameter[] } {
    if (!TENANT_PREDICATE.test(query.sql)) {
      throw new Error(`${this.mapping.entity} query lacks "c.tenantId = @tenantId": ${query.sql}`);
    }
    const parameters: SqlParameter[] = [{ name: '@tenantId', value: query.tenantId }];
    for (const [name, value] of Object.entries(query.parameters ?? {})) {
      if (name === 'tenantId') throw new Error('tenantId is bound by the query helper itself');
      parameters.push({ name: `@${name}`, value });
    }
    return { query: query.sql, parameters };
  }

  private toDocument(value: T): { document: Record<string, unknown>; valid: T; partitionKey: string } {
    // Validate on the way in too: a bad value must fail here, never become a stored document.
    const valid = this.mapping.schema.parse(value);
    const derived = this.mapping.derive(valid);
    for (const key of Object.keys(derived)) {
      if (!this.mapping.spec.derivedProperties.includes(key)) {
        throw new Error(`${this.mapping.entity}: derived property ${key} is not declared in containers.ts`);
      }
    }
    return { document: { ...valid, ...derived }, valid, partitionKey: this.mapping.partitionKey(valid) };
  }

  private fromDocument(doc: unknown, expectedTenantId?: string): T {
    if (!isRecord(doc)) throw new Error(`stored ${this.mapping.entity} is not an object`);
    const result = this.mapping.schema.safeParse(stripStoredDocument(doc, this.mapping.spec.derivedProperties));
    if (!result.success) {
      const id = typeof doc.id === 'string' ? doc.id : '?';
      const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
      throw new Error(`stored ${this.mapping.entity} ${id} does not match its schema: ${issues}`);
    }
    if (expectedTenantId !== undefined && result.data.tenantId !== expectedTenantId) {
      // Unreachable while every query filters on the tenant; fail loudly rather than leak.
      throw new Error(`${this.mapping.entity} query returned a document of another tenant`);
    }
    return result.data;
  }

  private stored(doc: unknown, expectedTenantId?: string): Stored<T> {
    if (!isRecord(doc) || typeof doc._etag !== 'string') {
      throw new Error(`${this.mapping.entity}: Cosmos returned no document or no etag`);
    }
    return { value: this.fromDocument(doc, expectedTenantId), etag: doc._etag };
  }
}
