import fc from 'fast-check';
import { Catalogue } from './schema';
import {
  addMonths,
  catalogueProblems,
  certificateExpiry,
  competenceGap,
  costForEmployee,
  expiryWarningDays,
  mandatoryCertificates,
  netCost,
  reachableFunctions,
} from './rules';

const house = Catalogue.parse({
  competences: [
    { id: 'vakmanschap', name: 'Vakmanschap' },
    { id: 'plannen', name: 'Plannen en organiseren' },
    { id: 'klantgericht', name: 'Klantgerichtheid' },
  ],
  families: [{ id: 'techniek', name: 'Techniek' }],
  certificates: [
    { id: 'vca', name: 'VCA', validityMonths: 120 },
    { id: 'f-gassen', name: 'F-gassen', validityMonths: 60 },
  ],
  functions: [
    { id: 'monteur', familyId: 'techniek', name: 'Monteur', level: 5, requirements: [{ competenceId: 'vakmanschap', level: 2 }, { competenceId: 'klantgericht', level: 2 }], mandatoryCertificateIds: ['vca', 'f-gassen'] },
    { id: 'senior-monteur', familyId: 'techniek', name: 'Senior monteur', level: 6, requirements: [{ competenceId: 'vakmanschap', level: 3 }] },
    { id: 'werkvoorbereider', familyId: 'techniek', name: 'Werkvoorbereider', level: 7, requirements: [{ competenceId: 'vakmanschap', level: 3 }, { competenceId: 'plannen', level: 3 }, { competenceId: 'klantgericht', level: 2 }] },
  ],
  paths: [
    { fromFunctionId: 'monteur', toFunctionId: 'senior-monteur', kind: 'doorgroeien' },
    { fromFunctionId: 'senior-monteur', toFunctionId: 'werkvoorbereider', kind: 'doorgroeien' },
    { fromFunctionId: 'werkvoorbereider', toFunctionId: 'monteur', kind: 'remotie' },
    { fromFunctionId: 'monteur', toFunctionId: 'werkvoorbereider', kind: 'tijdelijk' },
  ],
  learning: [
    { id: 'planning-extern', title: 'Werkvoorbereiding E&W', kind: 'cursus', costEuro: 1200, hours: 40, forCompetenceIds: ['plannen'], funding: { scheme: 'O&O-fonds Kennisinstituut', amountEuro: 600 } },
    { id: 'meelopen-wvb', title: 'Meelopen met de werkvoorbereiding', kind: 'meelopen', internal: true, forCompetenceIds: ['plannen'] },
    { id: 'f-gassen-herexamen', title: 'F-gassen herexamen', kind: 'cursus', costEuro: 450, certificateId: 'f-gassen' },
  ],
});

describe('the function house', () => {
  it('has no dead links in a consistent catalogue', () => {
    expect(catalogueProblems(house)).toEqual([]);
  });

  it('names every dead link and double id, with the list, row and field', () => {
    const broken = Catalogue.parse({
      ...house,
      functions: [...house.functions, { id: 'monteur', familyId: 'kantoor', name: 'Dubbel', level: 1, requirements: [{ competenceId: 'zingen', level: 1 }] }],
      paths: [...house.paths, { fromFunctionId: 'monteur', toFunctionId: 'astronaut', kind: 'doorgroeien' }, { fromFunctionId: 'monteur', toFunctionId: 'senior-monteur', kind: 'doorgroeien' }],
    });
    expect(catalogueProblems(broken)).toEqual([
      { list: 'functions', index: 3, field: 'id', code: 'duplicate-id', value: 'monteur' },
      { list: 'functions', index: 3, field: 'familyId', code: 'unknown-family', value: 'kantoor' },
      { list: 'functions', index: 3, field: 'requirements', code: 'unknown-competence', value: 'zingen' },
      { list: 'paths', index: 4, field: 'toFunctionId', code: 'unknown-function', value: 'astronaut' },
      { list: 'paths', index: 5, field: 'toFunctionId', code: 'duplicate-path', value: 'senior-monteur' },
    ]);
  });

  it('lists each reachable function once, nearest first, even along a cycle', () => {
    const reachable = reachableFunctions(house, 'monteur');
    expect(reachable.map((r) => [r.function.id, r.steps, r.via.kind])).toEqual([
      ['senior-monteur', 1, 'doorgroeien'],
      ['werkvoorbereider', 1, 'tijdelijk'],
    ]);
    expect(reachableFunctions(house, 'senior-monteur').map((r) => r.function.id)).toEqual(['werkvoorbereider', 'monteur']);
  });

  it('never lists a function twice or the start itself, for any set of paths', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 20 }), fc.constantFrom(...ids), (edges, start) => {
        const catalogue = Catalogue.parse({
          families: [{ id: 'f', name: 'F' }],
          functions: ids.map((id, level) => ({ id, familyId: 'f', name: id, level: level + 1 })),
          paths: edges.filter(([from, to]) => from !== to).map(([from, to]) => ({ fromFunctionId: from, toFunctionId: to, kind: 'horizontaal' })),
        });
        const found = reachableFunctions(catalogue, start, 5).map((r) => r.function.id);
        return new Set(found).size === found.length && !found.includes(start);
      }),
    );
  });
});

