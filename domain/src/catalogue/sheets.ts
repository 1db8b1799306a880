import type { z } from 'zod';
import { catalogueProblems, type CatalogueProblem } from './rules';
import { Catalogue, CareerPath, Certificate, Competence, FunctionFamily, JobFunction, LearningItem } from './schema';
import { cellText as text, type SheetCell, type SheetRow } from '../spreadsheets';

/**
 * The catalogue as spreadsheets: one sheet (or CSV file) per list, Dutch column headers, one row
 * per item. HR keeps these lists in Excel already; an import reads them back with one clear error
 * per bad cell, and an export writes the same columns, so a round trip changes nothing.
 */

export type CatalogueList = keyof Catalogue;

export interface SheetLayout {
  list: CatalogueList;
  /** The sheet's (and CSV file's) name. */
  sheet: string;
  columns: readonly string[];
}

export const SHEETS: readonly SheetLayout[] = [
  { list: 'competences', sheet: 'Competenties', columns: ['id', 'naam', 'omschrijving'] },
  { list: 'families', sheet: 'Functiefamilies', columns: ['id', 'naam'] },
  { list: 'functions', sheet: 'Functies', columns: ['id', 'familie', 'naam', 'niveau', 'omschrijving', 'competenties', 'certificaten', 'functietitels'] },
  { list: 'paths', sheet: 'Loopbaanpaden', columns: ['van', 'naar', 'soort', 'toelichting'] },
  { list: 'certificates', sheet: 'Certificaten', columns: ['id', 'naam', 'geldigheid (maanden)'] },
  {
    list: 'learning',
    sheet: 'Leeraanbod',
    columns: ['id', 'titel', 'soort', 'aanbieder', 'omschrijving', 'kosten', 'uren', 'taal', 'intern', 'link', 'functies', 'competenties', 'certificaat', 'fonds', 'fondsbedrag', 'opleidingsdagen'],
  },
];

/** One bad cell or row: where it is, as HR sees it in Excel, and what is wrong (a message key and its values). */
export interface SheetError {
  sheet: string;
  row: number;
  column: string;
  code:
    | 'missing-sheet'
    | 'missing-column'
    | 'merged-cell'
    | 'formula-without-value'
    | 'required'
    | 'not-a-number'
    | 'not-yes-no'
    | 'invalid-level-list'
    | 'invalid'
    | 'invalid-choice'
    | 'too-long'
    | 'duplicate-id'
    | 'unknown-reference';
  /** The offending value or zod's reason, for the message. */
  detail?: string;
}

