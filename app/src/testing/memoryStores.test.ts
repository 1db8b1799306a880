import { createMemoryStores } from './memoryStores';
import { describeStoreConformance } from './storeConformance';
import { person } from './storeFixtures';

describeStoreConformance('the in-memory stores', async () => {
  const stores = createMemoryStores();
  return { stores, dispatch: stores.dispatch, close: async () => undefined };
});

describe('two in-memory databases', () => {
  it('share nothing', async () => {
    const first = createMemoryStores();
    const second = createMemoryStores();
    const tenant = '0000abcd-7e57-4000-8000-000000000000';
    await first.people.create(person(tenant, 1));

    await expect(second.people.get(tenant, person(tenant, 1).id)).resolves.toBeUndefined();
    await expect(second.people.create(person(tenant, 1))).resolves.toMatchObject({ value: { id: person(tenant, 1).id } });
  });
});
