import { GESPREKSPARTNER_COLUMNS, gesprekspartnerMappingTag, gesprekspartnerRows, gesprekspartnersFromSheet, gesprekspartnerSheetOf, type PartnerSheetPerson } from './gesprekspartnerSheet';
import type { SheetCell, SheetRow } from './spreadsheets';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const person = (n: number, name: string, extra: Partial<PartnerSheetPerson> = {}): PartnerSheetPerson => ({
  id: id(n),
  email: `${name.toLowerCase()}@bakkerij.nl`,
  displayName: name,
  ...extra,
});

// Ruud manages Sanne and Daan; Lotte is a team lead without the title; Kees has left.
const ruud = person(1, 'Ruud');
const sanne = person(2, 'Sanne', { managerId: ruud.id });
const daan = person(3, 'Daan', { managerId: ruud.id });
const lotte = person(4, 'Lotte', { managerId: ruud.id });
const kees = person(5, 'Kees', { managerId: ruud.id, leftAt: '2026-10-01T00:00:00Z' });
const people = [ruud, sanne, daan, lotte, kees];

function sheet(header: readonly string[], ...lines: (string | SheetCell)[][]): SheetRow[] {
  return lines.map((values, i) => ({
    row: i + 2,
    cells: Object.fromEntries(header.map((column, c): [string, SheetCell] => {
      const value = values[c];
      return [column.toLowerCase(), typeof value === 'object' ? value : { value }];
    })),
  }));
}

