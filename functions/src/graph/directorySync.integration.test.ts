import https from 'node:https';
import {
  createBookingService,
  createChangeRecorder,
  createDirectorySync,
  createLocalCalendar,
  createOutbox,
  createPortfolioService,
  HENDRIKS_TENANT_ID,
  SAMPLE_ORGANISATIONS,
  SAMPLE_PEOPLE_LIST,
  seedSampleData,
  type DirectorySyncSummary,
} from '@koers/app';
import { createEntry, KOERS_APP_ROLES, meetingDayId, NotFoundError, noticeRecord, readAll, type OrganisationSettings, type Person, type Stores } from '@koers/domain';
import { useEmbeddedCosmos } from '../cosmos/__tests__/embeddedCosmos';
import { createGraphDirectory } from './directory';
import { standInToken, startDirectoryStandIn, type DirectoryFixture, type DirectoryStandIn, type FixtureUser } from './directoryStandIn';
import { GRAPH_BATCH_PATH, GRAPH_CALLS } from './permissions';
import { sampleDirectoryFixture } from './sampleDirectory';

/**
 * The directory sync end to end: the Graph adapter against the local Graph stand-in (Graph's
 * documented shapes, paging, throttling), the use case, and embedded Cosmos behind the stores.
 */

const cosmos = useEmbeddedCosmos();
let standIn: DirectoryStandIn;
let fixture: DirectoryFixture = { tenants: [] };
const waits: number[] = [];
const NOW = new Date('2026-12-01T09:00:00.000Z');
const clock = { now: () => NOW };
const HR_ROLE = KOERS_APP_ROLES[0].id;
const DEFAULT_ACCESS = '00000000-0000-0000-0000-000000000000';

beforeAll(async () => {
  fixture = sampleDirectoryFixture();
  standIn = await startDirectoryStandIn({ load: () => fixture, pageSize: 100 });
});
afterAll(() => standIn.close());

