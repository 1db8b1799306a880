import { Readable } from 'node:stream';
import { CatalogueError, type SheetCell, type SheetRow, type SpreadsheetPort } from '@koers/domain';
import ExcelJS from 'exceljs';

/**
 * Spreadsheets through exceljs (the `xlsx` package on the npm registry is an old release with
 * known vulnerabilities). Row 1 holds the column names; every later row becomes a SheetRow keyed
 * by those names, lower-cased. Formulas give their cached result, merged cells are flagged, and
 * CSV cells that a spreadsheet would run as a formula are written with a leading apostrophe.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

function cellOf(cell: ExcelJS.Cell): SheetCell {
  const merged = cell.isMerged && cell.master.address !== cell.address;
  const value = cell.value;
  if (value === null || value === undefined) return { value: undefined, ...(merged ? { merged } : {}) };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value, ...(merged ? { merged } : {}) };
  if (value instanceof Date) return { value: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    const plain = typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' ? result : undefined;
    return { value: plain, formula: true, ...(merged ? { merged } : {}) };
  }
  if ('richText' in value) return { value: value.richText.map((part) => part.text).join('') };
  if ('hyperlink' in value) return { value: typeof value.hyperlink === 'string' ? value.hyperlink : String(value.text) };
  return { value: cell.text };
}

function rowsOf(sheet: ExcelJS.Worksheet, fromCsv: boolean): SheetRow[] {
  const header = sheet.getRow(1);
  const names = new Map<number, string>();
  header.eachCell((cell, column) => {
    const name = cell.text.trim().toLowerCase();
    if (name) names.set(column, name);
  });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, SheetCell> = {};
    for (const [column, name] of names) {
      const cell = cellOf(row.getCell(column));
      // Undo the apostrophe this adapter's CSV export puts before a formula-like text.
      if (fromCsv && typeof cell.value === 'string' && /^'[=+\-@]/.test(cell.value)) cell.value = cell.value.slice(1);
      cells[name] = cell;
    }
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function isText(bytes: Uint8Array): boolean {
  // A CSV file is text: no NUL bytes, and valid UTF-8.
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function csvSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function createSpreadsheets(): SpreadsheetPort {
  return {
    async read({ fileName, bytes, csvSheet }) {
      const workbook = new ExcelJS.Workbook();
      try {
        if (/\.csv$/i.test(fileName)) {
          if (!isText(bytes)) throw new CatalogueError('not-a-spreadsheet');
          const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
          const sheet = await workbook.csv.read(Readable.from([text]), { parserOptions: { delimiter: guessDelimiter(text) } });
          return new Map([[csvSheet, rowsOf(sheet, true)]]);
        }
        if (!looksLikeZip(bytes)) throw new CatalogueError('not-a-spreadsheet');
        await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
      } catch (error) {
        if (error instanceof CatalogueError) throw error;
        throw new CatalogueError('not-a-spreadsheet');
      }
      return new Map(workbook.worksheets.map((sheet) => [sheet.name, rowsOf(sheet, false)]));
    },

    async writeWorkbook(sheets) {
      const workbook = new ExcelJS.Workbook();
      workbook.creator = 'Koers';
      for (const { name, columns, rows } of sheets) {
        const sheet = workbook.addWorksheet(name);
        sheet.addRow([...columns]).font = { bold: true };
        for (const row of rows) sheet.addRow([...row]);
        sheet.columns.forEach((column) => {
          column.width = 18;
        });
      }
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    },

    async writeCsv(columns, rows) {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('export');
      sheet.addRow([...columns]);
      for (const row of rows) sheet.addRow(row.map(csvSafe));
      return new Uint8Array(await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';' } }));
    },
  };
}
