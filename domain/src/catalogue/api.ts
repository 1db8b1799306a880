import { z } from 'zod';
import { Catalogue } from './schema';
import { SHEETS } from './sheets';

/** The catalogue as the API hands it out; `etag` null while the organisation has none yet. */
export const CatalogueResponse = z.object({
  catalogue: Catalogue,
  etag: z.string().nullable(),
  revision: z.number().int().min(0),
  updatedAt: z.string().datetime({ offset: true }).optional(),
});
export type CatalogueResponse = z.infer<typeof CatalogueResponse>;

export const CatalogueListName = z.enum(['competences', 'families', 'functions', 'paths', 'certificates', 'learning']);

/** A spreadsheet HR uploads: the whole workbook, or one list as CSV. */
export const CatalogueImportRequest = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes, base64: 5 MB of spreadsheet at most. */
  contentBase64: z
    .string()
    .max(7_000_000)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
  /** Which list a CSV file holds (a workbook names its sheets itself). */
  list: CatalogueListName.optional(),
  /** false: check and show what would change; true: store it (only when the whole file is valid). */
  save: z.boolean().default(false),
});
export type CatalogueImportRequest = z.infer<typeof CatalogueImportRequest>;

export const SheetErrorView = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  /** The error in the caller's language: "Leeraanbod, rij 3, kolom link: …". */
  message: z.string(),
});
export type SheetErrorView = z.infer<typeof SheetErrorView>;

const Counts = z.object(Object.fromEntries(SHEETS.map((s) => [s.list, z.number().int().min(0).optional()])) as Record<(typeof SHEETS)[number]['list'], z.ZodOptional<z.ZodNumber>>);

export const CatalogueImportResponse = z.object({
  valid: z.boolean(),
  saved: z.boolean(),
  /** Rows read per list from the file. */
  counts: Counts,
  errors: z.array(SheetErrorView),
  /** After a save: the new catalogue's etag. */
  etag: z.string().optional(),
});
export type CatalogueImportResponse = z.infer<typeof CatalogueImportResponse>;

export const CatalogueExportQuery = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  /** CSV holds one list; required for csv. */
  list: CatalogueListName.optional(),
});
export type CatalogueExportQuery = z.infer<typeof CatalogueExportQuery>;
