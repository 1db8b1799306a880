import { PROGRESS_PERSON_FIELDS, type ProgressPerson, type ProgressRound } from '@koers/domain';
import { createTranslator, type Locale } from '@koers/texts';
import { createSpreadsheets } from '../catalogue/spreadsheets';

/**
 * The progress list as a file: exactly the board's closed columns (PROGRESS_PERSON_FIELDS), named
 * and worded in the reader's language, written by the catalogue's spreadsheet adapter (exceljs;
 * CSV cells a spreadsheet would run as a formula are escaped there).
 */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function progressFile(
  round: ProgressRound,
  people: readonly ProgressPerson[],
  format: 'xlsx' | 'csv',
  locale: Locale,
): Promise<{ content: Uint8Array; fileName: string; contentType: string }> {
  const t = createTranslator(locale);
  const columns = PROGRESS_PERSON_FIELDS.map((field) => t(`progress.field.${field}`));
  const rows = people.map((person) => PROGRESS_PERSON_FIELDS.map((field) => (field === 'status' ? t(`progress.status.${person.status}`) : (person[field] ?? ''))));
  const spreadsheets = createSpreadsheets();
  const base = `voortgang-${round.id}`;
  if (format === 'csv') return { content: await spreadsheets.writeCsv(columns, rows), fileName: `${base}.csv`, contentType: 'text/csv; charset=utf-8' };
  const sheet = round.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Voortgang';
  return { content: await spreadsheets.writeWorkbook([{ name: sheet, columns, rows }]), fileName: `${base}.xlsx`, contentType: XLSX };
}
