import { approvePop, Catalogue, ConflictError, createPop, ForbiddenError, isShown, jobTitleLinkId, kindAttribute, NotFoundError, type Actor, type Person, type PopGoalInput } from '@koers/domain';
import { createMemoryStores } from '../testing/memoryStores';
import { smartGoal } from '../testing/popFixtures';
import { newTenant, person } from '../testing/storeFixtures';
import { closedRound } from '../sample/demoOrg';
import { createInsightService } from './insightService';

const round = (tenantId: string, id: string, closedAt = NOW.toISOString()) =>
  closedRound({ tenantId, id, name: `Ronde ${id}`, from: '2027-02-01', to: '2027-03-31', closedAt, createdBy: '00000000-0000-4000-8000-000000000002' });

const NOW = new Date('2027-04-01T08:00:00.000Z');
const CATALOGUE = Catalogue.parse({
  families: [{ id: 'uitvoering', name: 'Uitvoering' }],
  functions: [
    { id: 'monteur', familyId: 'uitvoering', name: 'Monteur', level: 5, description: '', jobTitles: ['Monteur'] },
    { id: 'werkvoorbereider', familyId: 'uitvoering', name: 'Werkvoorbereider', level: 7, description: '', jobTitles: ['Werkvoorbereider'] },
  ],
});

async function organisation(options: { agreed: number; draft: number }) {
  const stores = createMemoryStores();
  const tenantId = newTenant();
  const manager = person(tenantId, 1, { displayName: 'Linda de Wit', department: 'Service', jobTitle: 'Teamleider' });
  const hr: Actor = { ...person(tenantId, 2, { displayName: 'Fatima El Amrani' }), roles: ['hr'] };
  await stores.people.create(manager);
  await stores.people.create(hr);
  await stores.catalogue.replace(tenantId, CATALOGUE, { updatedBy: hr.id, at: NOW.toISOString() });
  const employees: Person[] = [];
  for (let i = 0; i < options.agreed + options.draft; i++) {
    const employee = person(tenantId, 10 + i, { department: 'Service', jobTitle: 'Monteur', managerId: manager.id });
    await stores.people.create(employee);
    employees.push(employee);
    const goal: PopGoalInput = { ...smartGoal('g1', employee.id), kind: i % 2 === 0 ? 'doorgroeien' : 'verdiepen', route: 'opleiding' };
    let pop = createPop({ id: `pop-${i}`, tenantId, employeeId: employee.id, managerId: manager.id }, [goal], employee.id, NOW.toISOString());
    if (i < options.agreed) {
      const version = pop.versions[0]!;
      for (const by of [employee.id, manager.id]) pop = approvePop(pop, { version: 1, contentHash: version.contentHash, by, now: NOW.toISOString() });
    }
    await stores.pops.create(pop);
  }
  const service = createInsightService({ stores, clock: { now: () => NOW } });
  return { stores, tenantId, hr, manager, employees, service, actor: (p: Person): Actor => ({ ...p, roles: [] }) };
}

