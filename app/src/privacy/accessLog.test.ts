import { SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createPortfolioService } from '../portfolio/portfolioService';
import { createMemoryStores } from '../testing/memoryStores';
import { createAccessRecorder } from './accessLog';

const { jeroen, ahmed } = SAMPLE_PEOPLE;
const clock = { now: () => new Date('2026-12-01T09:00:00.000Z') };

describe('recording who read whose data', () => {
  it("does not hand out someone else's data when the read cannot be recorded", async () => {
    const stores = createMemoryStores();
    await seedSampleData(stores, clock.now());
    const broken = { ...stores, accessLog: { ...stores.accessLog, record: () => Promise.reject(new Error('database unavailable')) } };
    const portfolio = createPortfolioService({ stores: broken, clock });

    await expect(portfolio.get(jeroen, ahmed.id)).rejects.toThrow('database unavailable');
    // Reading one's own data records nothing, so nothing can stop it.
    await expect(portfolio.get(ahmed, ahmed.id)).resolves.toMatchObject({ role: 'employee' });
  });

  it('writes one line per reader, record and hour, whatever the number of reads', async () => {
    const stores = createMemoryStores();
    const access = createAccessRecorder({ stores, clock });
    for (let i = 0; i < 5; i++) await access.read(jeroen, ahmed.id, 'pop', 'manager', 'pop-1');
    await access.read(jeroen, ahmed.id, 'pop', 'manager', 'pop-2');
    await access.read(ahmed, ahmed.id, 'pop', 'manager', 'pop-1');

    expect((await stores.accessLog.listForSubject(ahmed.tenantId, ahmed.id)).items.map((e) => e.resourceId).sort()).toEqual(['pop-1', 'pop-2']);
  });
});
