import { jobTitleLinkId, trainingRightId, type FunctionLink, type Stores } from '@koers/domain';
import { guid, newTenant } from './storeFixtures';

/**
 * The function-link store's part of the conformance suite (storeConformance.ts): what the Cosmos
 * repository and the in-memory store both promise. Uses jest's globals.
 */
export function describeFunctionLinkStore(stores: () => Stores): void {
  const at = '2027-01-10T09:00:00.000Z';
  const hr = guid(900);
  const person = (tenantId: string, n: number, functionId: string): FunctionLink => ({ kind: 'person', tenantId, id: guid(n), functionId, setBy: hr, setAt: at });
  const title = (tenantId: string, jobTitle: string, functionId: string): FunctionLink => ({ kind: 'job-title', tenantId, id: jobTitleLinkId(jobTitle), jobTitle, functionId, setBy: hr, setAt: at });

  describe("HR's links of people and job titles to functions", () => {
    it("keeps a person's assignment and a title's confirmation apart, each list in id order", async () => {
      const [a, b] = [newTenant(), newTenant()];
      for (const n of [912, 911]) await stores().functionLinks.upsert(person(a, n, 'monteur'));
      await stores().functionLinks.upsert(title(a, 'Servicemonteur', 'monteur'));
      await stores().functionLinks.upsert(title(a, 'Werkvoorbereider/planner', 'werkvoorbereider'));
      await stores().functionLinks.upsert(person(b, 913, 'drukker'));

      const assignments = await stores().functionLinks.listAssignments(a);
      expect(assignments.map((x) => x.id)).toEqual([guid(911), guid(912)]);
      const confirmations = await stores().functionLinks.listConfirmations(a);
      expect(confirmations.map((x) => x.jobTitle).sort()).toEqual(['Servicemonteur', 'Werkvoorbereider/planner']);
      expect(confirmations.map((x) => x.id)).toEqual([...confirmations.map((x) => x.id)].sort());
      await expect(stores().functionLinks.getAssignment(a, guid(911))).resolves.toMatchObject({ value: { functionId: 'monteur' } });
      await expect(stores().functionLinks.getAssignment(a, guid(913))).resolves.toBeUndefined();
      await expect(stores().functionLinks.listConfirmations(b)).resolves.toEqual([]);
    });

    it("lets HR's latest decision win, and forgets a link that is removed", async () => {
      const tenant = newTenant();
      await stores().functionLinks.upsert(person(tenant, 921, 'monteur'));
      await stores().functionLinks.upsert(person(tenant, 921, 'senior-monteur'));
      await expect(stores().functionLinks.getAssignment(tenant, guid(921))).resolves.toMatchObject({ value: { functionId: 'senior-monteur' } });

      await expect(stores().functionLinks.remove(tenant, guid(921))).resolves.toBe(true);
      await expect(stores().functionLinks.remove(tenant, guid(921))).resolves.toBe(false);
      await expect(stores().functionLinks.getAssignment(tenant, guid(921))).resolves.toBeUndefined();
    });

    it("keeps a person's training right per year beside the function links, and only that person's", async () => {
      const tenant = newTenant();
      const right = (n: number, year: number, usedDays: number): FunctionLink => ({
        kind: 'training-right', tenantId: tenant, id: trainingRightId(guid(n), year), personId: guid(n), year, rightDays: 5, usedDays, setBy: hr, setAt: at,
      });
      await stores().functionLinks.upsert(person(tenant, 931, 'drukker'));
      await stores().functionLinks.upsert(right(931, 2027, 1));
      await stores().functionLinks.upsert(right(931, 2026, 4.5));
      await stores().functionLinks.upsert(right(931, 2027, 2));
      await stores().functionLinks.upsert(right(932, 2027, 3));

      await expect(stores().functionLinks.getTrainingRight(tenant, guid(931), 2027)).resolves.toMatchObject({ rightDays: 5, usedDays: 2 });
      await expect(stores().functionLinks.getTrainingRight(tenant, guid(931), 2025)).resolves.toBeUndefined();
      await expect(stores().functionLinks.getTrainingRight(newTenant(), guid(931), 2027)).resolves.toBeUndefined();
      const years = await stores().functionLinks.listTrainingRights(tenant, guid(931));
      expect(years.map((r) => [r.year, r.usedDays])).toEqual([[2026, 4.5], [2027, 2]]);
      await expect(stores().functionLinks.listAssignments(tenant)).resolves.toHaveLength(1);
      await expect(stores().functionLinks.getAssignment(tenant, guid(931))).resolves.toMatchObject({ value: { functionId: 'drukker' } });
    });
  });
}
