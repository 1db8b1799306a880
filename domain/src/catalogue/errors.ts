import type { SheetError } from './sheets';

export type CatalogueErrorCode = 'catalogue-invalid' | 'not-a-spreadsheet' | 'csv-needs-list';

/** A catalogue or file Koers will not store, with every reason for it. */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
  constructor(
    readonly code: CatalogueErrorCode,
    readonly errors: readonly SheetError[] = [],
  ) {
    super(code);
  }
}
