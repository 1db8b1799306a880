import { approvePop, createPop, currentVersion, recordProgress, type Actor, type Person, type Pop } from '@koers/domain';
import { actorFromDirectory } from '../directory/actors';
import { createPortfolioService } from '../portfolio/portfolioService';
import { SAMPLE_PEOPLE, seedSampleData } from '../sample';
import { createMemoryStores } from '../testing/memoryStores';
import { smartGoal } from '../testing/popFixtures';
import { conversation, preparation } from '../testing/storeFixtures';
import { createHomeService } from './homeService';

const { jeroen, ahmed, noor, linda, sanne } = SAMPLE_PEOPLE;
const NOW = new Date('2026-12-01T09:00:00.000Z');
const stores = createMemoryStores();
const clock = { now: () => NOW };
const home = createHomeService({ stores, clock, portfolio: createPortfolioService({ stores, clock }) });
const actor = (person: Person): Promise<Actor> => actorFromDirectory(stores, person);

function agreedPop(id: string, employee: Person, manager: Person, conversationId: string, at: string): Pop {
  const draft = { ...createPop({ id, tenantId: employee.tenantId, employeeId: employee.id, managerId: manager.id }, [smartGoal('g1', employee.id)], manager.id, at), conversationId };
  const { number, contentHash } = currentVersion(draft);
  const once = approvePop(draft, { version: number, contentHash, by: employee.id, now: at });
  return approvePop(once, { version: number, contentHash, by: manager.id, now: at });
}

beforeAll(async () => {
  await seedSampleData(stores, NOW);
  const tenantId = ahmed.tenantId;
  // Ahmed: held in October (marked held early, its planned date later), a plan agreed from it; the next one planned and prepared.
  await stores.conversations.create(
    conversation(tenantId, ahmed.id, 'home-held', { managerId: jeroen.id, status: 'gehouden', start: '2026-12-20T09:00:00.000Z', end: '2026-12-20T10:00:00.000Z', completedAt: '2026-10-14T10:00:00.000Z' }),
  );
  const pop = recordProgress(agreedPop('pop-home-held', ahmed, jeroen, 'home-held', '2026-10-15T09:00:00.000Z'), { goalId: 'g1', status: 'hulp-nodig', note: 'Ik kom niet aan offertes toe', by: ahmed.id, now: '2026-10-20T09:00:00.000Z' });
  await stores.pops.create(pop);
  await stores.conversations.create(conversation(tenantId, ahmed.id, 'home-next', { managerId: jeroen.id, status: 'gepland', start: '2026-12-15T09:00:00.000Z', end: '2026-12-15T10:00:00.000Z' }));
  await stores.preparations.create({ ...preparation(tenantId, ahmed.id, 'home-next', 'employee', 'Goed'), completedAt: '2026-11-30T09:00:00.000Z' });
  // Sanne: held with Linda, no plan yet.
  await stores.conversations.create(conversation(tenantId, sanne.id, 'home-sanne', { managerId: linda.id, status: 'gehouden', completedAt: '2026-11-20T10:00:00.000Z' }));
});

describe("an employee's home page", () => {
  it('shows the next conversation with its preparation, the goals with progress and the check-in due', async () => {
    const page = await home.home(await actor(ahmed));
    expect(page.now).toBe(NOW.toISOString());
    expect(page.own?.next).toMatchObject({ id: 'home-next', with: { id: jeroen.id }, preparation: { done: true, answered: 1 } });
    expect(page.own?.goals).toHaveLength(1);
    expect(page.own?.goals[0]).toMatchObject({ popId: 'pop-home-held', goalId: 'g1', status: 'hulp-nodig', percent: 33, lastNote: { byName: ahmed.displayName, text: 'Ik kom niet aan offertes toe' } });
    // Last update 20 October, a check-in every 30 days: due since 19 November.
    expect(page.own?.checkIns).toEqual([expect.objectContaining({ popId: 'pop-home-held', goalId: 'g1', seenVersion: 1, dueSince: '2026-11-19T09:00:00.000Z' })]);
    expect(page.own?.managerSees).toMatchObject({ manager: { id: jeroen.id }, sharedAnswers: 0, privateAnswers: 1, plans: 1 });
    expect(page.team).toBeUndefined();
  });

  it('lists the conversations held, dated on the day they were held, with their plan', async () => {
    const page = await home.home(await actor(ahmed));
    expect(page.history).toEqual([expect.objectContaining({ id: 'home-held', heldAt: '2026-10-14T10:00:00.000Z', popId: 'pop-home-held', role: 'employee' })]);
  });
});

describe("a manager's home page", () => {
  it('gives a row per team member with what is known and the next action', async () => {
    const page = await home.home(await actor(jeroen));
    const rowOf = (person: Person) => page.team?.find((r) => r.person.id === person.id);
    expect(rowOf(ahmed)).toMatchObject({
      lastHeld: { id: 'home-held', at: '2026-10-14T10:00:00.000Z' },
      nextPlanned: { id: 'home-next' },
      preparationDone: true,
      popStatus: 'goedgekeurd',
      helpNeeded: 1,
      overdueCheckIns: 1,
      nextAction: { kind: 'help', popId: 'pop-home-held' },
    });
    expect(rowOf(noor)).toMatchObject({ popStatus: 'geen', helpNeeded: 0, overdueCheckIns: 0, nextAction: { kind: 'plan-conversation' } });
    expect(rowOf(noor)?.nextPlanned).toBeUndefined();
    expect(page.history.map((h) => [h.id, h.role])).toEqual([['home-held', 'manager']]);
  });

  it('asks for a plan after a conversation held without one, and never shows another manager’s team', async () => {
    const page = await home.home(await actor(linda));
    expect(page.team?.find((r) => r.person.id === sanne.id)?.nextAction).toEqual({ kind: 'make-pop', conversationId: 'home-sanne' });
    expect(page.team?.some((r) => r.person.id === ahmed.id)).toBe(false);
    expect(page.history.map((h) => h.id)).toEqual(['home-sanne']);
  });
});
