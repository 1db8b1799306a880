import {
  ConcurrencyError,
  ForbiddenError,
  GESPREKSPARTNER_COLUMNS,
  GESPREKSPARTNER_SHEET,
  gesprekspartnerMappingTag,
  gesprekspartnerRows,
  gesprekspartnersFromSheet,
  gesprekspartnerSheetOf,
  hasRole,
  readAll,
  type Actor,
  type Clock,
  type GesprekspartnerChange,
  type GesprekspartnerImportRequest,
  type GesprekspartnerImportResponse,
  type GesprekspartnerRowError,
  type Person,
  type SpreadsheetPort,
  type Stores,
} from '@koers/domain';
import { decodeBase64 } from '../base64';
import { inBatches } from '../batches';
import type { RecordChange } from '../privacy/changeLog';
import { readdressAfterLeaderChange } from './readdress';

/**
 * HR's gesprekspartners as a spreadsheet: the mapping from the HR system checked against the
 * people Koers knows (a preview of who changes from whom to whom, every bad row listed), and saved
 * only as a whole, against the state the preview was made from. Each change goes to the works
 * council's change log (ids only), and what was queued for the old partner about that person is
 * re-addressed (readdress.ts).
 */
export interface GesprekspartnerService {
  check(actor: Actor, request: GesprekspartnerImportRequest): Promise<GesprekspartnerImportResult>;
  /** Saves the file when every row is valid and `ifMatch` is the etag of the state it was checked against (else ConcurrencyError). */
  save(actor: Actor, request: GesprekspartnerImportRequest, ifMatch: string): Promise<GesprekspartnerImportResult>;
  exportFile(actor: Actor, format: 'xlsx' | 'csv'): Promise<{ content: Uint8Array; fileName: string; contentType: string }>;
}

export type GesprekspartnerImportResult = Omit<GesprekspartnerImportResponse, 'errors'> & { errors: GesprekspartnerRowError[] };

export interface GesprekspartnerServiceOptions {
  stores: Pick<Stores, 'people' | 'reminders' | 'conversations'>;
  spreadsheets: SpreadsheetPort;
  clock: Clock;
  recordChange?: RecordChange;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Larger than any organisation Koers serves; the whole tenant is needed to resolve addresses. */
const WHOLE_TENANT = 100_000;

function requireHr(actor: Actor): void {
  if (!hasRole(actor, 'hr')) throw new ForbiddenError('hr-only');
}

export function createGesprekspartnerService({ stores, spreadsheets, clock, recordChange }: GesprekspartnerServiceOptions): GesprekspartnerService {
  const everyone = (tenantId: string) => readAll((page) => stores.people.listTenant(tenantId, page), WHOLE_TENANT);

  async function read(actor: Actor, request: GesprekspartnerImportRequest) {
    requireHr(actor);
    const sheets = await spreadsheets.read({ fileName: request.fileName, bytes: decodeBase64(request.contentBase64), csvSheet: GESPREKSPARTNER_SHEET });
    const people = await everyone(actor.tenantId);
    return { people, etag: gesprekspartnerMappingTag(people), result: gesprekspartnersFromSheet(gesprekspartnerSheetOf(sheets), people) };
  }

  function view(people: readonly Person[], read: ReturnType<typeof gesprekspartnersFromSheet>, etag: string, saved: boolean): GesprekspartnerImportResult {
    const byId = new Map(people.map((p) => [p.id, p]));
    const party = (id: string | undefined) => {
      const p = id === undefined ? undefined : byId.get(id);
      return p ? { id: p.id, name: p.displayName, email: p.email } : undefined;
    };
    return {
      valid: read.errors.length === 0,
      saved,
      rows: read.rows,
      unchanged: read.unchanged,
      changes: read.changes.flatMap((c) => {
        const person = party(c.personId);
        const from = party(c.fromId);
        const to = party(c.toId);
        return person ? [{ row: c.row, person, ...(from ? { from } : {}), ...(to ? { to } : {}) }] : [];
      }),
      errors: read.errors,
      etag,
    };
  }

  /** One person's new gesprekspartner; a write racing ours (the directory sync) is read again and the one field set on top. */
  async function apply(tenantId: string, change: GesprekspartnerChange): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const current = await stores.people.get(tenantId, change.personId);
      if (!current) return;
      const { gesprekspartnerId: _old, ...rest } = current.value;
      try {
        await stores.people.replace({ ...rest, ...(change.gesprekspartnerId ? { gesprekspartnerId: change.gesprekspartnerId } : {}) }, current.etag);
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= 2) throw error;
      }
    }
  }

  return {
    async check(actor, request) {
      const { people, etag, result } = await read(actor, request);
      return view(people, result, etag, false);
    },

    async save(actor, request, ifMatch) {
      const { people, etag, result } = await read(actor, request);
      if (ifMatch !== etag) throw new ConcurrencyError('Gesprekspartners', actor.tenantId);
      if (result.errors.length > 0) return view(people, result, etag, false);
      await inBatches(result.changes, 16, async (change) => {
        await apply(actor.tenantId, change);
        await readdressAfterLeaderChange({ stores, clock }, { tenantId: actor.tenantId, employeeId: change.personId, ...(change.fromId ? { fromId: change.fromId } : {}), ...(change.toId ? { toId: change.toId } : {}) });
        await recordChange?.({
          tenantId: actor.tenantId,
          kind: 'gesprekspartner-changed',
          actorId: actor.id,
          subjectId: change.personId,
          details: { via: 'import', ...(change.fromId ? { fromId: change.fromId } : {}), ...(change.toId ? { toId: change.toId } : {}) },
        });
      });
      return view(people, result, gesprekspartnerMappingTag(await everyone(actor.tenantId)), true);
    },

    async exportFile(actor, format) {
      requireHr(actor);
      const rows = gesprekspartnerRows(await everyone(actor.tenantId));
      if (format === 'csv') return { content: await spreadsheets.writeCsv(GESPREKSPARTNER_COLUMNS, rows), fileName: 'gesprekspartners.csv', contentType: 'text/csv; charset=utf-8' };
      const content = await spreadsheets.writeWorkbook([{ name: GESPREKSPARTNER_SHEET, columns: GESPREKSPARTNER_COLUMNS, rows }]);
      return { content, fileName: 'gesprekspartners.xlsx', contentType: XLSX };
    },
  };
}