function list(value: string): string[] {
  return value
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', '']);

type Cells = Readonly<Record<string, SheetCell>>;
type Reader = (cells: Cells, fail: (column: string, code: SheetError['code'], detail?: string) => void) => unknown;

function numberIn(cells: Cells, column: string, fail: Parameters<Reader>[1]): number | undefined {
  const cell = cells[column];
  if (cell?.value === undefined || text(cell) === '') return undefined;
  // Dutch notation: "1.250,50" and "1 250,50" are 1250.5.
  const written = text(cell).replace(/\s/g, '');
  const n = typeof cell.value === 'number' ? cell.value : Number(written.includes(',') ? written.replace(/\./g, '').replace(',', '.') : written);
  if (!Number.isFinite(n)) {
    fail(column, 'not-a-number', text(cell));
    return undefined;
  }
  return n;
}

function yesNo(cells: Cells, column: string, fail: Parameters<Reader>[1]): boolean {
  const cell = cells[column];
  if (typeof cell?.value === 'boolean') return cell.value;
  const value = text(cell).toLowerCase();
  if (YES.has(value)) return true;
  if (!NO.has(value)) fail(column, 'not-yes-no', text(cell));
  return false;
}

/** "plannen:3; vakmanschap:2" → requirements. */
function levels(cells: Cells, column: string, fail: Parameters<Reader>[1]): { competenceId: string; level: number }[] {
  return list(text(cells[column])).flatMap((part) => {
    const match = /^([^:]+):\s*(\d+)$/.exec(part);
    if (!match?.[1] || !match[2]) {
      fail(column, 'invalid-level-list', part);
      return [];
    }
    return [{ competenceId: match[1].trim(), level: Number(match[2]) }];
  });
}

const READERS: Readonly<Record<CatalogueList, { schema: z.ZodType; read: Reader }>> = {
  competences: { schema: Competence, read: (c) => ({ id: text(c.id), name: text(c.naam), description: text(c.omschrijving) }) },
  families: { schema: FunctionFamily, read: (c) => ({ id: text(c.id), name: text(c.naam) }) },
  functions: {
    schema: JobFunction,
    read: (c, fail) => ({
      id: text(c.id),
      familyId: text(c.familie),
      name: text(c.naam),
      level: numberIn(c, 'niveau', fail),
      description: text(c.omschrijving),
      requirements: levels(c, 'competenties', fail),
      mandatoryCertificateIds: list(text(c.certificaten)),
      jobTitles: list(text(c.functietitels)),
    }),
  },
  paths: { schema: CareerPath, read: (c) => ({ fromFunctionId: text(c.van), toFunctionId: text(c.naar), kind: text(c.soort).toLowerCase(), note: text(c.toelichting) }) },
  certificates: {
    schema: Certificate,
    read: (c, fail) => {
      const months = numberIn(c, 'geldigheid (maanden)', fail);
      return { id: text(c.id), name: text(c.naam), ...(months === undefined ? {} : { validityMonths: months }) };
    },
  },
  learning: {
    schema: LearningItem,
    read: (c, fail) => {
      const fund = text(c.fonds);
      const link = text(c.link);
      const certificate = text(c.certificaat);
      const days = numberIn(c, 'opleidingsdagen', fail);
      return {
        id: text(c.id),
        title: text(c.titel),
        kind: text(c.soort).toLowerCase(),
        provider: text(c.aanbieder),
        description: text(c.omschrijving),
        costEuro: numberIn(c, 'kosten', fail) ?? 0,
        hours: numberIn(c, 'uren', fail) ?? 0,
        language: text(c.taal).toLowerCase() || 'nl',
        internal: yesNo(c, 'intern', fail),
        ...(link ? { url: link } : {}),
        forFunctionIds: list(text(c.functies)),
        forCompetenceIds: list(text(c.competenties)),
        ...(certificate ? { certificateId: certificate } : {}),
        ...(fund ? { funding: { scheme: fund, amountEuro: numberIn(c, 'fondsbedrag', fail) ?? 0 } } : {}),
        ...(days === undefined ? {} : { trainingDays: days }),
      };
    },
  },
};

/** Which column a schema path belongs to, so a zod issue points at the cell HR must fix. */
const COLUMN_OF: Readonly<Record<CatalogueList, Readonly<Record<string, string>>>> = {
  competences: { id: 'id', name: 'naam', description: 'omschrijving' },
  families: { id: 'id', name: 'naam' },
  functions: { id: 'id', familyId: 'familie', name: 'naam', level: 'niveau', description: 'omschrijving', requirements: 'competenties', mandatoryCertificateIds: 'certificaten', jobTitles: 'functietitels' },
  paths: { fromFunctionId: 'van', toFunctionId: 'naar', kind: 'soort', note: 'toelichting' },
  certificates: { id: 'id', name: 'naam', validityMonths: 'geldigheid (maanden)' },
  learning: {
    id: 'id',
    title: 'titel',
    kind: 'soort',
    provider: 'aanbieder',
    description: 'omschrijving',
    costEuro: 'kosten',
    hours: 'uren',
    language: 'taal',
    internal: 'intern',
    url: 'link',
    forFunctionIds: 'functies',
    forCompetenceIds: 'competenties',
    certificateId: 'certificaat',
    funding: 'fonds',
    trainingDays: 'opleidingsdagen',
  },
};

export interface SheetImport {
  catalogue?: Catalogue;
  errors: SheetError[];
  /** Per list, how many rows were read. */
  counts: Partial<Record<CatalogueList, number>>;
}

function layoutOf(list: CatalogueList): SheetLayout {
  const layout = SHEETS.find((s) => s.list === list);
  if (!layout) throw new RangeError(`no sheet for ${list}`);
  return layout;
}

/**
 * Reads the given sheets into a catalogue. Lists without a sheet come from `base` (a CSV file
 * replaces one list and keeps the rest); with no base, every sheet is required. Every bad cell is
 * reported, not only the first; the catalogue is returned only when there are none, including
 * the references between lists (a path to an unknown function is an error in that row).
 */
export function catalogueFromSheets(sheets: ReadonlyMap<string, readonly SheetRow[]>, base?: Catalogue): SheetImport {
  const errors: SheetError[] = [];
  const counts: Partial<Record<CatalogueList, number>> = {};
  const lists: Record<string, unknown[]> = {};
  const rowsOf: Partial<Record<CatalogueList, number[]>> = {};
  const byName = new Map([...sheets].map(([name, rows]) => [name.trim().toLowerCase(), rows]));
  for (const layout of SHEETS) {
    const rows = byName.get(layout.sheet.toLowerCase());
    if (!rows) {
      if (base) lists[layout.list] = base[layout.list];
      else errors.push({ sheet: layout.sheet, row: 1, column: '', code: 'missing-sheet' });
      continue;
    }
    const present = new Set(rows.flatMap((r) => Object.keys(r.cells)));
    const required = layout.columns.filter((c) => ['id', 'naam', 'titel', 'van', 'naar', 'familie', 'soort', 'niveau'].includes(c));
    if (rows.length > 0) for (const column of required) if (!present.has(column)) errors.push({ sheet: layout.sheet, row: 1, column, code: 'missing-column' });
    const { schema, read } = READERS[layout.list];
    const items: unknown[] = [];
    const rowNumbers: number[] = [];
    for (const { row, cells } of rows) {
      if (Object.values(cells).every((c) => text(c) === '')) continue;
      const fail = (column: string, code: SheetError['code'], detail?: string) => errors.push({ sheet: layout.sheet, row, column, code, ...(detail === undefined ? {} : { detail }) });
      const before = errors.length;
      for (const [column, cell] of Object.entries(cells)) {
        if (cell.merged) fail(column, 'merged-cell');
        else if (cell.formula && cell.value === undefined) fail(column, 'formula-without-value');
      }
      if (errors.length > before) continue;
      const parsed = schema.safeParse(read(cells, fail));
      if (!parsed.success) {
        const reported = new Set(errors.slice(before).map((e) => e.column));
        for (const issue of parsed.error.issues) {
          const column = COLUMN_OF[layout.list][String(issue.path[0] ?? '')] ?? String(issue.path[0] ?? '');
          if (reported.has(column)) continue;
          reported.add(column);
          const written = text(cells[column]);
          if (written === '') fail(column, 'required');
          else if (issue.code === 'invalid_value') fail(column, 'invalid-choice', issue.values.map(String).join(', '));
          else if (issue.code === 'too_big') fail(column, 'too-long', String(issue.maximum));
          else fail(column, 'invalid', written);
        }
        continue;
      }
      if (errors.length > before) continue;
      items.push(parsed.data);
      rowNumbers.push(row);
    }
    lists[layout.list] = items;
    rowsOf[layout.list] = rowNumbers;
    counts[layout.list] = items.length;
  }
  const whole = Catalogue.safeParse(lists);
  if (!whole.success) {
    for (const issue of whole.error.issues) errors.push({ sheet: SHEETS.find((s) => s.list === issue.path[0])?.sheet ?? '', row: 1, column: '', code: 'invalid', detail: issue.message });
  }
  if (errors.length > 0 || !whole.success) return { errors, counts };
  for (const problem of catalogueProblems(whole.data)) errors.push(sheetErrorOf(problem, rowsOf));
  return errors.length > 0 ? { errors, counts } : { catalogue: whole.data, errors, counts };
}

function sheetErrorOf(problem: CatalogueProblem, rowsOf: Partial<Record<CatalogueList, number[]>>): SheetError {
  const layout = layoutOf(problem.list);
  const row = rowsOf[problem.list]?.[problem.index];
  return {
    sheet: layout.sheet,
    // A list kept from the stored catalogue has no rows in this file: the problem is then the reference to it.
    row: row ?? 1,
    column: COLUMN_OF[problem.list][problem.field] ?? problem.field,
    code: problem.code === 'duplicate-id' || problem.code === 'duplicate-path' ? 'duplicate-id' : 'unknown-reference',
    detail: problem.value,
  };
}

/** One list as rows of cell texts under the sheet's columns, for the export (the same columns the import reads). */
export function sheetRows(catalogue: Catalogue, list: CatalogueList): string[][] {
  const joined = (values: readonly string[]) => values.join('; ');
  const number = (n: number | undefined) => (n === undefined ? '' : String(n));
  switch (list) {
    case 'competences':
      return catalogue.competences.map((c) => [c.id, c.name, c.description]);
    case 'families':
      return catalogue.families.map((f) => [f.id, f.name]);
    case 'functions':
      return catalogue.functions.map((f) => [
        f.id,
        f.familyId,
        f.name,
        String(f.level),
        f.description,
        joined(f.requirements.map((r) => `${r.competenceId}:${r.level}`)),
        joined(f.mandatoryCertificateIds),
        joined(f.jobTitles),
      ]);
    case 'paths':
      return catalogue.paths.map((p) => [p.fromFunctionId, p.toFunctionId, p.kind, p.note]);
    case 'certificates':
      return catalogue.certificates.map((c) => [c.id, c.name, number(c.validityMonths)]);
    case 'learning':
      return catalogue.learning.map((l) => [
        l.id,
        l.title,
        l.kind,
        l.provider,
        l.description,
        String(l.costEuro),
        String(l.hours),
        l.language,
        l.internal ? 'ja' : 'nee',
        l.url ?? '',
        joined(l.forFunctionIds),
        joined(l.forCompetenceIds),
        l.certificateId ?? '',
        l.funding?.scheme ?? '',
        number(l.funding?.amountEuro),
        // Belgian HR writes half days as "0,5"; the import reads both that and "0.5".
        l.trainingDays === undefined ? '' : String(l.trainingDays).replace('.', ','),
      ]);
  }
}
