import { z } from 'zod';
import { CatalogueImportRequest } from './catalogue/api';
import { managerCycle } from './directoryPeople';
import { Guid, type Person } from './people';
import { textHash } from './pop/versions';
import { cellText, type SheetCell, type SheetRow } from './spreadsheets';

/**
 * Who holds whose career conversations, as a spreadsheet: HR's own system (AFAS, Nmbrs, Visma,
 * SD Worx) knows it better than Entra ID's manager field in many small organisations, and exports
 * it as .xlsx or .csv. A row names a person and the colleague who holds their conversations, both
 * by e-mail address (the personnel number is not in Entra ID). A partner who is the person's
 * manager in the directory, or an empty partner cell, means "the manager": no gesprekspartner.
 * People the file does not name keep what they have.
 */

/** The sheet (and file) name of Koers's own export; an import reads any sheet name. */
export const GESPREKSPARTNER_SHEET = 'Gesprekspartners';

/** The export's columns; the import finds its two columns among these and the HR systems' usual names. */
export const GESPREKSPARTNER_COLUMNS = ['e-mail', 'naam', 'gesprekspartner e-mail', 'gesprekspartner naam', 'leidinggevende volgens Entra ID'] as const;

/** Column names compared without case, spaces, dashes, dots or underscores: "Medewerker E-mail" is "medewerkeremail". */
function normalised(column: string): string {
  return column.toLowerCase().replace(/[\s_.\-–]+/g, '');
}

const PERSON_COLUMNS = [
  'email',
  'emailadres',
  'mail',
  'medewerkeremail',
  'medewerkeremailadres',
  'emailmedewerker',
  'emailadresmedewerker',
  'werkemail',
  'zakelijkemail',
  'zakelijkemailadres',
  'employeeemail',
  'workemail',
  'upn',
  'userprincipalname',
];

/** In order of preference: a file with both a gesprekspartner and a manager column means the gesprekspartner. */
const PARTNER_COLUMNS = [
  'gesprekspartneremail',
  'gesprekspartneremailadres',
  'emailgesprekspartner',
  'emailadresgesprekspartner',
  'gesprekspartner',
  'leidinggevendeemail',
  'leidinggevendeemailadres',
  'emailleidinggevende',
  'emailadresleidinggevende',
  'leidinggevende',
  'manageremail',
  'manager',
];

export const GesprekspartnerErrorCode = z.enum([
  'missing-column',
  'merged-cell',
  'formula-without-value',
  'required',
  'invalid-email',
  'duplicate-person',
  'unknown-person',
  'unknown-partner',
  'person-not-in-scope',
  'partner-not-in-scope',
  'self',
  'cycle',
]);
export type GesprekspartnerErrorCode = z.infer<typeof GesprekspartnerErrorCode>;

/** One bad row: where it is as HR sees it in Excel (the header is row 1), which column, and what is wrong. */
export interface GesprekspartnerRowError {
  row: number;
  /** The column's name as the file writes it. */
  column: string;
  code: GesprekspartnerErrorCode;
  /** The offending value (an address; for a duplicate, the row that named the person first), for the message. */
  detail?: string;
}

/** One person whose gesprekspartner the file changes. Leaders are the effective ones: the gesprekspartner, else the manager. */
export interface GesprekspartnerChange {
  row: number;
  personId: string;
  /** Who held their conversations before; absent: nobody. */
  fromId?: string;
  /** Who holds them after; absent: nobody. */
  toId?: string;
  /** The stored gesprekspartner after the change; absent: none (the manager holds the conversations). */
  gesprekspartnerId?: string;
}

export interface GesprekspartnerSheetImport {
  /** Rows with a person on them. */
  rows: number;
  changes: GesprekspartnerChange[];
  unchanged: number;
  errors: GesprekspartnerRowError[];
}

export type PartnerSheetPerson = Pick<Person, 'id' | 'email' | 'displayName' | 'managerId' | 'gesprekspartnerId' | 'leftAt'>;

const Email = z.string().email();

