import {
  Catalogue,
  CatalogueError,
  catalogueFromSheets,
  catalogueProblems,
  ForbiddenError,
  hasRole,
  SHEETS,
  sheetRows,
  type Actor,
  type CatalogueImportRequest,
  type CatalogueList,
  type CatalogueResponse,
  type Clock,
  type SheetError,
  type SpreadsheetPort,
  type Stores,
} from '@koers/domain';
import { decodeBase64 } from '../base64';

/**
 * The organisation's function house and learning offer. Everyone in the tenant reads it (it is
 * what "where can I grow?" is answered from); only Koers.HR changes it, as a whole, with the
 * etag it read, so two HR people never overwrite each other's import.
 */
export interface CatalogueService {
  get(actor: Actor): Promise<CatalogueResponse>;
  replace(actor: Actor, catalogue: Catalogue, ifMatch: string | undefined): Promise<CatalogueResponse>;
  /** Checks a spreadsheet and, when asked and the whole file is valid, stores it. */
  importFile(actor: Actor, request: CatalogueImportRequest, ifMatch: string | undefined): Promise<CatalogueImportResult>;
  exportFile(actor: Actor, format: 'xlsx' | 'csv', list: CatalogueList | undefined): Promise<{ content: Uint8Array; fileName: string; contentType: string }>;
}

export interface CatalogueImportResult {
  valid: boolean;
  saved: boolean;
  counts: Partial<Record<CatalogueList, number>>;
  errors: SheetError[];
  etag?: string;
}

export interface CatalogueServiceOptions {
  stores: Pick<Stores, 'catalogue'>;
  spreadsheets: SpreadsheetPort;
  clock: Clock;
}

const EMPTY: Catalogue = Catalogue.parse({});
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function requireHr(actor: Actor): void {
  if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
}

function sheetOf(list: CatalogueList) {
  const layout = SHEETS.find((s) => s.list === list);
  if (!layout) throw new RangeError(`no sheet for ${list}`);
  return layout;
}

export function createCatalogueService({ stores, spreadsheets, clock }: CatalogueServiceOptions): CatalogueService {
  async function current(tenantId: string) {
    return stores.catalogue.get(tenantId);
  }

  return {
    async get(actor) {
      const stored = await current(actor.tenantId);
      if (!stored) return { catalogue: EMPTY, etag: null, revision: 0 };
      return { catalogue: stored.catalogue, etag: stored.etag, revision: stored.revision, updatedAt: stored.updatedAt };
    },

    async replace(actor, catalogue, ifMatch) {
      requireHr(actor);
      const problems = catalogueProblems(catalogue);
      if (problems.length > 0) {
        throw new CatalogueError(
          'catalogue-invalid',
          problems.map((p) => ({ sheet: sheetOf(p.list).sheet, row: p.index + 2, column: p.field, code: p.code === 'duplicate-id' || p.code === 'duplicate-path' ? 'duplicate-id' : 'unknown-reference', detail: p.value })),
        );
      }
      const saved = await stores.catalogue.replace(actor.tenantId, catalogue, { ...(ifMatch === undefined ? {} : { ifMatch }), updatedBy: actor.id, at: clock.now().toISOString() });
      return { catalogue: saved.catalogue, etag: saved.etag, revision: saved.revision, updatedAt: saved.updatedAt };
    },

    async importFile(actor, request, ifMatch) {
      requireHr(actor);
      const isCsv = /\.csv$/i.test(request.fileName);
      if (isCsv && !request.list) throw new CatalogueError('csv-needs-list');
      const csvSheet = request.list ? sheetOf(request.list).sheet : '';
      const sheets = await spreadsheets.read({ fileName: request.fileName, bytes: decodeBase64(request.contentBase64), csvSheet });
      // A CSV file replaces one list; a workbook may leave out lists it does not change.
      const stored = await current(actor.tenantId);
      const base = isCsv || (stored && sheets.size < SHEETS.length) ? (stored?.catalogue ?? EMPTY) : undefined;
      const result = catalogueFromSheets(sheets, base);
      if (!result.catalogue) {
        if (request.save) throw new CatalogueError('catalogue-invalid', result.errors);
        return { valid: false, saved: false, counts: result.counts, errors: result.errors };
      }
      if (!request.save) return { valid: true, saved: false, counts: result.counts, errors: [] };
      const saved = await stores.catalogue.replace(actor.tenantId, result.catalogue, {
        ...(ifMatch === undefined ? {} : { ifMatch }),
        updatedBy: actor.id,
        at: clock.now().toISOString(),
      });
      return { valid: true, saved: true, counts: result.counts, errors: [], etag: saved.etag };
    },

    async exportFile(actor, format, list) {
      const catalogue = (await current(actor.tenantId))?.catalogue ?? EMPTY;
      if (format === 'csv') {
        if (!list) throw new CatalogueError('csv-needs-list');
        const layout = sheetOf(list);
        return { content: await spreadsheets.writeCsv(layout.columns, sheetRows(catalogue, list)), fileName: `${layout.sheet.toLowerCase()}.csv`, contentType: 'text/csv; charset=utf-8' };
      }
      const content = await spreadsheets.writeWorkbook(SHEETS.map((layout) => ({ name: layout.sheet, columns: layout.columns, rows: sheetRows(catalogue, layout.list) })));
      return { content, fileName: 'functiehuis-en-leeraanbod.xlsx', contentType: XLSX };
    },
  };
}
