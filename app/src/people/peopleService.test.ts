import { ForbiddenError, NotFoundError, type Actor, type Person } from '@koers/domain';
import { actorFromDirectory } from '../directory/actors';
import { SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { conversation } from '../testing/storeFixtures';
import { createPeopleService } from './peopleService';

const { jeroen, ahmed, noor, fatima, linda, sanne, an } = SAMPLE_PEOPLE;
const stores = createMemoryStores();
const people = createPeopleService({ stores });
const actor = (person: Person): Promise<Actor> => actorFromDirectory(stores, person);

beforeAll(async () => {
  await seedSampleData(stores, new Date('2026-12-01T09:00:00.000Z'));
});

describe('my page', () => {
  it('shows my organisation, my manager and my team', async () => {
    const page = await people.me(await actor(jeroen));
    expect(page.organisation.tenantId).toBe(jeroen.tenantId);
    expect(page.reports.map((p) => p.id)).toEqual(expect.arrayContaining([ahmed.id, noor.id]));
    const mine = await people.me(await actor(ahmed));
    expect(mine.manager?.id).toBe(jeroen.id);
    expect(mine.reports).toEqual([]);
  });
});

describe("a colleague's card", () => {
  it('shows my own card and my reports to me, and anyone in the organisation to HR', async () => {
    expect((await people.person(await actor(jeroen), ahmed.id)).id).toBe(ahmed.id);
    expect((await people.person(await actor(ahmed), ahmed.id.toUpperCase())).id).toBe(ahmed.id);
    expect((await people.person(await actor(fatima), sanne.id)).id).toBe(sanne.id);
  });

  it('refuses a colleague who is not mine, and does not find someone of another organisation', async () => {
    await expect(people.person(await actor(ahmed), noor.id)).rejects.toEqual(new ForbiddenError());
    await expect(people.person(await actor(linda), an.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('my conversations', () => {
  it("lists a manager's team conversations and an employee's own, and refuses a team list to someone without a team", async () => {
    await stores.conversations.create(conversation(ahmed.tenantId, ahmed.id, 'people-c1', { managerId: jeroen.id }));
    expect((await people.conversations(await actor(jeroen), 'team', {})).items.map((c) => c.id)).toContain('people-c1');
    expect((await people.conversations(await actor(ahmed), 'mine', {})).items.map((c) => c.id)).toContain('people-c1');
    expect((await people.conversations(await actor(noor), 'mine', {})).items.map((c) => c.id)).not.toContain('people-c1');
    await expect(people.conversations(await actor(ahmed), 'team', {})).rejects.toEqual(new ForbiddenError());
  });
});

describe('my language', () => {
  it('is stored as my own choice, and cleared again to follow the directory and the organisation', async () => {
    const chosen = await people.chooseLanguage(await actor(sanne), 'en-GB');
    expect(chosen.chosenLocale).toBe('en-GB');
    expect((await stores.people.get(sanne.tenantId, sanne.id))?.value).toMatchObject({ chosenLocale: 'en-GB', displayName: sanne.displayName });
    const cleared = await people.chooseLanguage(await actor(sanne), null);
    expect(cleared.chosenLocale).toBeUndefined();
    expect(cleared.locale).toBe('nl-NL');
  });
});
