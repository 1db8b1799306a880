import fc from 'fast-check';
import { GOAL_KINDS, GOAL_ROUTES } from '../pop/schema';
import { isShown } from './kAnonymity';
import { computeInsightSnapshot, filterInsightTable, kindAttribute, routeAttribute, type InsightFilter, type InsightInput, type InsightGroup, type InsightTable } from './snapshot';

/**
 * An adversary that knows the whole organisation chart and everything HR was shown across any
 * number of filters, and works out every figure linear algebra allows: any sum or difference of
 * shown figures that counts a definite set of people. None of those may concern fewer than k
 * people with the wish, or fewer than k without it. Independent of how the disclosure decides:
 * it only sees the shown cells.
 */

interface Person {
  id: string;
  department: string;
  functionId?: string;
  kinds: Set<string>;
  hasPlan: boolean;
}

const personArb = (departments: number, functions: number) =>
  fc.record({
    department: fc.integer({ min: 0, max: departments - 1 }),
    fn: fc.integer({ min: -1, max: functions - 1 }),
    hasPlan: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
    kinds: fc.subarray([...GOAL_KINDS], { minLength: 0, maxLength: 2 }),
    route: fc.constantFrom(...GOAL_ROUTES),
  });

const organisationArb = fc
  .record({ departments: fc.integer({ min: 1, max: 3 }), functions: fc.integer({ min: 1, max: 3 }) })
  .chain(({ departments, functions }) => fc.array(personArb(departments, functions), { minLength: 0, maxLength: 110 }))
  .map((rows) =>
    rows.map((row, i): Person & { route: string } => ({
      id: `p${i}`,
      department: `Afdeling ${row.department}`,
      ...(row.fn >= 0 ? { functionId: `f${row.fn}` } : {}),
      kinds: new Set(row.kinds),
      hasPlan: row.hasPlan,
      route: row.route,
    })),
  );

const filterArb: fc.Arbitrary<InsightFilter> = fc.record(
  {
    department: fc.constantFrom('Afdeling 0', 'Afdeling 1', 'Afdeling 2', 'Afdeling 9'),
    functionId: fc.constantFrom('f0', 'f1', 'f2', ''),
    columns: fc.constantFrom('soort' as const, 'route' as const, 'buiten-aanbod' as const),
  },
  { requiredKeys: [] },
);

function contains(group: InsightGroup, person: Person): boolean {
  if (group.level === 'organisatie') return true;
  if (group.department !== person.department) return false;
  return group.level === 'afdeling' || group.functionId === (person.functionId ?? '');
}

/** A basis of the vectors orthogonal to every row: x is in the rows' span iff it is orthogonal to all of them. */
function orthogonalComplement(rows: number[][], dim: number): number[][] {
  const m = rows.map((r) => [...r]);
  const pivots: number[] = [];
  let row = 0;
  for (let col = 0; col < dim && row < m.length; col++) {
    const p = m.findIndex((r, i) => i >= row && Math.abs(r[col]!) > 1e-9);
    if (p < 0) continue;
    [m[row], m[p]] = [m[p]!, m[row]!];
    const pivot = m[row]!;
    const scale = pivot[col]!;
    for (let j = 0; j < dim; j++) pivot[j] = pivot[j]! / scale;
    for (let i = 0; i < m.length; i++) {
      if (i === row) continue;
      const f = m[i]![col]!;
      if (Math.abs(f) > 1e-12) for (let j = 0; j < dim; j++) m[i]![j] = m[i]![j]! - f * pivot[j]!;
    }
    pivots.push(col);
    row++;
  }
  const free = [...Array(dim).keys()].filter((c) => !pivots.includes(c));
  return free.map((f) => {
    const v = new Array<number>(dim).fill(0);
    v[f] = 1;
    pivots.forEach((pc, i) => (v[pc] = -m[i]![f]!));
    return v;
  });
}

