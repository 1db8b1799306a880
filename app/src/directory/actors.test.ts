import { canManageOrganisation, type Person } from '@koers/domain';
import { SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createMemoryStores, type MemoryStores } from '../testing/memoryStores';
import { actorFromDirectory, actorFromToken } from './actors';

const { jeroen, fatima, linda, ahmed, an, wout } = SAMPLE_PEOPLE;

let stores: MemoryStores;
beforeEach(async () => {
  stores = createMemoryStores();
  await seedSampleData(stores, new Date('2026-11-23T08:00:00Z'));
});

async function stored(person: Person): Promise<Person> {
  const found = await stores.people.get(person.tenantId, person.id);
  if (!found) throw new Error(`${person.email} is not seeded`);
  return found.value;
}

describe('the actor of a bot turn or a timer (no token: the stored app-role assignments)', () => {
  it('is HR for Fatima and An, whose Koers.HR assignments the seed stored like the sync would', async () => {
    expect((await actorFromDirectory(stores, await stored(fatima))).roles).toEqual(['hr']);
    expect((await actorFromDirectory(stores, await stored(an))).roles).toEqual(['manager', 'hr']);
  });

  it('is a manager for whoever has a team, and nothing more for everyone else', async () => {
    expect((await actorFromDirectory(stores, await stored(jeroen))).roles).toEqual(['manager']);
    expect((await actorFromDirectory(stores, await stored(linda))).roles).toEqual(['manager']);
    expect((await actorFromDirectory(stores, await stored(ahmed))).roles).toEqual([]);
  });

  it('makes a gesprekspartner a manager as soon as HR names them for someone', async () => {
    const current = await stores.people.get(wout.tenantId, wout.id);
    if (!current) throw new Error('Wout is not seeded');
    const lotte = await stored(SAMPLE_PEOPLE.lotte);
    expect((await actorFromDirectory(stores, lotte)).roles).toEqual([]);

    await stores.people.replace({ ...current.value, gesprekspartnerId: lotte.id }, current.etag);
    expect((await actorFromDirectory(stores, lotte)).roles).toEqual(['manager']);
  });

  it('is no HR for someone whose person document says so: only an assignment counts', async () => {
    const current = await stores.people.get(ahmed.tenantId, ahmed.id);
    if (!current) throw new Error('Ahmed is not seeded');
    await stores.people.replace({ ...current.value, roles: ['hr'] } as Person, current.etag);

    const actor = await actorFromDirectory(stores, await stored(ahmed));
    expect(actor.roles).toEqual([]);
    expect(canManageOrganisation(actor)).toBe(false);
  });

  it('loses HR when the assignment is removed, and the next start of the local stack writes it again (as a sync would)', async () => {
    const [assignment] = await stores.roleAssignments.listForPrincipal(fatima.tenantId, fatima.id);
    await stores.roleAssignments.remove(fatima.tenantId, assignment?.id ?? '');
    expect((await actorFromDirectory(stores, await stored(fatima))).roles).toEqual([]);

    const again = await seedSampleData(stores, new Date('2026-11-24T08:00:00Z'));
    expect(again.seeded).toEqual([]);
    expect((await actorFromDirectory(stores, await stored(fatima))).roles).toEqual(['hr']);
  });
});

describe('the actor of an API call (the token’s roles claim)', () => {
  it('is HR when the claim says Koers.HR, whatever is stored', async () => {
    expect((await actorFromToken(stores, await stored(ahmed), ['Koers.HR'])).roles).toEqual(['hr']);
  });

  it('is no HR without the claim, even with a stored assignment', async () => {
    expect((await actorFromToken(stores, await stored(fatima), undefined)).roles).toEqual([]);
    expect((await actorFromToken(stores, await stored(an), [])).roles).toEqual(['manager']);
  });
});
