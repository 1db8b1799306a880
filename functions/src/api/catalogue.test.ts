import { HENDRIKS_CATALOGUE, HENDRIKS_TENANT_ID, SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { CatalogueImportResponse, CatalogueResponse, SHEETS, sheetRows, type Catalogue } from '@koers/domain';
import ExcelJS from 'exceljs';
import { useLocalStack } from '../testing/localStack';

/**
 * The function house and learning offer over HTTP, with real spreadsheets: the workbooks here are
 * made with exceljs as Excel would save them, and read back by the API.
 */

const { fatima, sanne, wout } = SAMPLE_PEOPLE;
const stack = useLocalStack();
const api = (path: string, init?: RequestInit & { token?: string }) => stack.current().api(path, init);
const token = (who: { email: string }) => stack.current().tokenFor(who.email);

/** A workbook with the catalogue's sheets; `edit` changes cells before it is saved. */
async function workbookOf(catalogue: Catalogue, edit: (book: ExcelJS.Workbook) => void = () => undefined): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const layout of SHEETS) {
    const sheet = book.addWorksheet(layout.sheet);
    sheet.addRow([...layout.columns]);
    for (const row of sheetRows(catalogue, layout.list)) sheet.addRow(row);
  }
  edit(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function importFile(who: { email: string }, file: { fileName: string; bytes: Uint8Array; list?: string }, options: { save?: boolean; ifMatch?: string } = {}) {
  return api('/catalogue/import', {
    method: 'POST',
    token: await token(who),
    headers: { 'content-type': 'application/json', ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}) },
    body: JSON.stringify({ fileName: file.fileName, contentBase64: base64(file.bytes), save: options.save ?? false, ...(file.list ? { list: file.list } : {}) }),
  });
}

async function catalogueOf(who: { email: string }): Promise<CatalogueResponse> {
  const response = await api('/catalogue', { token: await token(who) });
  expect(response.status).toBe(200);
  return CatalogueResponse.parse(await response.json());
}

