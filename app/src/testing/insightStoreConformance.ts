import { ConcurrencyError, ConflictError, computeInsightSnapshot, type Stores, type TalentProfile } from '@koers/domain';
import { allPages, guid, newTenant } from './storeFixtures';

/**
 * The insight snapshot and talent-pool stores' part of the conformance suite (storeConformance.ts):
 * what the Cosmos repositories and the in-memory stores both promise. Uses jest's globals.
 */
export function describeInsightStores(stores: () => Stores): void {
  const snapshot = (tenantId: string, roundId: string, closedAt: string) =>
    computeInsightSnapshot({
      tenantId,
      roundId,
      roundName: `Ronde ${roundId}`,
      closedAt,
      people: Array.from({ length: 12 }, (_, i) => ({ id: guid(300 + i), department: 'Service', functionId: 'monteur' })),
      agreedPlans: Array.from({ length: 12 }, (_, i) => ({ employeeId: guid(300 + i), goals: [{ kind: i < 6 ? 'verdiepen' : 'doorgroeien', route: 'opleiding' }] })),
      anonymousInterest: [],
      functionIds: ['monteur'],
    });

  describe('the insight snapshots', () => {
    const [a, b] = [newTenant(), newTenant()];

    it('keeps a closed round\'s snapshot as written and lists the rounds most recently closed first', async () => {
      const spring = snapshot(a, 'voorjaar', '2027-04-01T08:00:00.000Z');
      await stores().insight.create(spring);
      await stores().insight.create(snapshot(a, 'najaar', '2027-11-01T08:00:00.000Z'));
      await stores().insight.create(snapshot(b, 'elders', '2027-12-01T08:00:00.000Z'));

      await expect(stores().insight.get(a, 'voorjaar')).resolves.toEqual(spring);
      await expect(stores().insight.list(a)).resolves.toEqual([
        { id: 'najaar', roundName: 'Ronde najaar', closedAt: '2027-11-01T08:00:00.000Z' },
        { id: 'voorjaar', roundName: 'Ronde voorjaar', closedAt: '2027-04-01T08:00:00.000Z' },
      ]);
    });

    it('refuses a second snapshot of the same round, and never reads another tenant\'s', async () => {
      await expect(stores().insight.create(snapshot(a, 'voorjaar', '2027-05-01T08:00:00.000Z'))).rejects.toBeInstanceOf(ConflictError);
      await expect(stores().insight.get(b, 'voorjaar')).resolves.toBeUndefined();
    });
  });

  describe('the talent pool', () => {
    const [a, b] = [newTenant(), newTenant()];
    const profile = (tenantId: string, n: number, showName: boolean): TalentProfile => ({
      tenantId,
      id: guid(400 + n),
      interests: [{ functionId: 'werkvoorbereider', wish: 'doorgroeien' }],
      showName,
      updatedAt: '2027-02-01T09:00:00.000Z',
    });

    it("creates, replaces under the etag and deletes an employee's wishes", async () => {
      const created = await stores().talentPool.save(profile(a, 1, false), undefined);
      await expect(stores().talentPool.save(profile(a, 1, true), undefined)).rejects.toBeInstanceOf(ConflictError);
      const replaced = await stores().talentPool.save(profile(a, 1, true), created.etag);
      await expect(stores().talentPool.save(profile(a, 1, false), created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(stores().talentPool.get(a, guid(401))).resolves.toEqual({ value: profile(a, 1, true), etag: replaced.etag });
      await expect(stores().talentPool.delete(a, guid(401))).resolves.toBe(true);
      await expect(stores().talentPool.get(a, guid(401))).resolves.toBeUndefined();
    });

    it("lists a tenant's profiles in id order, in pages, never another tenant's", async () => {
      for (const n of [4, 2, 3]) await stores().talentPool.save(profile(a, n, n % 2 === 0), undefined);
      await stores().talentPool.save(profile(b, 5, true), undefined);
      const pages = await allPages((continuationToken) => stores().talentPool.listTenant(a, { maxItems: 2, continuationToken }));
      expect(pages.flat().map((p) => p.id)).toEqual([guid(402), guid(403), guid(404)]);
    });
  });
}
