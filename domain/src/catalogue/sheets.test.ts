import { Catalogue } from './schema';
import type { SheetCell, SheetRow } from '../spreadsheets';
import { catalogueFromSheets, SHEETS, sheetRows } from './sheets';

const catalogue = Catalogue.parse({
  competences: [{ id: 'plannen', name: 'Plannen', description: 'Werk op tijd klaar' }],
  families: [{ id: 'techniek', name: 'Techniek' }],
  certificates: [{ id: 'vca', name: 'VCA', validityMonths: 120 }, { id: 'bhv', name: 'BHV' }],
  functions: [
    { id: 'monteur', familyId: 'techniek', name: 'Monteur', level: 5, requirements: [{ competenceId: 'plannen', level: 2 }], mandatoryCertificateIds: ['vca'], jobTitles: ['Monteur', 'Servicemonteur'] },
    { id: 'werkvoorbereider', familyId: 'techniek', name: 'Werkvoorbereider', level: 7 },
  ],
  paths: [{ fromFunctionId: 'monteur', toFunctionId: 'werkvoorbereider', kind: 'doorgroeien', note: 'Na vijf jaar' }],
  learning: [
    { id: 'planning', title: 'Plannen voor monteurs', kind: 'cursus', provider: 'Opleider', costEuro: 450.5, hours: 16, forCompetenceIds: ['plannen'], funding: { scheme: 'O&O-fonds', amountEuro: 200 }, trainingDays: 2.5 },
    { id: 'meelopen', title: 'Meelopen', kind: 'meelopen', internal: true, url: 'https://intranet.example/meelopen', forFunctionIds: ['werkvoorbereider'], certificateId: 'vca' },
  ],
});

/** The catalogue as the spreadsheet reader would hand it over: text cells under the export's headers. */
function asSheets(source: Catalogue): Map<string, SheetRow[]> {
  return new Map(
    SHEETS.map((layout) => [
      layout.sheet,
      sheetRows(source, layout.list).map((values, i) => ({
        row: i + 2,
        cells: Object.fromEntries(layout.columns.map((column, c): [string, SheetCell] => [column, { value: values[c] }])),
      })),
    ]),
  );
}

function withCell(sheets: Map<string, SheetRow[]>, sheet: string, index: number, column: string, cell: SheetCell): void {
  const rows = sheets.get(sheet);
  const row = rows?.[index];
  if (!rows || !row) throw new Error(`no row ${index} in ${sheet}`);
  rows[index] = { ...row, cells: { ...row.cells, [column]: cell } };
}