describe('the function house over HTTP', () => {
  it('is read by everyone in the organisation, and by nobody in another', async () => {
    const seen = await catalogueOf(sanne);
    expect(seen.catalogue.functions.map((f) => f.name)).toContain('Werkvoorbereider');
    expect(seen.etag).not.toBeNull();
    expect((await catalogueOf(wout)).catalogue.functions.map((f) => f.name)).not.toContain('Werkvoorbereider');
  });

  it('is changed only by HR: a colleague gets 403 before anything is read', async () => {
    const { etag } = await catalogueOf(sanne);
    const response = await api('/catalogue', {
      method: 'PUT',
      token: await token(sanne),
      headers: { 'content-type': 'application/json', 'if-match': etag ?? '' },
      body: JSON.stringify(HENDRIKS_CATALOGUE),
    });
    expect(response.status).toBe(403);
    expect(Problem.parse(await response.json()).code).toBe('hr-only');
    const upload = await importFile(sanne, { fileName: 'leeraanbod.xlsx', bytes: await workbookOf(HENDRIKS_CATALOGUE) });
    expect(upload.status).toBe(403);
  });

  it('checks a valid workbook without storing it, then stores it with the etag HR read', async () => {
    const before = await catalogueOf(fatima);
    const smaller = { ...HENDRIKS_CATALOGUE, learning: HENDRIKS_CATALOGUE.learning.slice(0, 3) };
    const bytes = await workbookOf(smaller);

    const preview = CatalogueImportResponse.parse(await (await importFile(fatima, { fileName: 'functiehuis.xlsx', bytes })).json());
    expect(preview).toMatchObject({ valid: true, saved: false, errors: [] });
    expect(preview.counts.learning).toBe(3);
    expect((await catalogueOf(fatima)).etag).toBe(before.etag);

    const saved = await importFile(fatima, { fileName: 'functiehuis.xlsx', bytes }, { save: true, ifMatch: before.etag ?? '' });
    expect(saved.status).toBe(200);
    expect((await catalogueOf(sanne)).catalogue.learning.map((l) => l.title)).toEqual(smaller.learning.map((l) => l.title));

    const stale = await importFile(fatima, { fileName: 'functiehuis.xlsx', bytes }, { save: true, ifMatch: before.etag ?? '' });
    expect(stale.status).toBe(412);
    await stack.current().stores.catalogue.replace(HENDRIKS_TENANT_ID, HENDRIKS_CATALOGUE, { ifMatch: (await catalogueOf(fatima)).etag ?? '', updatedBy: fatima.id, at: new Date().toISOString() });
  });

  it('names all five bad rows of a workbook in Dutch, and stores nothing', async () => {
    const before = await catalogueOf(fatima);
    const bytes = await workbookOf(HENDRIKS_CATALOGUE, (book) => {
      book.getWorksheet('Functies')!.getCell('D3').value = 'hoog';
      book.getWorksheet('Functies')!.getCell('C4').value = null;
      book.getWorksheet('Loopbaanpaden')!.getCell('C2').value = 'zijwaarts';
      book.getWorksheet('Leeraanbod')!.getCell('I2').value = 'misschien';
      book.getWorksheet('Leeraanbod')!.getCell('F3').value = { formula: 'A1*2', date1904: false };
    });

    const response = await api('/catalogue/import', {
      method: 'POST',
      token: await token(fatima),
      headers: { 'content-type': 'application/json', 'accept-language': 'nl-NL', 'if-match': before.etag ?? '' },
      body: JSON.stringify({ fileName: 'functiehuis.xlsx', contentBase64: base64(bytes), save: true }),
    });
    expect(response.status).toBe(422);
    const problem = Problem.parse(await response.json());
    expect(problem.code).toBe('catalogue-invalid');
    expect(problem.errors?.map((e) => e.message)).toEqual([
      'Functies, rij 3, kolom niveau: “hoog” is geen getal',
      'Functies, rij 4, kolom naam: verplicht, maar leeg',
      'Loopbaanpaden, rij 2, kolom soort: kies uit: doorgroeien, horizontaal, remotie, taakroulatie, deeltijd, tijdelijk',
      'Leeraanbod, rij 2, kolom intern: “misschien” is geen ja of nee',
      'Leeraanbod, rij 3, kolom kosten: formule zonder uitkomst; sla het bestand op in Excel zodat de uitkomst erin staat',
    ]);
    expect((await catalogueOf(fatima)).etag).toBe(before.etag);

    // A reference to an unknown function is checked once every row reads.
    const paths = await workbookOf(HENDRIKS_CATALOGUE, (book) => {
      book.getWorksheet('Loopbaanpaden')!.getCell('B2').value = 'astronaut';
      book.getWorksheet('Functies')!.mergeCells('B2:B3');
    });
    const preview = CatalogueImportResponse.parse(await (await importFile(fatima, { fileName: 'functiehuis.xlsx', bytes: paths })).json());
    expect(preview.errors.map((e) => [e.sheet, e.row, e.column, e.code])).toEqual([['Functies', 3, 'familie', 'merged-cell']]);
    const unmerged = await workbookOf(HENDRIKS_CATALOGUE, (book) => {
      book.getWorksheet('Loopbaanpaden')!.getCell('B2').value = 'astronaut';
    });
    const references = CatalogueImportResponse.parse(await (await importFile(fatima, { fileName: 'functiehuis.xlsx', bytes: unmerged })).json());
    expect(references.errors.map((e) => e.message)).toEqual(['Loopbaanpaden, rij 2, kolom naar: “astronaut” bestaat niet in het functiehuis']);
  });

  it('replaces the learning offer from one CSV file exported by Excel, with semicolons', async () => {
    const before = await catalogueOf(fatima);
    const csv = ['id;titel;soort;kosten;intern', 'excel-basis;Excel voor planners;e-learning;"1.250,50";nee', 'bhv;BHV herhaling;cursus;;ja'].join('\r\n');
    const response = await importFile(fatima, { fileName: 'leeraanbod.csv', bytes: new TextEncoder().encode(`\uFEFF${csv}`), list: 'learning' }, { save: true, ifMatch: before.etag ?? '' });
    expect(response.status).toBe(200);
    const after = await catalogueOf(fatima);
    expect(after.catalogue.learning.map((l) => [l.title, l.costEuro, l.internal])).toEqual([
      ['Excel voor planners', 1250.5, false],
      ['BHV herhaling', 0, true],
    ]);
    expect(after.catalogue.functions).toEqual(before.catalogue.functions);
    await stack.current().stores.catalogue.replace(HENDRIKS_TENANT_ID, HENDRIKS_CATALOGUE, { ifMatch: after.etag ?? '', updatedBy: fatima.id, at: new Date().toISOString() });
  });

  it('refuses a file that is not a spreadsheet, and a CSV without its list, with a 400', async () => {
    const pdf = await importFile(fatima, { fileName: 'functiehuis.xlsx', bytes: new TextEncoder().encode('%PDF-1.7 not a workbook') });
    expect(pdf.status).toBe(400);
    expect(Problem.parse(await pdf.json()).code).toBe('not-a-spreadsheet');
    const zip = await importFile(fatima, { fileName: 'functiehuis.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]) });
    expect(Problem.parse(await zip.json()).code).toBe('not-a-spreadsheet');
    const csv = await importFile(fatima, { fileName: 'lijst.csv', bytes: new TextEncoder().encode('id;naam') });
    expect(Problem.parse(await csv.json()).code).toBe('csv-needs-list');
  });

  it('exports the workbook with the columns the import reads, so a round trip changes nothing', async () => {
    const response = await api('/catalogue/export?format=xlsx', { token: await token(fatima) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('functiehuis-en-leeraanbod.xlsx');
    const bytes = new Uint8Array(await response.arrayBuffer());
    const check = CatalogueImportResponse.parse(await (await importFile(fatima, { fileName: 'terug.xlsx', bytes })).json());
    expect(check).toMatchObject({ valid: true, errors: [] });
    expect(check.counts.learning).toBe(HENDRIKS_CATALOGUE.learning.length);

    const csv = await api('/catalogue/export?format=csv&list=learning', { token: await token(sanne) });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\n')[0]).toContain('id;titel;soort');
  });
});