/** Every set of people an adversary can count by combining the shown figures for one attribute, and what they learn. */
function derivableFigures(people: readonly Person[], shown: readonly InsightGroup[], has: (p: Person) => boolean): { size: number; withIt: number }[] {
  // People no shown group tells apart form one atom; only atoms are ever separable.
  const atoms = new Map<string, { size: number; withIt: number; vector: number[] }>();
  for (const person of people) {
    const vector = shown.map((g) => (contains(g, person) ? 1 : 0));
    if (!vector.includes(1)) continue;
    const key = vector.join('');
    const atom = atoms.get(key) ?? { size: 0, withIt: 0, vector };
    atom.size += 1;
    if (has(person)) atom.withIt += 1;
    atoms.set(key, atom);
  }
  const list = [...atoms.values()];
  const rows = shown.map((_, gi) => list.map((a) => a.vector[gi]!));
  const complement = orthogonalComplement(rows, list.length);
  const figures: { size: number; withIt: number }[] = [];
  for (let mask = 1; mask < 1 << list.length; mask++) {
    const inSpan = complement.every((v) => Math.abs(list.reduce((sum, _, i) => sum + (mask & (1 << i) ? v[i]! : 0), 0)) < 1e-6);
    if (!inSpan) continue;
    figures.push(list.reduce((f, a, i) => (mask & (1 << i) ? { size: f.size + a.size, withIt: f.withIt + a.withIt } : f), { size: 0, withIt: 0 }));
  }
  return figures;
}

function snapshotOf(people: InsightInput['people'], agreedPlans: InsightInput['agreedPlans']) {
  return computeInsightSnapshot({
    tenantId: '00000000-0000-4000-8000-000000000001',
    roundId: 'ronde',
    roundName: 'Ronde',
    closedAt: '2027-04-01T00:00:00.000Z',
    people,
    agreedPlans,
    anonymousInterest: [],
    functionIds: [],
  });
}

describe('anonymous insight over random organisations and filters', () => {
  it('never lets shown figures, alone or subtracted from each other, be traced to fewer than 5 people', () => {
    fc.assert(
      fc.property(organisationArb, fc.array(filterArb, { minLength: 1, maxLength: 6 }), (people, filters) => {
        const snapshot = snapshotOf(
          people,
          people.filter((p) => p.hasPlan).map((p) => ({ employeeId: p.id, goals: [...p.kinds].map((kind) => ({ kind: kind as (typeof GOAL_KINDS)[number], route: p.route as (typeof GOAL_ROUTES)[number] })) })),
        );
        const views: InsightTable[] = [snapshot.wishes, ...filters.map((f) => filterInsightTable(snapshot.wishes, f))];
        const withPlan = people.filter((p) => p.hasPlan);
        const attributes = [...GOAL_KINDS.map(kindAttribute), routeAttribute('opleiding'), routeAttribute('meelopen')];
        for (const attribute of attributes) {
          const has = (p: Person & { route?: string }) =>
            attribute.startsWith('soort:') ? p.kinds.has(attribute.slice('soort:'.length)) : p.kinds.size > 0 && `route:${p.route}` === attribute;
          const shown = new Map<string, InsightGroup>();
          for (const view of views) {
            for (const group of view.groups) {
              const cell = group.cells[attribute];
              if (!cell || !isShown(cell)) continue;
              // A shown figure is the true one.
              expect(cell.count).toBe(withPlan.filter((p) => contains(group, p) && has(p)).length);
              shown.set(group.id, group);
            }
          }
          for (const figure of derivableFigures(withPlan, [...shown.values()], has)) {
            expect(figure.withIt).toBeGreaterThanOrEqual(5);
            expect(figure.size - figure.withIt).toBeGreaterThanOrEqual(5);
          }
        }
      }),
      { numRuns: 150, seed: 20270401 },
    );
  });

  it('does show figures when the organisation is large enough, so the proof above is not vacuous', () => {
    const people = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, department: i < 20 ? 'Service' : 'Projecten', functionId: i % 2 ? 'monteur' : 'planner' }));
    const snapshot = snapshotOf(
      people,
      people.map((p, i) => ({ employeeId: p.id, goals: [{ kind: i % 4 < 2 ? 'verdiepen' : 'mobiliteit', route: 'opleiding' }] })),
    );
    const shownCells = snapshot.wishes.groups.filter((g) => isShown(g.cells[kindAttribute('mobiliteit')] ?? { hidden: 'herleidbaar' }));
    // Two departments of 20, each two functions of 10 of whom 5 want mobility: every figure shows.
    expect(shownCells.map((g) => g.level)).toEqual(['organisatie', 'afdeling', 'functie', 'functie', 'afdeling', 'functie', 'functie']);
  });
});