function directory() {
  return createGraphDirectory({
    getToken: async (tenantId) => standInToken(tenantId),
    baseUrl: standIn.baseUrl,
    agent: new https.Agent({ ca: standIn.ca }),
    appId: '4b0e7a1c-3d2f-4e5a-9b8c-000000000c0e',
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
}

function sync(stores: Partial<Stores> = {}) {
  return createDirectorySync({ stores: { ...cosmos.stores, ...stores }, directory: directory(), clock });
}

let tenants = 0;
const id = (tenant: number, n: number) => `0d${String(tenant).padStart(6, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A tenant of its own per test: the fixture's users, its Koers organisation settings. */
async function tenant(users: (t: number) => FixtureUser[], extra: Partial<DirectoryFixture['tenants'][number]> = {}, settings: Partial<OrganisationSettings> = {}) {
  tenants += 1;
  const t = tenants;
  const tenantId = id(t, 0);
  const entry = { tenantId, servicePrincipalId: id(t, 999), users: users(t), groups: [], appRoleAssignments: [], ...extra };
  fixture = { tenants: [...fixture.tenants, entry] };
  await cosmos.stores.organisations.create({ ...SAMPLE_ORGANISATIONS.hendriks, id: tenantId, tenantId, name: `Organisatie ${t}`, ...settings });
  const change = (next: (users: FixtureUser[]) => FixtureUser[]) => {
    fixture = { tenants: fixture.tenants.map((x) => (x.tenantId === tenantId ? { ...x, users: next(x.users) } : x)) };
  };
  return { t, tenantId, change };
}

function user(t: number, n: number, overrides: Partial<FixtureUser> = {}): FixtureUser {
  return {
    id: id(t, n),
    displayName: `Medewerker ${n}`,
    mail: `medewerker${n}@t${t}.example`,
    userPrincipalName: `medewerker${n}@t${t}.example`,
    jobTitle: 'Monteur',
    preferredLanguage: 'nl-NL',
    accountEnabled: true,
    mailboxSettings: {
      timeZone: 'W. Europe Standard Time',
      language: { locale: 'nl-NL' },
      workingHours: { daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], startTime: '08:00:00.0000000', endTime: '17:00:00.0000000', timeZone: { name: 'W. Europe Standard Time' } },
    },
    ...overrides,
  };
}

const stored = async (tenantId: string, personId: string) => (await cosmos.stores.people.get(tenantId, personId))?.value;

async function existing(tenantId: string, personId: string): Promise<Person> {
  const person = await stored(tenantId, personId);
  if (!person) throw new Error(`${personId} was not synced`);
  return person;
}

describe('the directory sync against the Graph stand-in and embedded Cosmos', () => {
  it('brings the sample organisations in through the sync as exactly the sample people, with Fatima and An as HR', async () => {
    const directorySync = sync();
    const result = await seedSampleData(cosmos.stores, NOW, { loadPeople: (tenantId) => directorySync.syncTenant(tenantId) });
    expect(result.seeded).toHaveLength(2);
    for (const person of SAMPLE_PEOPLE_LIST) {
      expect(await stored(person.tenantId, person.id)).toEqual({ ...person, hasMailbox: true });
    }
    const hr = await cosmos.stores.roleAssignments.listTenant(HENDRIKS_TENANT_ID);
    expect(hr.items.map((a) => [a.principalId, a.appRoleId])).toEqual([['0a000000-0000-4000-8000-000000000102', HR_ROLE]]);
    // Every call the sync made is one the permission list declares (aad.manifest.json asks for those).
    const undeclared = standIn.requests.filter((r) => r.path !== GRAPH_BATCH_PATH && !GRAPH_CALLS.some((c) => c.method === r.method && c.pattern.test(r.path)));
    expect(undeclared).toEqual([]);

    const again = await seedSampleData(cosmos.stores, NOW, { loadPeople: (tenantId) => directorySync.syncTenant(tenantId) });
    expect(again.skipped).toHaveLength(2);
  });

  it('applies a later round of adds, changes and removals, and counts them', async () => {
    const { t, tenantId, change } = await tenant((t) => [user(t, 1), user(t, 2, { managerId: id(t, 1) }), user(t, 3, { managerId: id(t, 1) }), user(t, 4, { managerId: id(t, 1) })]);
    const first = await sync().syncTenant(tenantId);
    expect(first).toMatchObject({ full: true, added: 4, left: 0 });

    change((users) => [
      ...users.filter((u) => u.id !== id(t, 3)).map((u) => (u.id === id(t, 2) ? { ...u, jobTitle: 'Senior monteur' } : u.id === id(t, 4) ? { ...u, accountEnabled: false } : u)),
      user(t, 5, { displayName: 'Nieuwe Collega', managerId: id(t, 2), employeeHireDate: '2026-12-01T00:00:00Z' }),
    ]);
    const second = await sync().syncTenant(tenantId);
    expect(second).toMatchObject({ full: false, added: 1, updated: 1, left: 2 });
    expect((await stored(tenantId, id(t, 2)))?.jobTitle).toBe('Senior monteur');
    expect(await stored(tenantId, id(t, 5))).toMatchObject({ displayName: 'Nieuwe Collega', managerId: id(t, 2), joinedOn: '2026-12-01' });
    expect((await stored(tenantId, id(t, 3)))?.leftAt).toBe(NOW.toISOString());
    expect((await stored(tenantId, id(t, 4)))?.leftAt).toBe(NOW.toISOString());

    const quiet = await sync().syncTenant(tenantId);
    expect(quiet).toMatchObject({ added: 0, updated: 0, left: 0, pages: 1 });
  });

  it('reads a round of three pages and keeps the delta link only when the last one is stored', async () => {
    const { tenantId } = await tenant((t) => Array.from({ length: 250 }, (_, i) => user(t, i + 1)));
    const summary = await sync().syncTenant(tenantId);
    expect(summary).toMatchObject({ pages: 3, added: 250 });
    const state = (await cosmos.stores.directorySync.get(tenantId))?.value;
    expect(state?.usersDeltaLink).toContain('$deltatoken=');
    expect(state?.usersNextLink).toBeUndefined();
    expect((await cosmos.stores.people.listTenant(tenantId, { maxItems: 500 })).items).toHaveLength(250);
  });

  it("waits as Graph's Retry-After says when it throttles mid-sync, inside a batch too, and loses nothing", async () => {
    const { tenantId } = await tenant((t) => Array.from({ length: 30 }, (_, i) => user(t, i + 1)));
    waits.length = 0;
    standIn.throttle(/^\/users\/delta$/, 1, 2);
    standIn.throttleInBatch(3, 1);
    const summary = await sync().syncTenant(tenantId);
    expect(summary.added).toBe(30);
    expect(waits).toEqual([2_000, 1_000]);
    expect((await stored(tenantId, id(tenants, 30)))?.hasMailbox).toBe(true);
  });

  it('resumes at the page it was on after a crash half-way through a page, with nobody twice or missing', async () => {
    const { t, tenantId } = await tenant((t) => Array.from({ length: 250 }, (_, i) => user(t, i + 1)));
    let writes = 0;
    const crashing: Stores['people'] = {
      ...cosmos.stores.people,
      create: async (person) => {
        writes += 1;
        if (writes === 150) throw new Error('the process died');
        return cosmos.stores.people.create(person);
      },
    };
    await expect(sync({ people: crashing }).syncTenant(tenantId)).rejects.toThrow('the process died');
    const halfway = (await cosmos.stores.directorySync.get(tenantId))?.value;
    expect(halfway?.usersNextLink).toContain('$skiptoken=');
    expect(halfway?.usersDeltaLink).toBeUndefined();

    const resumed = await sync().syncTenant(tenantId);
    // The second and third pages again: what the crashed run stored of the second is found unchanged.
    expect(resumed.pages).toBe(2);
    expect(resumed.added + resumed.unchanged).toBe(150);
    expect(resumed.unchanged).toBeGreaterThan(0);
    const people = (await cosmos.stores.people.listTenant(tenantId, { maxItems: 500 })).items;
    expect(new Set(people.map((p) => p.id)).size).toBe(250);
    expect(people.find((p) => p.id === id(t, 150))?.leftAt).toBeUndefined();
  });

  it("ends the old manager's access at once on a manager change; the new one sees only what is shared with them", async () => {
    const { t, tenantId, change } = await tenant((t) => [user(t, 1), user(t, 2), user(t, 3, { managerId: id(t, 1) })]);
    await sync().syncTenant(tenantId);
    const [oldManager, newManager, employee] = await Promise.all([1, 2, 3].map((n) => existing(tenantId, id(t, n))));
    if (!oldManager || !newManager || !employee) throw new Error('three people expected');
    const booking = createBookingService({
      stores: cosmos.stores,
      calendar: createLocalCalendar({ stores: cosmos.stores, tabUrl: 'http://localhost' }),
      outbox: createOutbox({ stores: cosmos.stores, clock }),
      clock,
      links: { tabUrl: 'http://localhost' },
    });
    await cosmos.stores.conversations.create({
      id: 'c0000000-0000-4000-8000-000000000001',
      tenantId,
      employeeId: employee.id,
      managerId: oldManager.id,
      kind: 'loopbaangesprek',
      status: 'gehouden',
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
    });
    await cosmos.stores.portfolio.create(
      createEntry({
        id: '3f6c1e2a-9b7d-4c1e-8f00-000000000001',
        tenantId,
        employeeId: employee.id,
        content: { kind: 'reflectie', title: 'Wat ik wil leren', period: { from: '2026-11-01' } },
        visibility: 'leidinggevende',
        managerId: oldManager.id,
        existing: 0,
        now: '2026-11-02T09:00:00.000Z',
      }),
    );
    const portfolio = createPortfolioService({ stores: cosmos.stores, clock });
    await expect(booking.get(oldManager, 'c0000000-0000-4000-8000-000000000001')).resolves.toBeDefined();
    const own = (view: { items: { source: string }[] }) => view.items.filter((i) => i.source === 'eigen');
    expect(own(await portfolio.get(oldManager, employee.id))).toHaveLength(1);

    change((users) => users.map((u) => (u.id === employee.id ? { ...u, managerId: newManager.id } : u)));
    await sync().syncTenant(tenantId);
    expect((await stored(tenantId, employee.id))?.managerId).toBe(newManager.id);
    await expect(booking.get(oldManager, 'c0000000-0000-4000-8000-000000000001')).rejects.toThrow(NotFoundError);
    await expect(portfolio.get(oldManager, employee.id)).rejects.toThrow(NotFoundError);
    await expect(booking.get(newManager, 'c0000000-0000-4000-8000-000000000001')).rejects.toThrow(NotFoundError);
    expect(own(await portfolio.get(newManager, employee.id))).toEqual([]);
  });

  it('sends what was queued for the old manager about the person to the new one, or not at all', async () => {
    const { t, tenantId, change } = await tenant((t) => [user(t, 1), user(t, 2), user(t, 3, { managerId: id(t, 1) }), user(t, 4, { managerId: id(t, 1) })]);
    await sync().syncTenant(tenantId);
    const [oldManager, newManager, employee, colleague] = [id(t, 1), id(t, 2), id(t, 3), id(t, 4)];
    const start = '2026-12-07T09:00:00.000Z';
    await cosmos.stores.conversations.create({
      id: 'c0000000-0000-4000-8000-000000000002',
      tenantId,
      employeeId: employee,
      managerId: oldManager,
      kind: 'loopbaangesprek',
      status: 'gepland',
      start,
      end: '2026-12-07T10:00:00.000Z',
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
    });
    const proposals = { employee: { id: employee, displayName: 'Medewerker 3', email: `medewerker3@t${t}.example` }, slots: [], widened: false, next: start, unreadableCalendars: [], timeZone: 'Europe/Amsterdam', durationMinutes: 60 };
    const request = noticeRecord({ tenantId, recipientId: oldManager, notice: { event: 'conversation-requested', requestId: 'r1', employeeId: employee, managerId: oldManager, proposals, at: '2026-11-20T09:00:00.000Z' } });
    const meetingDay = { id: meetingDayId('c0000000-0000-4000-8000-000000000002', start, oldManager), tenantId, recipientId: oldManager, kind: 'meeting-day', subjectId: 'c0000000-0000-4000-8000-000000000002', dueAt: '2026-12-07T07:00:00.000Z', state: 'due' as const, attempts: 0 };
    const aboutColleague = noticeRecord({ tenantId, recipientId: oldManager, notice: { event: 'help-needed', popId: 'pop-4', employeeId: colleague, goalId: 'g1', at: '2026-11-20T10:00:00.000Z' } });
    for (const r of [request, meetingDay, aboutColleague]) await cosmos.stores.reminders.create(r);

    change((users) => users.map((u) => (u.id === employee ? { ...u, managerId: newManager } : u)));
    await sync().syncTenant(tenantId);
    const waiting = async (who: string) => (await readAll((page) => cosmos.stores.reminders.listForRecipient(tenantId, who, page))).map((r) => [r.kind, r.subjectId, r.state]);
    expect(await waiting(oldManager)).toEqual(
      expect.arrayContaining([
        ['notice', request.subjectId, 'skipped'],
        ['meeting-day', meetingDay.subjectId, 'skipped'],
        ['notice', aboutColleague.subjectId, 'due'],
      ]),
    );
    expect(await waiting(newManager)).toEqual([['notice', request.subjectId, 'due']]);
    // A second run changes nothing more.
    await sync().syncTenant(tenantId);
    expect(await waiting(newManager)).toHaveLength(1);
  });

  it('keeps a leaver with their data, out of every team, and reachable by nobody', async () => {
    const { t, tenantId, change } = await tenant((t) => [user(t, 1), user(t, 2, { managerId: id(t, 1) })]);
    await sync().syncTenant(tenantId);
    change((users) => users.map((u) => (u.id === id(t, 2) ? { ...u, accountEnabled: false } : u)));
    const summary = await sync().syncTenant(tenantId);
    expect(summary.left).toBe(1);
    expect(await stored(tenantId, id(t, 2))).toMatchObject({ displayName: 'Medewerker 2', leftAt: NOW.toISOString() });
    expect((await cosmos.stores.people.listTeam(tenantId, id(t, 1))).items).toEqual([]);

    change((users) => users.filter((u) => u.id !== id(t, 2)));
    const removed = await sync().syncTenant(tenantId);
    expect(removed.left).toBe(0);
    expect((await stored(tenantId, id(t, 2)))?.leftAt).toBe(NOW.toISOString());
  });

  it("drops what was queued for a leaver's manager and gesprekspartner about them, the request too, and nothing about others", async () => {
    const { t, tenantId, change } = await tenant((t) => [user(t, 1), user(t, 2), user(t, 3, { managerId: id(t, 1) }), user(t, 4, { managerId: id(t, 1) })]);
    await sync().syncTenant(tenantId);
    const [manager, partner, leaver, colleague] = [id(t, 1), id(t, 2), id(t, 3), id(t, 4)];
    const before = await cosmos.stores.people.get(tenantId, leaver);
    if (!before) throw new Error('not synced');
    await cosmos.stores.people.replace({ ...before.value, gesprekspartnerId: partner }, before.etag);
    const proposals = { employee: { id: leaver, displayName: 'Medewerker 3', email: `medewerker3@t${t}.example` }, slots: [], widened: false, next: '2026-12-07T09:00:00.000Z', unreadableCalendars: [], timeZone: 'Europe/Amsterdam', durationMinutes: 60 };
    const request = noticeRecord({ tenantId, recipientId: partner, notice: { event: 'conversation-requested', requestId: 'r1', employeeId: leaver, managerId: partner, proposals, at: '2026-11-20T09:00:00.000Z' } });
    const helpNeeded = noticeRecord({ tenantId, recipientId: manager, notice: { event: 'help-needed', popId: 'pop-3', employeeId: leaver, goalId: 'g1', at: '2026-11-20T10:00:00.000Z' } });
    const aboutColleague = noticeRecord({ tenantId, recipientId: manager, notice: { event: 'help-needed', popId: 'pop-4', employeeId: colleague, goalId: 'g1', at: '2026-11-20T10:00:00.000Z' } });
    for (const r of [request, helpNeeded, aboutColleague]) await cosmos.stores.reminders.create(r);

    change((users) => users.map((u) => (u.id === leaver ? { ...u, accountEnabled: false } : u)));
    await sync().syncTenant(tenantId);

    const waiting = async (who: string) => (await readAll((page) => cosmos.stores.reminders.listForRecipient(tenantId, who, page))).map((r) => [r.subjectId, r.state, r.lastError]);
    expect(await waiting(partner)).toEqual([[request.subjectId, 'skipped', 'leaver']]);
    expect(await waiting(manager)).toEqual(expect.arrayContaining([[helpNeeded.subjectId, 'skipped', 'leaver'], [aboutColleague.subjectId, 'due', undefined]]));
  });

  it('takes only the users assigned to the app, directly or through nested groups, and HR through a group to its direct members', async () => {
    const { t, tenantId } = await tenant(
      (t) => [user(t, 1), user(t, 2, { managerId: id(t, 1) }), user(t, 3, { managerId: id(t, 1) }), user(t, 4), user(t, 5, { managerId: id(t, 4) })],
      {},
      { directoryScope: 'assigned' },
    );
    fixture = {
      tenants: fixture.tenants.map((x) =>
        x.tenantId === tenantId
          ? {
              ...x,
              groups: [
                { id: id(t, 900), displayName: 'Service', members: [id(t, 2), id(t, 901)] },
                { id: id(t, 901), displayName: 'Service-nieuw', members: [id(t, 3)] },
                { id: id(t, 902), displayName: 'HR', members: [id(t, 5)] },
              ],
              appRoleAssignments: [
                { id: `a-${t}-user`, principalId: id(t, 1), principalType: 'User', appRoleId: DEFAULT_ACCESS },
                { id: `a-${t}-group`, principalId: id(t, 900), principalType: 'Group', appRoleId: DEFAULT_ACCESS },
                { id: `a-${t}-hr`, principalId: id(t, 902), principalType: 'Group', appRoleId: HR_ROLE },
              ],
            }
          : x,
      ),
    };
    const summary = await sync().syncTenant(tenantId);
    const ids = (await cosmos.stores.people.listTenant(tenantId)).items.filter((p) => !p.leftAt).map((p) => p.id).sort();
    expect(ids).toEqual([id(t, 1), id(t, 2), id(t, 3), id(t, 5)]);
    expect(summary.lines.join('\n')).toContain('Medewerker 5: de leidinggevende in de directory hoort niet bij de mensen die Koers gebruiken');
    const roles = await cosmos.stores.roleAssignments.listForPrincipal(tenantId, id(t, 5));
    expect(roles).toEqual([{ id: `a-${t}-hr|${id(t, 5)}`, tenantId, principalId: id(t, 5), appRoleId: HR_ROLE, viaGroupId: id(t, 902) }]);

    // Leaving the nested group, joining the assigned one: neither user changed, so only the assignments tell.
    fixture = {
      tenants: fixture.tenants.map((x) =>
        x.tenantId === tenantId
          ? { ...x, groups: (x.groups ?? []).map((g) => (g.id === id(t, 901) ? { ...g, members: [] } : g.id === id(t, 900) ? { ...g, members: [...g.members, id(t, 4)] } : g)) }
          : x,
      ),
    };
    const later = await sync().syncTenant(tenantId);
    expect(later).toMatchObject({ added: 1, left: 1 });
    expect((await stored(tenantId, id(t, 3)))?.leftAt).toBe(NOW.toISOString());
    expect(await stored(tenantId, id(t, 4))).toMatchObject({ displayName: 'Medewerker 4', hasMailbox: true });
  });

  it("re-reads everyone's mailbox settings at night, which the delta does not report", async () => {
    const { t, tenantId, change } = await tenant((t) => [user(t, 1), user(t, 2, { managerId: id(t, 1) })]);
    await sync().syncTenant(tenantId);
    change((users) =>
      users.map((u) =>
        u.id === id(t, 2)
          ? { ...u, mailboxSettings: { timeZone: 'Romance Standard Time', workingHours: { daysOfWeek: ['monday', 'tuesday', 'thursday'], startTime: '09:00:00.0000000', endTime: '15:00:00.0000000' } } }
          : u,
      ),
    );
    expect(await sync().syncTenant(tenantId)).toMatchObject({ updated: 0, mailboxesRead: 0 });
    expect((await stored(tenantId, id(t, 2)))?.workingHours.days).toEqual([1, 2, 3, 4, 5]);

    const nightly = await sync().syncTenant(tenantId, { mailboxes: 'all' });
    expect(nightly.mailboxesRead).toBe(2);
    expect(await stored(tenantId, id(t, 2))).toMatchObject({ timeZone: 'Europe/Brussels', workingHours: { days: [1, 2, 4], start: '09:00', end: '15:00' } });
  });

  it('reads the whole directory again when Graph has forgotten the delta link, and finds who is gone', async () => {
    const { t, tenantId, change } = await tenant((t) => [user(t, 1), user(t, 2)]);
    await sync().syncTenant(tenantId);
    standIn.forgetDeltaTokens();
    change((users) => users.filter((u) => u.id !== id(t, 2)));
    const summary = await sync().syncTenant(tenantId);
    expect(summary).toMatchObject({ full: true, left: 1, unchanged: 1 });
    expect((await stored(tenantId, id(t, 2)))?.leftAt).toBe(NOW.toISOString());

    // A link of another Graph (the local one restarted on another port) is never followed.
    const state = await cosmos.stores.directorySync.get(tenantId);
    if (!state) throw new Error('no sync state');
    await cosmos.stores.directorySync.replace({ ...state.value, usersDeltaLink: 'https://127.0.0.1:9/v1.0/users/delta?$deltatoken=elders' }, state.etag);
    expect(await sync().syncTenant(tenantId)).toMatchObject({ full: true, unchanged: 1, left: 0 });
  });

  it('reports a manager cycle, a user without mail and an unknown language line by line, and skips nobody else', async () => {
    const { t, tenantId } = await tenant((t) => [
      user(t, 1, { displayName: 'Anna', managerId: id(t, 2) }),
      user(t, 2, { displayName: 'Bert', managerId: id(t, 1) }),
      user(t, 3, { displayName: 'Chris', mail: null, userPrincipalName: 'chris@t.example', mailboxSettings: null }),
      user(t, 4, { displayName: 'Dirk', preferredLanguage: 'fr-FR', mailboxSettings: null }),
      user(t, 5, { displayName: 'Eva', managerId: id(t, 1) }),
      user(t, 6, { displayName: 'Gast van buiten', userType: 'Guest' }),
      user(t, 7, { displayName: 'Fien', mail: 'geen adres' }),
    ]);
    let summary: DirectorySyncSummary | undefined;
    await expect((async () => (summary = await sync().syncTenant(tenantId)))()).resolves.toBeDefined();
    const lines = summary?.lines ?? [];
    expect(lines).toEqual(
      expect.arrayContaining([
        'Bert: leidinggevenden vormen een kring (Bert → Anna → Bert); de leidinggevende van Bert is niet overgenomen.',
        'Chris: geen e-mailadres in de directory; de aanmeldnaam chris@t.example wordt gebruikt.',
        'Dirk: taal "fr-FR" kent Koers niet; nl-NL wordt gebruikt.',
        'Fien: het veld email in de directory kan Koers niet gebruiken; niet overgenomen.',
      ]),
    );
    expect(await stored(tenantId, id(t, 6))).toBeUndefined();
    expect(summary).toMatchObject({ added: 5, withoutMailbox: 2 });
    expect(await stored(tenantId, id(t, 3))).toMatchObject({ email: 'chris@t.example', hasMailbox: false });
    expect((await stored(tenantId, id(t, 5)))?.managerId).toBe(id(t, 1));
    expect((await stored(tenantId, id(t, 2)))?.managerId).toBeUndefined();
  });

  it("writes every Koers role given or taken away in Entra ID into the works council's change log, once", async () => {
    const { t, tenantId } = await tenant((t) => [user(t, 1), user(t, 2)]);
    const roles = (assignments: DirectoryFixture['tenants'][number]['appRoleAssignments']) => {
      fixture = { tenants: fixture.tenants.map((x) => (x.tenantId === tenantId ? { ...x, appRoleAssignments: assignments } : x)) };
    };
    const recordChange = createChangeRecorder({ stores: cosmos.stores, clock });
    const logged = createDirectorySync({ stores: cosmos.stores, directory: directory(), clock, recordChange });
    const lines = async () => (await cosmos.stores.changeLog.list(tenantId)).items.map((e) => [e.kind, e.subjectId, e.details.role]).sort();

    roles([{ id: `hr-${t}`, principalId: id(t, 2), principalType: 'User', appRoleId: HR_ROLE }]);
    await logged.syncTenant(tenantId);
    await logged.syncTenant(tenantId);
    expect(await lines()).toEqual([['role-granted', id(t, 2), 'Koers.HR']]);

    roles([]);
    await logged.syncTenant(tenantId);
    expect(await lines()).toEqual([
      ['role-granted', id(t, 2), 'Koers.HR'],
      ['role-revoked', id(t, 2), 'Koers.HR'],
    ]);
  });
});
