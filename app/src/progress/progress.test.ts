import { actorOf, ForbiddenError, NotFoundError, type Actor, type Person, type Round, type Stores } from '@koers/domain';
import { createMemoryStores } from '../testing/memoryStores';
import { runningRound } from '../testing/roundFixtures';
import { conversation, guid, newTenant, person, preparation } from '../testing/storeFixtures';
import { createProgressService } from './progressService';
import { createProgressTracker } from './progressTracker';
import { withProgressTracking } from './trackedStores';

const NOW = new Date('2027-02-10T12:00:00.000Z');
const clock = { now: () => NOW };

function setUp() {
  const plain = createMemoryStores();
  const tracker = createProgressTracker({ stores: plain, clock });
  const failures: unknown[] = [];
  const stores: Stores = withProgressTracking(plain, tracker, (err) => failures.push(err));
  return { stores, tracker, failures, service: createProgressService({ stores, clock }) };
}

const round = (tenantId: string, status: Round['status'] = 'gestart'): Round =>
  runningRound({
    id: 'voorjaar-2027',
    tenantId,
    name: 'Voorjaarsronde 2027',
    period: { from: '2027-02-01', to: '2027-03-31' },
    audience: { kind: 'departments', departments: ['Techniek'] },
    status,
    createdBy: guid(99),
  });

async function organisation(stores: Stores) {
  const tenantId = newTenant();
  const linda = person(tenantId, 1, { displayName: 'Linda de Vries', managerId: undefined, department: 'Techniek' });
  const jeroen = person(tenantId, 5, { displayName: 'Jeroen Bakker', managerId: undefined, department: 'Techniek' });
  const sanne = person(tenantId, 2, { displayName: 'Sanne Jansen', department: 'Techniek' });
  const ahmed = person(tenantId, 3, { displayName: 'Ahmed El Amrani', department: 'Techniek' });
  const pieter = person(tenantId, 6, { displayName: 'Pieter Smit', managerId: jeroen.id, department: 'Techniek' });
  const elders = person(tenantId, 4, { displayName: 'Eva Elders', department: 'Verkoop' });
  const fatima = person(tenantId, 7, { displayName: 'Fatima HR', managerId: undefined, department: 'HR' });
  for (const p of [linda, jeroen, sanne, ahmed, pieter, elders, fatima]) await stores.people.create(p);
  const actor = (p: Person, roles: Actor['roles']): Actor => actorOf(p, roles, roles.includes('manager'));
  return { tenantId, linda, jeroen, sanne, ahmed, pieter, elders, hr: actor(fatima, ['hr']), manager: actor(linda, ['manager']), employee: actor(sanne, []) };
}