describe('reading who holds whose conversations from an HR export', () => {
  it('finds the columns an HR system names its own way, whatever their case', () => {
    const rows = sheet(['Personeelsnummer', 'Medewerker E-mail', 'Leidinggevende e-mail'], ['1001', 'Sanne@Bakkerij.nl', 'lotte@bakkerij.nl']);
    const read = gesprekspartnersFromSheet(rows, people);
    expect(read.errors).toEqual([]);
    expect(read.changes).toEqual([{ row: 2, personId: sanne.id, fromId: ruud.id, toId: lotte.id, gesprekspartnerId: lotte.id }]);
  });

  it('prefers a gesprekspartner column over a manager column when a file has both', () => {
    const rows = sheet(['e-mail', 'leidinggevende e-mail', 'gesprekspartner e-mail'], ['sanne@bakkerij.nl', 'ruud@bakkerij.nl', 'lotte@bakkerij.nl']);
    expect(gesprekspartnersFromSheet(rows, people).changes.map((c) => c.toId)).toEqual([lotte.id]);
  });

  it('gives the conversations back to the manager when the partner is the manager or left empty', () => {
    const withPartners = [ruud, { ...sanne, gesprekspartnerId: lotte.id }, { ...daan, gesprekspartnerId: lotte.id }, lotte];
    const rows = sheet(['e-mail', 'gesprekspartner e-mail'], ['sanne@bakkerij.nl', 'ruud@bakkerij.nl'], ['daan@bakkerij.nl', '']);
    const read = gesprekspartnersFromSheet(rows, withPartners);
    expect(read.changes).toEqual([
      { row: 2, personId: sanne.id, fromId: lotte.id, toId: ruud.id },
      { row: 3, personId: daan.id, fromId: lotte.id, toId: ruud.id },
    ]);
  });

  it('counts a row that changes nothing as unchanged, not as a change', () => {
    const read = gesprekspartnersFromSheet(sheet(['e-mail', 'gesprekspartner e-mail'], ['sanne@bakkerij.nl', 'ruud@bakkerij.nl']), people);
    expect(read).toMatchObject({ rows: 1, changes: [], unchanged: 1, errors: [] });
  });

  it('reports every bad row with its row number and column, and changes nothing it cannot explain', () => {
    const rows = sheet(
      ['e-mail', 'gesprekspartner e-mail'],
      ['onbekend@bakkerij.nl', 'lotte@bakkerij.nl'],
      ['sanne@bakkerij.nl', 'niemand@bakkerij.nl'],
      ['daan@bakkerij.nl', 'daan@bakkerij.nl'],
      ['kees@bakkerij.nl', 'lotte@bakkerij.nl'],
      ['lotte@bakkerij.nl', 'kees@bakkerij.nl'],
      ['geen adres', 'lotte@bakkerij.nl'],
      ['', 'lotte@bakkerij.nl'],
    );
    const read = gesprekspartnersFromSheet(rows, people);
    expect(read.errors).toEqual([
      { row: 2, column: 'e-mail', code: 'unknown-person', detail: 'onbekend@bakkerij.nl' },
      { row: 3, column: 'gesprekspartner e-mail', code: 'unknown-partner', detail: 'niemand@bakkerij.nl' },
      { row: 4, column: 'gesprekspartner e-mail', code: 'self', detail: 'daan@bakkerij.nl' },
      { row: 5, column: 'e-mail', code: 'person-not-in-scope', detail: 'kees@bakkerij.nl' },
      { row: 6, column: 'gesprekspartner e-mail', code: 'partner-not-in-scope', detail: 'kees@bakkerij.nl' },
      { row: 7, column: 'e-mail', code: 'invalid-email', detail: 'geen adres' },
      { row: 8, column: 'e-mail', code: 'required' },
    ]);
    expect(read.changes).toEqual([]);
  });

  it('refuses a partner who would close a circle of leaders', () => {
    // Lotte would hold Ruud's conversations while Ruud manages Lotte.
    const rows = sheet(['e-mail', 'gesprekspartner e-mail'], ['ruud@bakkerij.nl', 'lotte@bakkerij.nl']);
    expect(gesprekspartnersFromSheet(rows, people).errors).toEqual([{ row: 2, column: 'gesprekspartner e-mail', code: 'cycle', detail: 'lotte@bakkerij.nl' }]);
  });

  it('names the same person twice as an error on the second row', () => {
    const rows = sheet(['e-mail', 'gesprekspartner e-mail'], ['sanne@bakkerij.nl', 'lotte@bakkerij.nl'], ['sanne@bakkerij.nl', 'daan@bakkerij.nl']);
    expect(gesprekspartnersFromSheet(rows, people).errors).toEqual([{ row: 3, column: 'e-mail', code: 'duplicate-person', detail: '2' }]);
  });

  it('takes a formula cell by its computed value, and a formula without one is an error in that cell', () => {
    const rows = sheet(
      ['e-mail', 'gesprekspartner e-mail'],
      ['sanne@bakkerij.nl', { value: 'lotte@bakkerij.nl', formula: true }],
      ['daan@bakkerij.nl', { value: undefined, formula: true }],
    );
    const read = gesprekspartnersFromSheet(rows, people);
    expect(read.errors).toEqual([{ row: 3, column: 'gesprekspartner e-mail', code: 'formula-without-value' }]);
    expect(read.changes.map((c) => c.personId)).toEqual([sanne.id]);
  });

  it('says which column is missing when a file has no partner column', () => {
    const read = gesprekspartnersFromSheet(sheet(['e-mail', 'naam'], ['sanne@bakkerij.nl', 'Sanne']), people);
    expect(read.errors).toEqual([{ row: 1, column: 'gesprekspartner e-mail', code: 'missing-column' }]);
  });

  it('reads back its own export without a change', () => {
    const withPartner = [ruud, { ...sanne, gesprekspartnerId: lotte.id }, daan, lotte, kees];
    const exported = gesprekspartnerRows(withPartner);
    expect(exported.map((r) => r[0])).toEqual(['daan@bakkerij.nl', 'lotte@bakkerij.nl', 'ruud@bakkerij.nl', 'sanne@bakkerij.nl']);
    expect(exported[3]).toEqual(['sanne@bakkerij.nl', 'Sanne', 'lotte@bakkerij.nl', 'Lotte', 'ruud@bakkerij.nl']);
    const read = gesprekspartnersFromSheet(sheet(GESPREKSPARTNER_COLUMNS, ...exported), withPartner);
    expect(read).toMatchObject({ rows: 4, changes: [], unchanged: 4, errors: [] });
  });

  it('finds the mapping in a workbook whose sheet has another name', () => {
    const rows = sheet(['e-mail', 'gesprekspartner e-mail'], ['sanne@bakkerij.nl', 'lotte@bakkerij.nl']);
    expect(gesprekspartnerSheetOf(new Map([['Toelichting', []], ['Medewerkers AFAS', rows]]))).toBe(rows);
  });

  it('tags the current mapping so that a save against an older preview can be refused', () => {
    const tag = gesprekspartnerMappingTag(people);
    expect(gesprekspartnerMappingTag([...people].reverse())).toBe(tag);
    expect(gesprekspartnerMappingTag([ruud, { ...sanne, gesprekspartnerId: lotte.id }, daan, lotte, kees])).not.toBe(tag);
  });
});
