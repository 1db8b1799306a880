import type { SheetError, SheetErrorView } from '@koers/domain';
import { apiTexts } from '../http/problem';

/** A bad cell of an imported spreadsheet as HR reads it, in the caller's language. */
export function sheetErrorView(error: SheetError, language: 'nl' | 'en'): SheetErrorView {
  const t = apiTexts(language);
  const reason = t(`catalogue.sheet-error.${error.code}`, { detail: error.detail ?? '' });
  return { ...error, message: t('catalogue.sheet-error', { sheet: error.sheet, row: error.row, column: error.column || 'none', reason }) };
}