describe('the catalogue as spreadsheets', () => {
  it('comes back unchanged from its own export', () => {
    const result = catalogueFromSheets(asSheets(catalogue));
    expect(result.errors).toEqual([]);
    expect(result.catalogue).toEqual(catalogue);
    expect(result.counts).toEqual({ competences: 1, families: 1, functions: 2, paths: 1, certificates: 2, learning: 2 });
  });

  it('reports every bad row with its sheet, row number and column, and keeps nothing', () => {
    const sheets = asSheets(catalogue);
    withCell(sheets, 'Functies', 0, 'niveau', { value: 'hoog' });
    withCell(sheets, 'Functies', 1, 'naam', { value: '' });
    withCell(sheets, 'Loopbaanpaden', 0, 'soort', { value: 'zijwaarts' });
    withCell(sheets, 'Leeraanbod', 0, 'intern', { value: 'misschien' });
    withCell(sheets, 'Leeraanbod', 1, 'link', { value: 'http://intranet.example/meelopen' });

    const result = catalogueFromSheets(sheets);
    expect(result.catalogue).toBeUndefined();
    expect(result.errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['Functies', 2, 'niveau', 'not-a-number'],
      ['Functies', 3, 'naam', 'required'],
      ['Loopbaanpaden', 2, 'soort', 'invalid-choice'],
      ['Leeraanbod', 2, 'intern', 'not-yes-no'],
      ['Leeraanbod', 3, 'link', 'invalid'],
    ]);
  });

  it('points a reference to something unknown at the row that makes it', () => {
    const sheets = asSheets(catalogue);
    withCell(sheets, 'Leeraanbod', 1, 'functies', { value: 'werkvoorbereider; astronaut' });
    expect(catalogueFromSheets(sheets).errors).toEqual([{ sheet: 'Leeraanbod', row: 3, column: 'functies', code: 'unknown-reference', detail: 'astronaut' }]);
  });

  it('takes a formula cell by its computed value, and refuses one without a value or a merged cell', () => {
    const sheets = asSheets(catalogue);
    withCell(sheets, 'Leeraanbod', 0, 'kosten', { value: 901, formula: true });
    expect(catalogueFromSheets(sheets).catalogue?.learning[0]?.costEuro).toBe(901);

    withCell(sheets, 'Leeraanbod', 1, 'kosten', { value: undefined, formula: true });
    withCell(sheets, 'Functies', 1, 'familie', { value: 'techniek', merged: true });
    expect(catalogueFromSheets(sheets).errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([
      ['Functies', 3, 'familie', 'merged-cell'],
      ['Leeraanbod', 3, 'kosten', 'formula-without-value'],
    ]);
  });

  it('replaces one list from a single sheet and keeps the rest of the stored catalogue', () => {
    const learning = asSheets({ ...catalogue, learning: [catalogue.learning[1]!] }).get('Leeraanbod') ?? [];
    const result = catalogueFromSheets(new Map([['leeraanbod', learning]]), catalogue);
    expect(result.catalogue?.learning.map((l) => l.id)).toEqual(['meelopen']);
    expect(result.catalogue?.functions).toEqual(catalogue.functions);
  });

  it('asks for every sheet when there is nothing to keep', () => {
    const sheets = asSheets(catalogue);
    sheets.delete('Certificaten');
    expect(catalogueFromSheets(sheets).errors).toEqual([{ sheet: 'Certificaten', row: 1, column: '', code: 'missing-sheet' }]);
  });

  it('skips empty rows and reads Dutch numbers with a decimal comma', () => {
    const sheets = asSheets(catalogue);
    withCell(sheets, 'Leeraanbod', 0, 'kosten', { value: '1 250,50' });
    sheets.get('Competenties')?.push({ row: 9, cells: { id: { value: '' }, naam: { value: ' ' } } });
    const result = catalogueFromSheets(sheets);
    expect(result.catalogue?.learning[0]?.costEuro).toBe(1250.5);
    expect(result.counts.competences).toBe(1);
    withCell(sheets, 'Leeraanbod', 0, 'kosten', { value: '1.250,50' });
    expect(catalogueFromSheets(sheets).catalogue?.learning[0]?.costEuro).toBe(1250.5);
  });

  it('writes training days with a decimal comma and reads them back, leaving an empty cell unsaid', () => {
    const sheets = asSheets(catalogue);
    const leeraanbod = SHEETS.find((l) => l.list === 'learning');
    const column = leeraanbod?.columns.indexOf('opleidingsdagen') ?? -1;
    expect(sheetRows(catalogue, 'learning').map((r) => r[column])).toEqual(['2,5', '']);
    withCell(sheets, 'Leeraanbod', 1, 'opleidingsdagen', { value: '1' });
    const result = catalogueFromSheets(sheets);
    expect(result.catalogue?.learning.map((l) => l.trainingDays)).toEqual([2.5, 1]);
    withCell(sheets, 'Leeraanbod', 1, 'opleidingsdagen', { value: 'twee' });
    expect(catalogueFromSheets(sheets).errors).toEqual([{ sheet: 'Leeraanbod', row: 3, column: 'opleidingsdagen', code: 'not-a-number', detail: 'twee' }]);
  });
});
