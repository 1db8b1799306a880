/**
 * A spreadsheet as Koers reads it from an HR export (.xlsx or .csv), whatever the file is about:
 * the SpreadsheetPort (ports.ts) turns a file into these rows, keyed by the header row's column
 * names in lower case, and each import (the catalogue, the gesprekspartners) reads its own columns.
 */

/** A cell as the spreadsheet reader hands it over: its value, and what the reader noticed about it. */
export interface SheetCell {
  value: string | number | boolean | undefined;
  /** The cell holds a formula; `value` is its last computed result (undefined when it has none). */
  formula?: boolean;
  /** The cell is part of a merged range other than its top-left cell. */
  merged?: boolean;
}

export interface SheetRow {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  cells: Readonly<Record<string, SheetCell>>;
}

/** A cell's value as trimmed text ('' for an empty cell). */
export function cellText(cell: SheetCell | undefined): string {
  if (cell?.value === undefined) return '';
  return String(cell.value).trim();
}