describe('the progress board', () => {
  it('counts the round\'s people when it starts, and moves someone the moment their conversation is booked and prepared', async () => {
    const { stores, service, failures } = setUp();
    const org = await organisation(stores);
    await stores.rounds.create(round(org.tenantId));

    const before = await service.board(org.hr, 'voorjaar-2027');
    expect(before.total).toMatchObject({ uitgenodigd: 3, gepland: 0 });
    expect(before.managers.map((m) => [m.managerName, m.counts.uitgenodigd])).toEqual([
      ['Jeroen Bakker', 1],
      ['Linda de Vries', 2],
    ]);

    const c = conversation(org.tenantId, org.sanne.id, 'gesprek-sanne', { status: 'gepland', start: '2027-02-24T09:00:00.000Z', end: '2027-02-24T10:00:00.000Z' });
    await stores.conversations.create(c);
    expect((await service.board(org.hr, 'voorjaar-2027')).total).toMatchObject({ uitgenodigd: 2, gepland: 1 });

    await stores.preparations.create({ ...preparation(org.tenantId, org.sanne.id, c.id, 'employee', 'Mijn geheime antwoord'), completedAt: '2027-02-11T09:00:00.000Z' });
    const after = await service.board(org.hr, 'voorjaar-2027');
    expect(after.total).toMatchObject({ uitgenodigd: 2, gepland: 0, voorbereid: 1 });
    expect(JSON.stringify(after)).not.toContain('Mijn geheime antwoord');
    expect(failures).toEqual([]);
  });

  it('counts an exempt person apart and never as overdue', async () => {
    const { stores, service } = setUp();
    const org = await organisation(stores);
    await stores.rounds.create(round(org.tenantId));
    await stores.rounds.setExemption({ id: `voorjaar-2027:${org.ahmed.id}`, tenantId: org.tenantId, roundId: 'voorjaar-2027', personId: org.ahmed.id, reason: 'afwezig-verlof', setBy: org.hr.id, setAt: NOW.toISOString() });
    const page = await service.people(org.hr, 'voorjaar-2027', { status: ['vrijgesteld'] });
    expect(page.items.map((p) => [p.displayName, p.status])).toEqual([['Ahmed El Amrani', 'vrijgesteld']]);
    expect(Object.keys(page.items[0]!).sort()).toEqual(['department', 'displayName', 'managerId', 'managerName', 'personId', 'status']);
    await stores.rounds.removeExemption(org.tenantId, 'voorjaar-2027', org.ahmed.id);
    expect((await service.board(org.hr, 'voorjaar-2027')).total.vrijgesteld).toBe(0);
  });

  it('shows a manager only their own people, and nobody else anything', async () => {
    const { stores, service } = setUp();
    const org = await organisation(stores);
    await stores.rounds.create(round(org.tenantId));
    const mine = await service.people(org.manager, 'voorjaar-2027', {});
    expect(mine.items.map((p) => p.displayName)).toEqual(['Ahmed El Amrani', 'Sanne Jansen']);
    expect((await service.board(org.manager, 'voorjaar-2027')).total.uitgenodigd).toBe(2);
    await expect(service.people(org.manager, 'voorjaar-2027', { managerId: org.jeroen.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(service.board(org.employee, 'voorjaar-2027')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(service.people(org.employee, 'voorjaar-2027', {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(service.board(org.hr, 'bestaat-niet')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('puts every line HR reads on that person\'s access log', async () => {
    const { stores, service } = setUp();
    const org = await organisation(stores);
    await stores.rounds.create(round(org.tenantId));
    await service.everyone(org.hr, 'voorjaar-2027', {});
    const lines = await stores.accessLog.listForSubject(org.tenantId, org.sanne.id);
    expect(lines.items.map((l) => [l.readerId, l.capacity, l.what, l.resourceId])).toEqual([[org.hr.id, 'hr', 'status', 'voorjaar-2027']]);
  });

  it('rebuilds a round to the same board, however often, after a person moved department', async () => {
    const { stores, tracker, service } = setUp();
    const org = await organisation(stores);
    await stores.rounds.create(round(org.tenantId));
    const first = await service.board(org.hr, 'voorjaar-2027');
    const again = await tracker.rebuildRound(org.tenantId, 'voorjaar-2027');
    expect(again).toEqual({ people: 3, removed: 0 });
    expect((await service.board(org.hr, 'voorjaar-2027')).total).toEqual(first.total);

    const stored = await stores.people.get(org.tenantId, org.pieter.id);
    await stores.people.replace({ ...stored!.value, department: 'Verkoop' }, stored!.etag);
    expect((await service.board(org.hr, 'voorjaar-2027')).total.uitgenodigd).toBe(2);
    expect(await tracker.rebuildRound(org.tenantId, 'voorjaar-2027')).toEqual({ people: 2, removed: 0 });
    expect((await service.board(org.hr, 'voorjaar-2027')).departments.map((d) => [d.department, d.counts.uitgenodigd])).toEqual([['Techniek', 2]]);
  });

  it('leaves the board alone when a directory write changes nothing it shows', async () => {
    const { stores } = setUp();
    const org = await organisation(stores);
    await stores.rounds.create(round(org.tenantId));
    const before = await stores.roundProgress.get(org.tenantId, 'voorjaar-2027', org.sanne.id);
    const stored = await stores.people.get(org.tenantId, org.sanne.id);
    await stores.people.replace({ ...stored!.value, jobTitle: 'Monteur B' }, stored!.etag);
    expect((await stores.roundProgress.get(org.tenantId, 'voorjaar-2027', org.sanne.id))?.etag).toBe(before?.etag);
    const renamed = await stores.people.get(org.tenantId, org.sanne.id);
    await stores.people.replace({ ...renamed!.value, displayName: 'Sanne de Boer' }, renamed!.etag);
    expect((await stores.roundProgress.get(org.tenantId, 'voorjaar-2027', org.sanne.id))?.value.displayName).toBe('Sanne de Boer');
  });

  it('has no board for a round still in concept', async () => {
    const { stores, service } = setUp();
    const org = await organisation(stores);
    await stores.rounds.create(round(org.tenantId, 'concept'));
    await expect(service.board(org.hr, 'voorjaar-2027')).rejects.toBeInstanceOf(NotFoundError);
    expect((await service.rounds(org.hr)).rounds).toEqual([]);
  });
});