describe('anonymous insight for HR', () => {
  it('shows HR the development wishes of a closed round, counted over agreed plans only', async () => {
    const org = await organisation({ agreed: 20, draft: 3 });
    await org.service.captureRound(round(org.tenantId, 'voorjaar-2027'));

    const insight = await org.service.insight(org.hr, 'voorjaar-2027', {});
    const organisationRow = insight.wishes.groups.find((g) => g.level === 'organisatie');
    expect(organisationRow?.size).toEqual({ count: 20 });
    expect(organisationRow?.cells[kindAttribute('doorgroeien')]).toEqual({ count: 10 });
    expect(insight.departments).toEqual(['Service']);
  });

  it('counts people under the function HR linked them to: an unconfirmed job title is no function yet', async () => {
    const unconfirmed = await organisation({ agreed: 10, draft: 0 });
    await unconfirmed.service.captureRound(round(unconfirmed.tenantId, 'zonder-bevestiging'));
    const before = await unconfirmed.service.insight(unconfirmed.hr, 'zonder-bevestiging', {});
    expect(before.wishes.groups.filter((g) => g.level === 'functie').map((g) => g.functionId)).not.toContain('monteur');

    const confirmed = await organisation({ agreed: 10, draft: 0 });
    await confirmed.stores.functionLinks.upsert({ kind: 'job-title', tenantId: confirmed.tenantId, id: jobTitleLinkId('Monteur'), jobTitle: 'Monteur', functionId: 'monteur', setBy: confirmed.hr.id, setAt: NOW.toISOString() });
    await confirmed.service.captureRound(round(confirmed.tenantId, 'bevestigd'));
    const after = await confirmed.service.insight(confirmed.hr, 'bevestigd', {});
    expect(after.wishes.groups.filter((g) => g.level === 'functie').map((g) => g.functionId)).toContain('monteur');
  });

  it('says why a cell is empty when the round had too few agreed plans', async () => {
    const org = await organisation({ agreed: 4, draft: 10 });
    await org.service.captureRound(round(org.tenantId, 'klein'));

    const insight = await org.service.insight(org.hr, 'klein', { columns: 'soort' });
    expect(insight.wishes.groups.every((g) => Object.values(g.cells).every((c) => !isShown(c)))).toBe(true);
    expect(insight.wishes.groups[0]?.cells[kindAttribute('verdiepen')]).toEqual({ hidden: 'groep-te-klein' });
  });

  it('keeps the first snapshot of a round when the close is repeated, so later plans cannot be subtracted', async () => {
    const org = await organisation({ agreed: 10, draft: 0 });
    const first = await org.service.captureRound(round(org.tenantId, 'r'));
    await org.stores.people.create(person(org.tenantId, 90, { department: 'Service' }));
    await expect(org.service.captureRound(round(org.tenantId, 'r', '2027-05-01T08:00:00.000Z'))).resolves.toEqual(first);
  });

  it('counts a plan signed after a round closed only in the next round', async () => {
    const org = await organisation({ agreed: 10, draft: 0 });
    const before = await org.service.captureRound(round(org.tenantId, 'eerder', '2027-03-31T08:00:00.000Z'));
    const after = await org.service.captureRound(round(org.tenantId, 'later'));
    expect(before.wishes.groups[0]?.size).toEqual({ hidden: 'groep-te-klein' });
    expect(after.wishes.groups[0]?.size).toEqual({ count: 10 });
  });

  it("counts only the round's audience, and refuses a round that has not closed", async () => {
    const org = await organisation({ agreed: 10, draft: 0 });
    await org.stores.people.create(person(org.tenantId, 95, { department: 'Projecten', jobTitle: 'Monteur', managerId: org.manager.id }));
    const projecten = await org.service.captureRound({ ...round(org.tenantId, 'projecten'), audience: { kind: 'departments', departments: ['Projecten'] } });
    expect(projecten.wishes.groups.map((g) => g.department ?? 'organisatie')).toEqual(['organisatie']);
    await expect(org.service.captureRound({ ...round(org.tenantId, 'open'), status: 'gestart' })).rejects.toBeInstanceOf(RangeError);
  });

  it('refuses insight and the named talent list to anyone without Koers.HR', async () => {
    const org = await organisation({ agreed: 10, draft: 0 });
    const manager = org.actor(org.manager);
    await expect(org.service.rounds(manager)).rejects.toEqual(new ForbiddenError('hr-only'));
    await expect(org.service.insight(manager, 'r', {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(org.service.namedTalent(manager)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('the talent pool', () => {
  it('shows HR a wish by name only when the employee chose that, and counts the others anonymously', async () => {
    const org = await organisation({ agreed: 0, draft: 0 });
    const people = await Promise.all(
      Array.from({ length: 16 }, async (_, i) => {
        const p = person(org.tenantId, 40 + i, { department: i < 8 ? 'Service' : 'Projecten', jobTitle: 'Monteur' });
        await org.stores.people.create(p);
        return p;
      }),
    );
    const [named, ...anonymous] = people;
    await org.service.saveMyTalent(named!, { interests: [{ functionId: 'werkvoorbereider', wish: 'doorgroeien' }], showName: true }, undefined);
    for (const p of anonymous.slice(0, 6)) await org.service.saveMyTalent(p, { interests: [{ functionId: 'werkvoorbereider', wish: 'interesse' }], showName: false }, undefined);

    const list = await org.service.namedTalent(org.hr);
    expect(list.people.map((p) => [p.displayName, p.interests])).toEqual([[named!.displayName, [{ functionId: 'werkvoorbereider', wish: 'doorgroeien' }]]]);

    await org.service.captureRound(round(org.tenantId, 'r'));
    const insight = await org.service.insight(org.hr, 'r', {});
    expect(insight.talent.groups.find((g) => g.level === 'organisatie')?.cells['interesse:werkvoorbereider']).toEqual({ count: 6 });
  });

  it("keeps an employee's wishes under the etag and refuses a function the organisation does not have", async () => {
    const org = await organisation({ agreed: 0, draft: 1 });
    const sanne = org.employees[0]!;
    expect(await org.service.myTalent(sanne)).toMatchObject({ interests: [], showName: false, etag: null, functions: [{ id: 'monteur', name: 'Monteur' }, { id: 'werkvoorbereider', name: 'Werkvoorbereider' }] });

    const saved = await org.service.saveMyTalent(sanne, { interests: [{ functionId: 'werkvoorbereider', wish: 'interesse' }], showName: false }, undefined);
    await expect(org.service.saveMyTalent(sanne, { interests: [], showName: true }, undefined)).rejects.toBeInstanceOf(ConflictError);
    await expect(org.service.saveMyTalent(sanne, { interests: [{ functionId: 'astronaut', wish: 'interesse' }], showName: true }, saved.etag ?? undefined)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await org.service.myTalent(sanne)).toMatchObject({ interests: [{ functionId: 'werkvoorbereider', wish: 'interesse' }], showName: false, etag: saved.etag });
  });
});
