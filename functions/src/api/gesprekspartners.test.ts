import { SAMPLE_PEOPLE } from '@koers/app';
import { Problem } from '@koers/contracts';
import { GesprekspartnerImportResponse } from '@koers/domain';
import ExcelJS from 'exceljs';
import { useLocalStack } from '../testing/localStack';

/**
 * Gesprekspartners from the HR system over HTTP, with real files: workbooks made with exceljs as
 * Excel saves them, and a CSV with semicolons as Dutch Excel writes it. Each test starts from the
 * directory's managers: Jeroen leads Linda, Ahmed and Noor; Linda leads Sanne, Kees and Daan.
 */

const { fatima, linda, ahmed, sanne, kees, daan, noor } = SAMPLE_PEOPLE;
const stack = useLocalStack();
const api = (path: string, init?: RequestInit & { token?: string }) => stack.current().api(path, init);
const token = (who: { email: string }) => stack.current().tokenFor(who.email);
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function workbook(rows: (string | ExcelJS.CellFormulaValue)[][], header = ['Personeelsnummer', 'Medewerker e-mail', 'Leidinggevende e-mail']): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Medewerkers');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function send(path: 'check' | 'import', file: { fileName: string; bytes: Uint8Array }, options: { ifMatch?: string; as?: { email: string } } = {}) {
  return api(`/organisation/gesprekspartners/${path}`, {
    method: 'POST',
    token: await token(options.as ?? fatima),
    headers: { 'content-type': 'application/json', ...(options.ifMatch ? { 'if-match': options.ifMatch } : {}) },
    body: JSON.stringify({ fileName: file.fileName, contentBase64: base64(file.bytes) }),
  });
}

async function partnerOf(person: { tenantId: string; id: string }): Promise<string | undefined> {
  return (await stack.current().stores.people.get(person.tenantId, person.id))?.value.gesprekspartnerId;
}

describe('gesprekspartners from the HR system over HTTP', () => {
  it('previews a workbook, formula cells by their result, and saves it with the etag of the preview', async () => {
    const bytes = await workbook([
      ['1001', sanne.email, ahmed.email],
      ['1002', kees.email, { formula: 'LOWER("NOOR@HENDRIKS.EXAMPLE")', result: noor.email, date1904: false }],
      ['1003', daan.email, linda.email],
    ]);
    const checked = await send('check', { fileName: 'afas-export.xlsx', bytes });
    expect(checked.status).toBe(200);
    const preview = GesprekspartnerImportResponse.parse(await checked.json());
    expect(preview).toMatchObject({ valid: true, saved: false, rows: 3, unchanged: 1, errors: [] });
    expect(preview.changes.map((c) => [c.person.name, c.from?.name, c.to?.name])).toEqual([
      [sanne.displayName, linda.displayName, ahmed.displayName],
      [kees.displayName, linda.displayName, noor.displayName],
    ]);
    expect(await partnerOf(sanne)).toBeUndefined();

    const saved = await send('import', { fileName: 'afas-export.xlsx', bytes }, { ifMatch: preview.etag });
    expect(saved.status).toBe(200);
    expect(GesprekspartnerImportResponse.parse(await saved.json()).saved).toBe(true);
    expect([await partnerOf(sanne), await partnerOf(kees), await partnerOf(daan)]).toEqual([ahmed.id, noor.id, undefined]);

    // The same file against the old preview's state: someone (this save) changed the mapping meanwhile.
    const again = await send('import', { fileName: 'afas-export.xlsx', bytes }, { ifMatch: preview.etag });
    expect(again.status).toBe(412);
    // Back to the managers, for the tests below.
    const back = await workbook([[sanne.email, ''], [kees.email, '']], ['e-mail', 'gesprekspartner e-mail']);
    const reset = GesprekspartnerImportResponse.parse(await (await send('check', { fileName: 'terug.xlsx', bytes: back })).json());
    expect((await send('import', { fileName: 'terug.xlsx', bytes: back }, { ifMatch: reset.etag })).status).toBe(200);
    expect(await partnerOf(sanne)).toBeUndefined();
  });

  it('lists every bad row of a semicolon CSV in Dutch, and saves none of it', async () => {
    const csv = [
      'E-mail;Gesprekspartner e-mail',
      `${sanne.email};${ahmed.email}`,
      `onbekend@hendriks.example;${ahmed.email}`,
      `${daan.email};${daan.email}`,
      `${kees.email};iemand@elders.example`,
      `${linda.email};${daan.email}`,
    ].join('\r\n');
    const bytes = new TextEncoder().encode(`\uFEFF${csv}`);
    const preview = GesprekspartnerImportResponse.parse(await (await send('check', { fileName: 'nmbrs.csv', bytes })).json());
    expect(preview.valid).toBe(false);
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Rij 3, kolom e-mail: Koers kent niemand met het adres onbekend@hendriks.example',
      'Rij 4, kolom gesprekspartner e-mail: iemand kan niet zijn eigen gesprekspartner zijn',
      'Rij 5, kolom gesprekspartner e-mail: Koers kent geen gesprekspartner met het adres iemand@elders.example',
      'Rij 6, kolom gesprekspartner e-mail: met daan@hendriks.example als gesprekspartner ontstaat een kring: zij zouden elkaars gesprekken voeren',
    ]);

    const saved = await send('import', { fileName: 'nmbrs.csv', bytes }, { ifMatch: preview.etag });
    expect(saved.status).toBe(200);
    expect(GesprekspartnerImportResponse.parse(await saved.json())).toMatchObject({ valid: false, saved: false });
    expect(await partnerOf(sanne)).toBeUndefined();
  });

  it('answers 400 for a file that is no spreadsheet', async () => {
    const response = await send('check', { fileName: 'export.xlsx', bytes: new TextEncoder().encode('%PDF-1.7 not a workbook') });
    expect(response.status).toBe(400);
    expect(Problem.parse(await response.json()).code).toBe('not-a-spreadsheet');
  });

  it('is for HR only, and a save needs the etag of a preview', async () => {
    const bytes = await workbook([[sanne.email, ahmed.email]], ['e-mail', 'gesprekspartner e-mail']);
    expect((await send('check', { fileName: 'x.xlsx', bytes }, { as: linda })).status).toBe(403);
    expect((await api('/organisation/gesprekspartners/export?format=csv', { token: await token(linda) })).status).toBe(403);
    expect((await send('import', { fileName: 'x.xlsx', bytes })).status).toBe(428);
  });

  it('exports a CSV that the import reads back without a change', async () => {
    const exported = await api('/organisation/gesprekspartners/export?format=csv', { token: await token(fatima) });
    expect(exported.status).toBe(200);
    const bytes = new Uint8Array(await exported.arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toContain(`${sanne.email};${sanne.displayName};${linda.email};${linda.displayName};${linda.email}`);
    const read = GesprekspartnerImportResponse.parse(await (await send('check', { fileName: 'gesprekspartners.csv', bytes })).json());
    expect(read).toMatchObject({ valid: true, changes: [], errors: [] });
    expect(read.unchanged).toBe(read.rows);
  });
});
