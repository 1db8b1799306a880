import { catalogueProblems, competenceGap, reachableFunctions } from '@koers/domain';
import { createMemoryStores } from '../testing/memoryStores';
import { HENDRIKS_CATALOGUE, PEETERS_CATALOGUE } from './catalogue';
import { HENDRIKS_TENANT_ID, PEETERS_TENANT_ID, SAMPLE_PEOPLE } from './sampleOrg';
import { seedSampleData } from './seed';

describe("the sample organisations' function houses", () => {
  it('have no dead links', () => {
    expect(catalogueProblems(HENDRIKS_CATALOGUE)).toEqual([]);
    expect(catalogueProblems(PEETERS_CATALOGUE)).toEqual([]);
  });

  it("know every sample person's job title", () => {
    const titles = new Set([...HENDRIKS_CATALOGUE.functions, ...PEETERS_CATALOGUE.functions].flatMap((f) => f.jobTitles));
    for (const who of ['ahmed', 'noor', 'sanne', 'kees', 'daan', 'wout', 'lotte', 'linda'] as const) {
      expect(titles).toContain(SAMPLE_PEOPLE[who].jobTitle);
    }
  });

  it("show Sanne the way from monteur to werkvoorbereider, with what she still has to learn and where", () => {
    expect(reachableFunctions(HENDRIKS_CATALOGUE, 'monteur', 2).map((r) => r.function.name)).toEqual(
      expect.arrayContaining(['Senior monteur', 'Werkvoorbereider', 'Projectleider', 'Teamleider service']),
    );
    const gap = competenceGap(HENDRIKS_CATALOGUE, { currentFunctionId: 'monteur', targetFunctionId: 'werkvoorbereider' });
    expect(gap.map((g) => g.name)).toEqual(['Plannen en organiseren', 'Tekeningen lezen en maken', 'Vakmanschap installatietechniek']);
    expect(gap[0]?.learning[0]?.title).toBe('Meelopen met de werkvoorbereiding (4 dagen)');
  });
});

describe('seeding the sample function houses', () => {
  it("writes each organisation's catalogue once and never overwrites HR's edits", async () => {
    const stores = createMemoryStores();
    const now = new Date('2026-12-05T08:00:00Z');
    await seedSampleData(stores, now);
    const seeded = await stores.catalogue.get(HENDRIKS_TENANT_ID);
    expect(seeded?.catalogue).toEqual(HENDRIKS_CATALOGUE);
    expect(seeded?.updatedBy).toBe(SAMPLE_PEOPLE.fatima.id);
    expect((await stores.catalogue.get(PEETERS_TENANT_ID))?.catalogue).toEqual(PEETERS_CATALOGUE);

    const edited = { ...HENDRIKS_CATALOGUE, learning: HENDRIKS_CATALOGUE.learning.slice(0, 2) };
    await stores.catalogue.replace(HENDRIKS_TENANT_ID, edited, { ifMatch: seeded?.etag, updatedBy: SAMPLE_PEOPLE.fatima.id, at: now.toISOString() });
    await seedSampleData(stores, now);
    expect((await stores.catalogue.get(HENDRIKS_TENANT_ID))?.catalogue.learning).toHaveLength(2);
  });

  it("gives Peeters' offer training days and its people this year's Federale Leerrekening, and Hendriks none", async () => {
    const stores = createMemoryStores();
    await seedSampleData(stores, new Date('2026-12-05T08:00:00Z'));
    expect(PEETERS_CATALOGUE.learning.every((item) => item.trainingDays !== undefined)).toBe(true);
    await expect(stores.functionLinks.getTrainingRight(PEETERS_TENANT_ID, SAMPLE_PEOPLE.wout.id, 2026)).resolves.toMatchObject({ rightDays: 5, usedDays: 2 });
    await expect(stores.functionLinks.listTrainingRights(HENDRIKS_TENANT_ID, SAMPLE_PEOPLE.sanne.id)).resolves.toEqual([]);
  });
});