describe('the competence gap to a target function', () => {
  it("counts the current function's levels as what someone already has", () => {
    const gap = competenceGap(house, { currentFunctionId: 'monteur', targetFunctionId: 'werkvoorbereider' });
    expect(gap.map((g) => [g.name, g.current, g.expected])).toEqual([
      ['Plannen en organiseren', 0, 3],
      ['Vakmanschap', 2, 3],
    ]);
  });

  it("lets the person's own rating win, and offers internal learning before paid courses", () => {
    const gap = competenceGap(house, { currentFunctionId: 'monteur', targetFunctionId: 'werkvoorbereider', selfAssessment: new Map([['vakmanschap', 3], ['plannen', 2]]) });
    expect(gap).toHaveLength(1);
    expect(gap[0]?.learning.map((l) => l.id)).toEqual(['meelopen-wvb', 'planning-extern']);
  });

  it('is empty for an unknown target', () => {
    expect(competenceGap(house, { targetFunctionId: 'astronaut' })).toEqual([]);
  });
});

describe('what learning costs the employee', () => {
  it('subtracts the fund, never below zero', () => {
    expect(netCost({ costEuro: 1200, funding: { scheme: 'O&O', amountEuro: 600 } })).toBe(600);
    expect(netCost({ costEuro: 300, funding: { scheme: 'Opleidingscheques', amountEuro: 500 } })).toBe(0);
  });

  it('is nothing for training the function requires by law or agreement', () => {
    const monteur = house.functions[0];
    expect(costForEmployee({ certificateId: 'f-gassen' }, monteur)).toBe('free-required');
    expect(costForEmployee({ certificateId: 'f-gassen' }, house.functions[2])).toBe('employer');
  });
});

describe('certificates and their validity', () => {
  it('are valid until the same day years later, clamped in leap years', () => {
    expect(certificateExpiry({ validityMonths: 12 }, '2024-02-29')).toBe('2025-02-28');
    expect(certificateExpiry({ validityMonths: 48 }, '2024-02-29')).toBe('2028-02-29');
    expect(certificateExpiry({ validityMonths: 120 }, '2017-03-15')).toBe('2027-03-15');
    expect(certificateExpiry({}, '2017-03-15')).toBeUndefined();
  });

  it('warn three months and one month before, on the same civil day across the DST switch', () => {
    expect(expiryWarningDays('2027-05-31')).toEqual({ threeMonths: '2027-02-28', oneMonth: '2027-04-30' });
    expect(expiryWarningDays('2027-04-28')).toEqual({ threeMonths: '2027-01-28', oneMonth: '2027-03-28' });
  });

  it('adds months by the calendar, forwards and back', () => {
    expect(addMonths({ year: 2027, month: 1, day: 31 }, 1)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addMonths({ year: 2028, month: 1, day: 31 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addMonths({ year: 2027, month: 1, day: 15 }, -2)).toEqual({ year: 2026, month: 11, day: 15 });
  });

  it('tells per required certificate whether it is valid, expiring, expired or missing', () => {
    const monteur = house.functions[0];
    if (!monteur) throw new Error('no monteur');
    const held = [
      { title: 'VCA-basis', obtainedOn: '2017-03-15' },
      { title: 'F-gassen categorie 1', obtainedOn: '2022-01-10', expiresOn: '2027-01-09' },
    ];
    expect(mandatoryCertificates(house, monteur, held, '2026-12-05').map((s) => [s.certificate.id, s.state, s.expiresOn])).toEqual([
      ['vca', 'geldig', '2027-03-15'],
      ['f-gassen', 'verloopt-binnenkort', '2027-01-09'],
    ]);
    expect(mandatoryCertificates(house, monteur, held, '2027-01-10').map((s) => s.state)).toEqual(['verloopt-binnenkort', 'verlopen']);
    expect(mandatoryCertificates(house, monteur, [], '2027-01-10').map((s) => s.state)).toEqual(['ontbreekt', 'ontbreekt']);
    expect(mandatoryCertificates(house, monteur, [{ title: 'Gassen-cursus', obtainedOn: '2026-01-01' }], '2026-12-05').map((s) => s.state)).toEqual(['ontbreekt', 'ontbreekt']);
  });
});
