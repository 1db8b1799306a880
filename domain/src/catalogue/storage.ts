import { z } from 'zod';
import { ConcurrencyError, ConflictError } from '../errors';
import { Guid } from '../people';
import type { Stored } from '../stored';
import { CareerPath, Certificate, Competence, FunctionFamily, JobFunction, LearningItem, type Catalogue } from './schema';

/**
 * How a catalogue is stored: one head document per tenant (id "head": the current revision, the
 * etag HR's If-Match names) and the revision's lists in chunks small enough for one Cosmos item
 * (2 MB at most; a 10,000-item learning offer does not fit one). A replace writes the new
 * revision's chunks first and then switches the head, so a reader sees the old catalogue or the
 * new one, never a mix; the old chunks are removed after the switch.
 */

export const CatalogueHead = z.object({
  id: z.literal('head'),
  tenantId: Guid,
  revision: z.number().int().min(1),
  chunkCount: z.number().int().min(0),
  updatedAt: z.string().datetime({ offset: true }),
  updatedBy: Guid,
});
export type CatalogueHead = z.infer<typeof CatalogueHead>;

export const CatalogueChunk = z.object({
  id: z.string().regex(/^r\d+-c\d+$/),
  tenantId: Guid,
  revision: z.number().int().min(1),
  part: z.number().int().min(0),
  lists: z.object({
    competences: z.array(Competence).optional(),
    families: z.array(FunctionFamily).optional(),
    functions: z.array(JobFunction).optional(),
    paths: z.array(CareerPath).optional(),
    certificates: z.array(Certificate).optional(),
    learning: z.array(LearningItem).optional(),
  }),
});
export type CatalogueChunk = z.infer<typeof CatalogueChunk>;

/** Items per chunk: a learning item is at most ~5 KB, so 250 stay well under Cosmos' 2 MB. */
export const CATALOGUE_CHUNK_ITEMS = 250;

const LISTS = ['competences', 'families', 'functions', 'paths', 'certificates', 'learning'] as const;

export function catalogueChunks(tenantId: string, revision: number, catalogue: Catalogue): CatalogueChunk[] {
  const chunks: CatalogueChunk[] = [];
  for (const list of LISTS) {
    const items = catalogue[list];
    for (let start = 0; start < items.length; start += CATALOGUE_CHUNK_ITEMS) {
      const part = chunks.length;
      chunks.push({ id: `r${revision}-c${part}`, tenantId, revision, part, lists: { [list]: items.slice(start, start + CATALOGUE_CHUNK_ITEMS) } });
    }
  }
  return chunks;
}

export function assembleCatalogue(chunks: readonly CatalogueChunk[]): Catalogue {
  const sorted = [...chunks].sort((a, b) => a.part - b.part);
  const whole: Catalogue = { competences: [], families: [], functions: [], paths: [], certificates: [], learning: [] };
  for (const chunk of sorted) {
    whole.competences.push(...(chunk.lists.competences ?? []));
    whole.families.push(...(chunk.lists.families ?? []));
    whole.functions.push(...(chunk.lists.functions ?? []));
    whole.paths.push(...(chunk.lists.paths ?? []));
    whole.certificates.push(...(chunk.lists.certificates ?? []));
    whole.learning.push(...(chunk.lists.learning ?? []));
  }
  return whole;
}

/** A tenant's catalogue as stored: the lists, and the head's revision and etag. */
export interface StoredCatalogue {
  catalogue: Catalogue;
  revision: number;
  updatedAt: string;
  updatedBy: string;
  etag: string;
}

/** The document operations a catalogue store needs; the memory and Cosmos adapters supply them. */
export interface CatalogueDocuments {
  readHead(tenantId: string): Promise<Stored<CatalogueHead> | undefined>;
  createHead(head: CatalogueHead): Promise<Stored<CatalogueHead>>;
  replaceHead(head: CatalogueHead, ifMatch: string): Promise<Stored<CatalogueHead>>;
  upsertChunk(chunk: CatalogueChunk): Promise<void>;
  chunksOf(tenantId: string, revision: number): Promise<CatalogueChunk[]>;
  /** Every chunk of the tenant whose revision is not `keep` (left over by replaced or failed writes). */
  staleChunks(tenantId: string, keep: number): Promise<CatalogueChunk[]>;
  deleteChunk(tenantId: string, id: string): Promise<void>;
}

export async function readCatalogue(docs: CatalogueDocuments, tenantId: string): Promise<StoredCatalogue | undefined> {
  // A replace that lands between reading the head and its chunks removes them: read again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const head = await docs.readHead(tenantId);
    if (!head) return undefined;
    const chunks = await docs.chunksOf(tenantId, head.value.revision);
    if (chunks.length === head.value.chunkCount) {
      return { catalogue: assembleCatalogue(chunks), revision: head.value.revision, updatedAt: head.value.updatedAt, updatedBy: head.value.updatedBy, etag: head.etag };
    }
  }
  throw new ConcurrencyError('Catalogue', tenantId);
}

/**
 * Replaces the whole catalogue. `ifMatch` is the head's etag the caller read (absent: there must be
 * no catalogue yet). Stale → ConcurrencyError; a catalogue created meanwhile → ConflictError. The
 * new chunks are written before the head moves; on any failure they are removed again.
 */
export async function replaceCatalogue(
  docs: CatalogueDocuments,
  tenantId: string,
  catalogue: Catalogue,
  options: { ifMatch?: string; updatedBy: string; at: string },
): Promise<StoredCatalogue> {
  const current = await docs.readHead(tenantId);
  if (current && options.ifMatch === undefined) throw new ConflictError('Catalogue', tenantId);
  if (!current && options.ifMatch !== undefined) throw new ConcurrencyError('Catalogue', tenantId);
  if (current && options.ifMatch !== undefined && current.etag !== options.ifMatch) throw new ConcurrencyError('Catalogue', tenantId);
  // Revisions only grow, also past chunks a failed write left behind.
  const leftovers = await docs.staleChunks(tenantId, current?.value.revision ?? 0);
  const revision = Math.max(current?.value.revision ?? 0, ...leftovers.map((c) => c.revision)) + 1;
  const chunks = catalogueChunks(tenantId, revision, catalogue);
  const head: CatalogueHead = { id: 'head', tenantId, revision, chunkCount: chunks.length, updatedAt: options.at, updatedBy: options.updatedBy };
  let saved: Stored<CatalogueHead>;
  try {
    for (const chunk of chunks) await docs.upsertChunk(chunk);
    saved = current && options.ifMatch !== undefined ? await docs.replaceHead(head, options.ifMatch) : await docs.createHead(head);
  } catch (error) {
    await Promise.allSettled(chunks.map((c) => docs.deleteChunk(tenantId, c.id)));
    throw error;
  }
  await Promise.allSettled((await docs.staleChunks(tenantId, revision)).map((c) => docs.deleteChunk(tenantId, c.id)));
  return { catalogue, revision, updatedAt: head.updatedAt, updatedBy: head.updatedBy, etag: saved.etag };
}