function findColumn(present: readonly string[], wanted: readonly string[]): string | undefined {
  for (const name of wanted) {
    const found = present.find((column) => normalised(column) === name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The one sheet a workbook holds the mapping in: Koers's own sheet name, else the first sheet with a person column. */
export function gesprekspartnerSheetOf(sheets: ReadonlyMap<string, readonly SheetRow[]>): readonly SheetRow[] {
  const named = [...sheets].find(([name]) => name.trim().toLowerCase() === GESPREKSPARTNER_SHEET.toLowerCase());
  if (named) return named[1];
  const withPerson = [...sheets].find(([, rows]) => findColumn(columnsOf(rows), PERSON_COLUMNS) !== undefined);
  return withPerson?.[1] ?? [...sheets.values()][0] ?? [];
}

function columnsOf(rows: readonly SheetRow[]): string[] {
  return [...new Set(rows.flatMap((r) => Object.keys(r.cells)))];
}

function leaderOf(person: Pick<Person, 'managerId' | 'gesprekspartnerId'>): string | undefined {
  return person.gesprekspartnerId ?? person.managerId;
}

/**
 * Reads the mapping against the people Koers knows. Every bad row is reported, not only the first;
 * `changes` is only worth saving when `errors` is empty. A row may not name a leaver (someone the
 * directory no longer brings in), the person themselves, or a partner who would close a circle
 * (A holds B's conversations and B holds A's).
 */
export function gesprekspartnersFromSheet(rows: readonly SheetRow[], people: readonly PartnerSheetPerson[]): GesprekspartnerSheetImport {
  const errors: GesprekspartnerRowError[] = [];
  const present = columnsOf(rows);
  const personColumn = findColumn(present, PERSON_COLUMNS);
  const partnerColumn = findColumn(present, PARTNER_COLUMNS);
  if (!personColumn) errors.push({ row: 1, column: GESPREKSPARTNER_COLUMNS[0], code: 'missing-column' });
  if (!partnerColumn) errors.push({ row: 1, column: GESPREKSPARTNER_COLUMNS[2], code: 'missing-column' });
  if (!personColumn || !partnerColumn) return { rows: 0, changes: [], unchanged: 0, errors };

  // An address can belong to a leaver and to someone active (a re-hire): the active one counts.
  const byEmail = new Map<string, PartnerSheetPerson>();
  for (const person of people) {
    const key = person.email.toLowerCase();
    const known = byEmail.get(key);
    if (!known || (known.leftAt && !person.leftAt)) byEmail.set(key, person);
  }
  const byId = new Map(people.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  const wanted: { row: number; person: PartnerSheetPerson; gesprekspartnerId: string | undefined }[] = [];
  let counted = 0;

  for (const { row, cells } of rows) {
    if (Object.values(cells).every((c) => cellText(c) === '')) continue;
    counted++;
    const before = errors.length;
    const fail = (column: string, code: GesprekspartnerErrorCode, detail?: string) => errors.push({ row, column, code, ...(detail ? { detail } : {}) });
    const usable = (column: string, cell: SheetCell | undefined): boolean => {
      if (cell?.merged) fail(column, 'merged-cell');
      else if (cell?.formula && cell.value === undefined) fail(column, 'formula-without-value');
      else return true;
      return false;
    };
    if (!usable(personColumn, cells[personColumn]) || !usable(partnerColumn, cells[partnerColumn])) continue;
    const personEmail = cellText(cells[personColumn]).toLowerCase();
    const partnerEmail = cellText(cells[partnerColumn]).toLowerCase();

    let person: PartnerSheetPerson | undefined;
    if (personEmail === '') fail(personColumn, 'required');
    else if (!Email.safeParse(personEmail).success) fail(personColumn, 'invalid-email', personEmail);
    else {
      person = byEmail.get(personEmail);
      if (!person) fail(personColumn, 'unknown-person', personEmail);
      else if (person.leftAt) fail(personColumn, 'person-not-in-scope', personEmail);
      else if (seen.has(person.id)) fail(personColumn, 'duplicate-person', String(seen.get(person.id)));
      else seen.set(person.id, row);
    }

    let partner: PartnerSheetPerson | undefined;
    if (partnerEmail !== '') {
      if (!Email.safeParse(partnerEmail).success) fail(partnerColumn, 'invalid-email', partnerEmail);
      else {
        partner = byEmail.get(partnerEmail);
        if (!partner) fail(partnerColumn, 'unknown-partner', partnerEmail);
        else if (partner.leftAt) fail(partnerColumn, 'partner-not-in-scope', partnerEmail);
        else if (person && partner.id === person.id) fail(partnerColumn, 'self', partnerEmail);
      }
    }
    if (errors.length > before || !person) continue;
    wanted.push({ row, person, gesprekspartnerId: partner && partner.id !== person.managerId ? partner.id : undefined });
  }

  // The leaders as they would be after the file, to find the circles it would close.
  const after = new Map(people.filter((p) => !p.leftAt).map((p) => [p.id, leaderOf(p)]));
  for (const w of wanted) after.set(w.person.id, w.gesprekspartnerId ?? w.person.managerId);
  const changes: GesprekspartnerChange[] = [];
  let unchanged = 0;
  for (const w of wanted) {
    if (w.gesprekspartnerId === w.person.gesprekspartnerId) {
      unchanged++;
      continue;
    }
    const leader = w.gesprekspartnerId ?? w.person.managerId;
    if (leader && managerCycle(w.person.id, leader, (id) => after.get(id))) {
      errors.push({ row: w.row, column: partnerColumn, code: 'cycle', detail: byId.get(leader)?.email ?? '' });
      continue;
    }
    const fromId = leaderOf(w.person);
    changes.push({
      row: w.row,
      personId: w.person.id,
      ...(fromId ? { fromId } : {}),
      ...(leader ? { toId: leader } : {}),
      ...(w.gesprekspartnerId ? { gesprekspartnerId: w.gesprekspartnerId } : {}),
    });
  }
  errors.sort((a, b) => a.row - b.row);
  return { rows: counted, changes, unchanged, errors };
}

/**
 * The state an import was checked against: who leads whom now. Saving with another state's tag is
 * refused (the preview would no longer say what the save does), like an etag.
 */
export function gesprekspartnerMappingTag(people: readonly PartnerSheetPerson[]): string {
  const lines = people.map((p) => `${p.id}|${p.managerId ?? ''}|${p.gesprekspartnerId ?? ''}|${p.leftAt ? 'x' : ''}|${p.email.toLowerCase()}`).sort();
  return `"gp-${textHash(lines.join('\n'))}"`;
}

/** The export: everyone active, by name, with who holds their conversations (the same columns the import reads). */
export function gesprekspartnerRows(people: readonly PartnerSheetPerson[]): string[][] {
  const active = people.filter((p) => !p.leftAt);
  const byId = new Map(active.map((p) => [p.id, p]));
  return [...active]
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl') || a.email.localeCompare(b.email))
    .map((p) => {
      const leader = byId.get(leaderOf(p) ?? '');
      const manager = byId.get(p.managerId ?? '');
      return [p.email, p.displayName, leader?.email ?? '', leader?.displayName ?? '', manager?.email ?? ''];
    });
}

/** The file HR picks (.xlsx, or .csv with commas or semicolons), as the catalogue import takes it. */
export const GesprekspartnerImportRequest = CatalogueImportRequest.pick({ fileName: true, contentBase64: true });
export type GesprekspartnerImportRequest = z.infer<typeof GesprekspartnerImportRequest>;

const PartyView = z.object({ id: Guid, name: z.string(), email: z.string() });

export const GesprekspartnerImportResponse = z.object({
  /** True when every row can be saved. */
  valid: z.boolean(),
  saved: z.boolean(),
  /** Rows with a person on them. */
  rows: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  /** Who changes from whom to whom (the manager where there is no gesprekspartner; absent: nobody). */
  changes: z.array(z.object({ row: z.number().int(), person: PartyView, from: PartyView.optional(), to: PartyView.optional() })),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), code: GesprekspartnerErrorCode, message: z.string() })),
  /** The mapping's state the preview was made against (If-Match of the save); after a save, the new state's. */
  etag: z.string(),
});
export type GesprekspartnerImportResponse = z.infer<typeof GesprekspartnerImportResponse>;

export const GesprekspartnerExportQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
export type GesprekspartnerExportQuery = z.infer<typeof GesprekspartnerExportQuery>;
