import { functionIdForJobTitle, isShown, latestApprovedVersion } from '@koers/domain';
import { createInsightService } from '../insight/insightService';
import { createProgressTracker, withProgressTracking } from '../progress';
import { createMemoryStores } from '../testing/memoryStores';
import { DEMO_SIZE, generateDemoOrganisation } from './demoOrg';
import { seedDemoOrganisation } from './demoSeed';

const NOW = new Date('2026-12-05T12:00:00.000Z');
const SMALL = { employees: 60, managers: 6, departments: 3 };
const demo = generateDemoOrganisation({ seed: 1, size: DEMO_SIZE, now: NOW });

describe('the generated demo organisation', () => {
  it('is the same organisation for the same seed, and another for another seed', () => {
    const once = generateDemoOrganisation({ seed: 7, size: SMALL, now: NOW });
    expect(generateDemoOrganisation({ seed: 7, size: SMALL, now: NOW })).toEqual(once);
    expect(generateDemoOrganisation({ seed: 8, size: SMALL, now: NOW }).people.map((p) => p.displayName)).not.toEqual(once.people.map((p) => p.displayName));
  });

  it('has the departments, managers and people asked for, in functions of the function house', () => {
    const managerIds = new Set(demo.people.flatMap((p) => (p.managerId ? [p.managerId] : [])));
    const departments = new Set(demo.people.map((p) => p.department));
    expect(demo.people).toHaveLength(DEMO_SIZE.employees + DEMO_SIZE.managers + 3);
    expect(departments.size).toBe(DEMO_SIZE.departments + 2);
    expect(managerIds.size).toBeGreaterThanOrEqual(DEMO_SIZE.managers);
    const withoutFunction = demo.people.filter((p) => !functionIdForJobTitle(demo.catalogue.functions, p.jobTitle)).map((p) => p.jobTitle);
    expect(withoutFunction.sort()).toEqual(['Directeur', 'HR-adviseur', 'HR-adviseur']);
    expect(new Set(demo.people.map((p) => p.email)).size).toBe(demo.people.length);
    expect(new Set(demo.people.map((p) => p.locale))).toEqual(new Set(['nl-NL', 'nl-BE']));
  });

  it('holds a year of rounds, held conversations and plans both signed, closed before today', () => {
    expect(demo.rounds.every((r) => r.status === 'afgesloten' && Date.parse(r.closedAt ?? '') < NOW.getTime() && Date.parse(r.closedAt ?? '') > NOW.getTime() - 366 * 86_400_000)).toBe(true);
    expect(demo.conversations.every((c) => c.status === 'gehouden')).toBe(true);
    expect(demo.pops.length).toBeGreaterThan(DEMO_SIZE.employees);
    expect(demo.pops.every((p) => latestApprovedVersion(p) !== undefined)).toBe(true);
    expect(new Set(demo.pops.flatMap((p) => p.versions[0]?.goals.map((g) => g.kind) ?? []))).toEqual(new Set(['verdiepen', 'verbreden', 'doorgroeien', 'vitaliteit', 'mobiliteit']));
    expect(demo.talent.some((t) => t.showName) && demo.talent.some((t) => !t.showName)).toBe(true);
  });

  it('is large enough that insight shows figures, and still hides the small groups with a reason', () => {
    const cells = demo.snapshots.flatMap((s) => s.wishes.groups.flatMap((g) => Object.values(g.cells)));
    expect(cells.filter(isShown).length).toBeGreaterThan(50);
    expect(cells.filter((c) => !isShown(c)).length).toBeGreaterThan(50);
  });

  it('is written through the stores once, and a closing round computes from them what was generated', async () => {
    const stores = createMemoryStores();
    const small = generateDemoOrganisation({ seed: 3, size: SMALL, now: NOW });
    expect(await seedDemoOrganisation(stores, small)).toBe(true);
    expect(await seedDemoOrganisation(stores, small)).toBe(false);

    const insight = createInsightService({ stores, clock: { now: () => NOW } });
    for (const [i, round] of small.rounds.entries()) {
      const captured = await insight.captureRound({ ...round, id: `opnieuw-${i}` });
      expect(captured).toEqual({ ...small.snapshots[i], id: `opnieuw-${i}` });
    }
    expect((await stores.rounds.list(small.organisation.tenantId)).items.map((r) => r.name)).toEqual(small.rounds.map((r) => r.name).reverse());
  });
  it("shows its year on HR's progress board when written through the tracked stores", async () => {
    const plain = createMemoryStores();
    const stores = withProgressTracking(plain, createProgressTracker({ stores: plain, clock: { now: () => NOW } }), (err) => {
      throw err;
    });
    const small = generateDemoOrganisation({ seed: 5, size: SMALL, now: NOW });
    await seedDemoOrganisation(stores, small);
    for (const round of small.rounds) {
      const board = await plain.roundProgress.listRound(small.organisation.tenantId, round.id);
      expect(board.length).toBeGreaterThan(0);
      expect(board.some((p) => p.value.status !== 'uitgenodigd')).toBe(true);
    }
  });
});
