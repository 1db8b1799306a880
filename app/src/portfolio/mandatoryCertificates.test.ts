import { SAMPLE_PEOPLE, sampleActor } from '../sample/sampleOrg';
import { seedSampleData } from '../sample/seed';
import { createMemoryStores } from '../testing/memoryStores';
import { createPortfolioService } from './portfolioService';

const now = new Date('2026-12-05T08:00:00Z');
const { sanne, linda } = SAMPLE_PEOPLE;

async function sannesPortfolio() {
  const stores = createMemoryStores();
  await seedSampleData(stores, now);
  const portfolio = createPortfolioService({ stores, clock: { now: () => now } });
  const add = (title: string, from: string, visibility: 'prive' | 'leidinggevende' = 'prive') =>
    portfolio.create(sampleActor(sanne), { kind: 'certificaat', title, period: { from }, issuer: 'SOG', visibility, requestId: crypto.randomUUID() });
  return { portfolio, add, stores };
}

describe("the certificates Sanne's function requires, in her portfolio", () => {
  it('shows each as valid until a date, expiring soon or missing, with the course that renews it', async () => {
    const { portfolio, add } = await sannesPortfolio();
    await add('VCA-basis', '2017-03-15');
    // F-gassen is valid five years: 20 December 2026 is within three months of today.
    await add('F-gassen categorie 1', '2021-12-20');

    const mine = await portfolio.get(sampleActor(sanne), sanne.id);
    expect(mine.mandatoryCertificates?.function.name).toBe('Monteur');
    expect(mine.mandatoryCertificates?.items.map((i) => [i.name, i.state, i.expiresOn ?? null, i.course?.title ?? null])).toEqual([
      ['VCA', 'geldig', '2027-03-15', 'VCA Basis (B-VCA)'],
      ['F-gassen', 'verloopt-binnenkort', '2026-12-20', 'F-gassen categorie 1 (herexamen)'],
      ['NEN 3140', 'ontbreekt', null, 'NEN 3140 Voldoend Onderricht Persoon'],
    ]);
  });

  it('flags an expired certificate, and never shows her manager what her private entries say', async () => {
    const { portfolio, add } = await sannesPortfolio();
    await add('NEN 3140', '2022-06-01', 'leidinggevende');
    const mine = await portfolio.get(sampleActor(sanne), sanne.id);
    expect(mine.mandatoryCertificates?.items.find((i) => i.certificateId === 'nen-3140')).toMatchObject({ state: 'verlopen', expiresOn: '2025-06-01' });

    const lindas = await portfolio.get(sampleActor(linda), sanne.id);
    expect(lindas.mandatoryCertificates).toBeUndefined();
  });

  it('has no such list for someone without a function', async () => {
    const { portfolio } = await sannesPortfolio();
    const noor = SAMPLE_PEOPLE.noor;
    expect((await portfolio.get(sampleActor(noor), noor.id)).mandatoryCertificates).toBeUndefined();
  });
});
