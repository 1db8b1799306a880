import {
  AUTOMATIC_SHARES_ID,
  approvePop,
  Catalogue,
  CATALOGUE_CHUNK_ITEMS,
  ConcurrencyError,
  ConflictError,
  createIfAbsent,
  type DirectorySyncState,
  currentVersion,
  InvalidContinuationTokenError,
  copyTemplate,
  KOERS_STANDAARD,
  KOERS_STANDAARD_REF,
  NotFoundError,
  popStatus,
  reviseEntry,
  revisePop,
  setAutomaticVisibility,
  type DispatchStore,
  type AccessLogEntry,
  type OrganisationSettings,
  exemptionId,
  Round,
  type PersonProgress,
  personProgressId,
  type ProgressCell,
  type RoundExemption,
  type Stores,
} from '@koers/domain';
import {
  allPages,
  bundle,
  calendarEvent,
  canvas,
  conversation,
  ENTRY_NOW,
  entry,
  entryId,
  guid,
  lease,
  MANAGER_ID,
  newTenant,
  person,
  pop,
  roleAssignment,
  preparation,
  reminder,
  schedule,
  TRAINING,
  withCard,
} from './storeFixtures';
import { describeFunctionLinkStore } from './functionLinkConformance';
import { describeInsightStores } from './insightStoreConformance';

/**
 * What every adapter of the store ports promises, as one jest suite: the Cosmos repositories
 * (against the embedded server) and the in-memory stores run the same cases, so a use-case test
 * on the in-memory ones holds for production. Where the embedded server differs from Azure, the
 * cases assert what Azure and the repository code guarantee. Uses jest's globals; import it from
 * test files only.
 */
export interface StoreHarness {
  stores: Stores;
  dispatch: DispatchStore;
  close(): Promise<void>;
}

export function describeStoreConformance(name: string, open: () => Promise<StoreHarness>): void {
  describe(name, () => {
    let harness: StoreHarness | undefined;
    beforeAll(async () => {
      harness = await open();
    });
    afterAll(async () => {
      await harness?.close();
    });
    const stores = (): Stores => {
      if (!harness) throw new Error('the store harness did not open');
      return harness.stores;
    };
    const dispatch = (): DispatchStore => {
      if (!harness) throw new Error('the store harness did not open');
      return harness.dispatch;
    };

    describeOrganisations(stores);
    describePeople(stores);
    describePaging(stores);
    describeConversations(stores);
    describeRecordIds(stores);
    describeCanvases(stores);
    describePops(stores);
    describeReminders(stores);
    describeConversationReferences(stores);
    describeCalendarEvents(stores);
    describePreparations(stores);
    describePortfolio(stores);
    describeRoleAssignments(stores);
    describeDirectorySync(stores);
    describeCatalogue(stores);
    describeTemplates(stores);
    describeDispatch(dispatch);
    describePersonalDataLists(stores, dispatch);
    describeAccessLog(stores);
    describeRounds(stores);
    describeRoundProgress(stores);
    describeInsightStores(stores);
    describeFunctionLinkStore(stores);
  });
}

type Open<T> = () => T;

function describeRecordIds(stores: Open<Stores>): void {
  describe('ids unique in the tenant across employees', () => {
    const [a, b] = [newTenant(), newTenant()];
    const [LINDA_KEES, FATIMA] = [guid(21), guid(22)];

    it("gives a conversation's own canvas its id, and refuses that id to another employee's conversation or canvas", async () => {
      await stores().conversations.create(conversation(a, LINDA_KEES, 'meeting-1'));
      await stores().canvases.create(canvas(a, LINDA_KEES, 'meeting-1'));

      await expect(stores().conversations.create(conversation(a, FATIMA, 'meeting-1'))).rejects.toBeInstanceOf(ConflictError);
      await expect(stores().canvases.create(canvas(a, FATIMA, 'meeting-1'))).rejects.toBeInstanceOf(ConflictError);
      expect((await stores().conversations.findById(a, 'meeting-1'))?.value.employeeId).toBe(LINDA_KEES);
      await expect(stores().canvases.get(a, FATIMA, 'meeting-1')).resolves.toBeUndefined();
    });

    it('keeps the id of a canvas made from a Teams meeting for its employee, even before a conversation is booked', async () => {
      await stores().canvases.create(canvas(a, LINDA_KEES, 'meeting-2'));

      await expect(stores().conversations.create(conversation(a, FATIMA, 'meeting-2'))).rejects.toBeInstanceOf(ConflictError);
      await expect(stores().conversations.create(conversation(a, LINDA_KEES, 'meeting-2'))).resolves.toBeDefined();
    });

    it("refuses a plan's or a portfolio entry's id to a second employee", async () => {
      await stores().pops.create(pop(a, LINDA_KEES, 'plan-1', '2026-03-01T09:00:00.000Z'));
      await stores().portfolio.create(entry(a, LINDA_KEES, 901));

      await expect(stores().pops.create(pop(a, FATIMA, 'plan-1', '2026-03-01T09:00:00.000Z'))).rejects.toBeInstanceOf(ConflictError);
      await expect(stores().portfolio.create(entry(a, FATIMA, 901))).rejects.toBeInstanceOf(ConflictError);
      expect((await stores().pops.findById(a, 'plan-1'))?.value.employeeId).toBe(LINDA_KEES);
    });

    it('leaves the same id free in another tenant and in another kind of record', async () => {
      await stores().conversations.create(conversation(a, LINDA_KEES, 'shared-1'));

      await expect(stores().conversations.create(conversation(b, FATIMA, 'shared-1'))).resolves.toBeDefined();
      await expect(stores().pops.create(pop(a, FATIMA, 'shared-1', '2026-03-01T09:00:00.000Z'))).resolves.toBeDefined();
    });

    it('still refuses a duplicate in the same partition', async () => {
      await stores().pops.create(pop(a, FATIMA, 'plan-2', '2026-03-01T09:00:00.000Z'));

      await expect(stores().pops.create(pop(a, FATIMA, 'plan-2', '2026-03-01T09:00:00.000Z'))).rejects.toBeInstanceOf(ConflictError);
    });
  });
}

function describeOrganisations(stores: Open<Stores>): void {
  const organisation = (tenantId: string, name: string): OrganisationSettings => ({
    id: tenantId,
    tenantId,
    name,
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
    leadTimeDays: 14,
    conversationMinutes: 60,
    checkInCadenceDays: 30,
    holidaySettings: { country: 'NL', agreementDays: ['goede-vrijdag'], closingPeriods: [{ from: '2027-07-19', to: '2027-08-06', name: 'Bouwvak' }] },
  });

  describe('the organisation store', () => {
    it('keeps one settings document per tenant and lists the tenant ids in order', async () => {
      const [a, b] = [newTenant(), newTenant()];
      await stores().organisations.create(organisation(b, 'B BV'));
      await stores().organisations.create(organisation(a, 'A B.V.'));

      expect((await stores().organisations.get(a))?.value.name).toBe('A B.V.');
      expect((await stores().organisations.get(b))?.value.name).toBe('B BV');
      const ids = await stores().organisations.listTenantIds();
      expect(ids).toEqual([...ids].sort());
      expect(ids.filter((id) => id === a || id === b)).toEqual([a, b]);
    });

    it('returns undefined for a tenant without settings', async () => {
      await expect(stores().organisations.get(newTenant())).resolves.toBeUndefined();
    });

    it('refuses to create the settings of a tenant twice', async () => {
      const tenant = newTenant();
      await stores().organisations.create(organisation(tenant, 'Eerste'));

      await expect(stores().organisations.create(organisation(tenant, 'Nog eens'))).rejects.toBeInstanceOf(ConflictError);
      expect((await stores().organisations.get(tenant))?.value.name).toBe('Eerste');
    });

    it('fills in defaults the caller left out', async () => {
      const { leadTimeDays: _l, conversationMinutes: _c, checkInCadenceDays: _k, holidaySettings: _h, ...bare } = organisation(newTenant(), 'Kaal');
      const created = await stores().organisations.create(bare as OrganisationSettings);

      expect(created.value).toMatchObject({ leadTimeDays: 14, conversationMinutes: 60, checkInCadenceDays: 30 });
      expect(created.value.holidaySettings).toBeUndefined();
    });

    it('refuses settings whose id is not the tenant id', async () => {
      const tenant = newTenant();
      await expect(stores().organisations.create({ ...organisation(tenant, 'Fout'), id: newTenant() })).rejects.toThrow(/must equal its tenantId/);
      await expect(stores().organisations.get(tenant)).resolves.toBeUndefined();
    });

    it('refuses a stale settings change and keeps the stored one', async () => {
      const tenant = newTenant();
      const created = await stores().organisations.create(organisation(tenant, 'Org'));
      const changed = await stores().organisations.replace({ ...created.value, leadTimeDays: 10 }, created.etag);

      expect(changed.etag).not.toBe(created.etag);
      await expect(stores().organisations.replace({ ...created.value, leadTimeDays: 21 }, created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await stores().organisations.get(tenant))?.value.leadTimeDays).toBe(10);
    });
  });
}

function describePeople(stores: Open<Stores>): void {
  describe('the person store', () => {
    const tenant = newTenant();

    it('reads back what it created, without adapter properties, with the etag of the write', async () => {
      const created = await stores().people.create(person(tenant, 100, { jobTitle: 'Monteur' }));
      const read = await stores().people.get(tenant, guid(100));

      expect(read?.value).toEqual(person(tenant, 100, { jobTitle: 'Monteur' }));
      expect(created.value).toEqual(read?.value);
      expect(read?.etag).toBe(created.etag);
      expect(Object.keys(read?.value ?? {}).sort()).toEqual(Object.keys(person(tenant, 100, { jobTitle: 'Monteur' })).sort());
    });

    it('keeps what it stored when a caller changes the objects it passed in or got back', async () => {
      const input = person(tenant, 109);
      const created = await stores().people.create(input);
      input.displayName = 'Via de invoer';
      created.value.displayName = 'Via het resultaat';
      created.value.workingHours.days.push(6);
      const read = await stores().people.get(tenant, guid(109));
      if (read) read.value.displayName = 'Via een lezing';

      expect((await stores().people.get(tenant, guid(109)))?.value).toEqual(person(tenant, 109));
    });

    it('returns undefined for a person that does not exist', async () => {
      await expect(stores().people.get(tenant, guid(999))).resolves.toBeUndefined();
    });

    it('replaces with the current etag and hands out a new one', async () => {
      const created = await stores().people.create(person(tenant, 101));
      const replaced = await stores().people.replace({ ...created.value, jobTitle: 'Planner' }, created.etag);

      expect(replaced.etag).not.toBe(created.etag);
      expect(replaced.value.jobTitle).toBe('Planner');
      expect((await stores().people.get(tenant, guid(101)))?.etag).toBe(replaced.etag);
    });

    it('refuses a replace with a stale etag and leaves the stored person unchanged', async () => {
      const created = await stores().people.create(person(tenant, 102));
      await stores().people.replace({ ...created.value, jobTitle: 'Eerste wijziging' }, created.etag);

      await expect(stores().people.replace({ ...created.value, jobTitle: 'Verouderde wijziging' }, created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await stores().people.get(tenant, guid(102)))?.value.jobTitle).toBe('Eerste wijziging');
    });

    it("refuses a replace with another document's etag", async () => {
      const one = await stores().people.create(person(tenant, 110));
      const other = await stores().people.create(person(tenant, 111));

      await expect(stores().people.replace({ ...one.value, jobTitle: 'Verkeerd' }, other.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    });

    it('reports a replace of a person that does not exist as not found', async () => {
      await expect(stores().people.replace(person(tenant, 103), '"whatever"')).rejects.toBeInstanceOf(NotFoundError);
      await expect(stores().people.get(tenant, guid(103))).resolves.toBeUndefined();
    });

    it('refuses to create a person whose id already exists, so createIfAbsent creates once', async () => {
      await stores().people.create(person(tenant, 104));
      const duplicate = stores().people.create(person(tenant, 104, { displayName: 'Iemand anders', email: 'ander@example.com' }));

      await expect(duplicate).rejects.toBeInstanceOf(ConflictError);
      await expect(createIfAbsent(() => stores().people.create(person(tenant, 104)))).resolves.toBe(false);
      await expect(createIfAbsent(() => stores().people.create(person(tenant, 112)))).resolves.toBe(true);
      expect((await stores().people.get(tenant, guid(104)))?.value.displayName).toBe('Persoon 104');
    });

    it('refuses a second person with the same email in one tenant, whatever its case', async () => {
      await stores().people.create(person(tenant, 105, { email: 'dubbel@example.com' }));

      await expect(stores().people.create(person(tenant, 106, { email: 'Dubbel@Example.com' }))).rejects.toBeInstanceOf(ConflictError);
      await expect(stores().people.get(tenant, guid(106))).resolves.toBeUndefined();
    });

    it("refuses to change a person's email to one another person in the tenant has", async () => {
      await stores().people.create(person(tenant, 113, { email: 'bezet@example.com' }));
      const other = await stores().people.create(person(tenant, 114, { email: 'vrij@example.com' }));

      await expect(stores().people.replace({ ...other.value, email: 'BEZET@example.com' }, other.etag)).rejects.toBeInstanceOf(ConflictError);
      expect((await stores().people.get(tenant, guid(114)))?.value.email).toBe('vrij@example.com');
    });

    it('finds a person by email regardless of case and surrounding spaces', async () => {
      const created = await stores().people.create(person(tenant, 107, { email: 'Sanne.Bakker@Example.com' }));

      const found = await stores().people.findByEmail(tenant, '  sanne.bakker@example.COM ');

      expect(found?.value.id).toBe(guid(107));
      expect(found?.value.email).toBe('Sanne.Bakker@Example.com');
      expect(found?.etag).toBe(created.etag);
      await expect(stores().people.findByEmail(tenant, 'niemand@example.com')).resolves.toBeUndefined();
    });

    it('rejects an invalid person before anything is stored', async () => {
      const invalid = { ...person(tenant, 108), email: 'geen e-mail' };

      await expect(stores().people.create(invalid)).rejects.toThrow();
      await expect(stores().people.get(tenant, guid(108))).resolves.toBeUndefined();
    });
  });

  describe('listing people', () => {
    const tenant = newTenant();
    const OTHER_MANAGER = guid(2);

    beforeAll(async () => {
      // Names chosen so code-point order would be wrong: lower-case and accented names.
      const names = ['Zoë Smit', 'émile Bos', 'Anna de Vries', 'de Wit, Linda', 'Bram Claes', 'Emma Maes', 'Ahmed Yilmaz'];
      for (const [i, displayName] of names.entries()) await stores().people.create(person(tenant, 200 + i, { displayName }));
      await stores().people.create(person(tenant, 300, { displayName: 'Andere Manager-Medewerker', managerId: OTHER_MANAGER }));
    });

    it('lists the reports of a manager in alphabetical order, ignoring case and accents', async () => {
      const page = await stores().people.listReports(tenant, MANAGER_ID, { maxItems: 50 });

      expect(page.items.map((p) => p.displayName)).toEqual(['Ahmed Yilmaz', 'Anna de Vries', 'Bram Claes', 'de Wit, Linda', 'émile Bos', 'Emma Maes', 'Zoë Smit']);
      expect(page.continuationToken).toBeUndefined();
    });

    it('pages seven reports by three as 3 + 3 + 1 without duplicates or gaps', async () => {
      const pages = await allPages((continuationToken) => stores().people.listReports(tenant, MANAGER_ID, { maxItems: 3, ...(continuationToken ? { continuationToken } : {}) }));

      expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
      expect(pages.flat().map((p) => p.id)).toEqual((await stores().people.listReports(tenant, MANAGER_ID)).items.map((p) => p.id));
    });

    it('lists the whole tenant, including people with another manager, in the same order', async () => {
      const page = await stores().people.listTenant(tenant);

      expect(page.items).toHaveLength(8);
      expect(page.items.map((p) => p.displayName)).toEqual([
        'Ahmed Yilmaz',
        'Andere Manager-Medewerker',
        'Anna de Vries',
        'Bram Claes',
        'de Wit, Linda',
        'émile Bos',
        'Emma Maes',
        'Zoë Smit',
      ]);
    });

    it("lists a leader's team: direct reports and those who have them as gesprekspartner, by name", async () => {
      const team = newTenant();
      const LEADER = guid(40);
      await stores().people.create(person(team, 41, { displayName: 'Zoë Rapporteert', managerId: LEADER }));
      await stores().people.create(person(team, 42, { displayName: 'Bram Gesprekspartner', managerId: OTHER_MANAGER, gesprekspartnerId: LEADER }));
      await stores().people.create(person(team, 43, { displayName: 'Anna Elders', managerId: OTHER_MANAGER }));

      const page = await stores().people.listTeam(team, LEADER);
      expect(page.items.map((p) => p.displayName)).toEqual(['Bram Gesprekspartner', 'Zoë Rapporteert']);
      expect(page.items[0]?.gesprekspartnerId).toBe(LEADER);
      await expect(stores().people.listTeam(team, guid(44), { maxItems: 1 })).resolves.toEqual({ items: [] });
      await expect(stores().people.listTeam(newTenant(), LEADER)).resolves.toEqual({ items: [] });
    });

    it('leaves people who left the organisation out of a team and of the reports', async () => {
      const team = newTenant();
      const LEADER = guid(50);
      await stores().people.create(person(team, 51, { displayName: 'Bas Blijft', managerId: LEADER }));
      await stores().people.create(person(team, 52, { displayName: 'Vera Vertrokken', managerId: LEADER, leftAt: '2026-11-30T17:00:00.000Z' }));

      expect((await stores().people.listTeam(team, LEADER)).items.map((p) => p.displayName)).toEqual(['Bas Blijft']);
      expect((await stores().people.listReports(team, LEADER)).items.map((p) => p.displayName)).toEqual(['Bas Blijft']);
      expect((await stores().people.get(team, guid(52)))?.value.leftAt).toBe('2026-11-30T17:00:00.000Z');
    });

    it('lists nobody for a manager without reports', async () => {
      await expect(stores().people.listReports(tenant, guid(3))).resolves.toEqual({ items: [] });
    });
  });

  describe('tenant isolation of people', () => {
    const [a, b] = [newTenant(), newTenant()];

    beforeAll(async () => {
      // The same oid and email in two tenants (guest accounts do exist), different names.
      await stores().people.create(person(a, 400, { displayName: 'Van A', email: 'zelfde@shared.example' }));
      await stores().people.create(person(b, 400, { displayName: 'Van B', email: 'zelfde@shared.example' }));
      await stores().people.create(person(b, 401, { displayName: 'Alleen B', email: 'alleen@b.example' }));
    });

    it('never returns a person of another tenant by id', async () => {
      expect((await stores().people.get(a, guid(400)))?.value.displayName).toBe('Van A');
      expect((await stores().people.get(b, guid(400)))?.value.displayName).toBe('Van B');
      await expect(stores().people.get(a, guid(401))).resolves.toBeUndefined();
    });

    it('never finds a person of another tenant by email', async () => {
      expect((await stores().people.findByEmail(a, 'zelfde@shared.example'))?.value.displayName).toBe('Van A');
      await expect(stores().people.findByEmail(a, 'alleen@b.example')).resolves.toBeUndefined();
    });

    it('never lists people of another tenant', async () => {
      const all = await stores().people.listTenant(a, { maxItems: 500 });
      const reports = await stores().people.listReports(a, MANAGER_ID, { maxItems: 500 });

      expect(all.items.map((p) => p.displayName)).toEqual(['Van A']);
      expect(reports.items.map((p) => p.displayName)).toEqual(['Van A']);
    });

    it('cannot replace a person of another tenant by sending its id with the own tenant', async () => {
      const theirs = await stores().people.get(b, guid(401));
      if (!theirs) throw new Error('fixture missing');

      await expect(stores().people.replace({ ...theirs.value, tenantId: a }, theirs.etag)).rejects.toBeInstanceOf(NotFoundError);
      expect((await stores().people.get(b, guid(401)))?.value.tenantId).toBe(b);
      await expect(stores().people.get(a, guid(401))).resolves.toBeUndefined();
    });
  });
}

/** The token contract of PageRequest, on the person lists (every paged list shares one implementation per adapter). */
function describePaging(stores: Open<Stores>): void {
  describe('paging', () => {
    const [tenant, other] = [newTenant(), newTenant()];

    beforeAll(async () => {
      for (let i = 0; i < 5; i++) await stores().people.create(person(tenant, 500 + i));
      await stores().people.create(person(tenant, 510, { managerId: guid(2) }));
      for (let i = 0; i < 3; i++) await stores().people.create(person(other, 500 + i));
    });

    it('never returns more than maxItems, and a token only while more items follow', async () => {
      const first = await stores().people.listTenant(tenant, { maxItems: 2 });
      const whole = await stores().people.listTenant(tenant, { maxItems: 6 });
      const more = await stores().people.listTenant(tenant, { maxItems: 100 });

      expect(first.items).toHaveLength(2);
      expect(first.continuationToken).toEqual(expect.any(String));
      expect(whole.items).toHaveLength(6);
      expect(more.items).toHaveLength(6);
      expect(more.continuationToken).toBeUndefined();
    });

    it('walks every item exactly once, in the order of the whole list', async () => {
      const pages = await allPages((continuationToken) => stores().people.listTenant(tenant, { maxItems: 4, ...(continuationToken ? { continuationToken } : {}) }));

      expect(pages.map((p) => p.length)).toEqual([4, 2]);
      expect(pages.flat().map((p) => p.id)).toEqual((await stores().people.listTenant(tenant)).items.map((p) => p.id));
    });

    it('continues from a token with another page size', async () => {
      const first = await stores().people.listTenant(tenant, { maxItems: 1 });
      const rest = await stores().people.listTenant(tenant, { maxItems: 10, continuationToken: first.continuationToken ?? '' });

      expect([...first.items, ...rest.items].map((p) => p.id)).toEqual((await stores().people.listTenant(tenant)).items.map((p) => p.id));
    });

    it('turns a garbage continuation token into a clear error instead of restarting the list', async () => {
      for (const garbage of ['niet-een-token', 'eyJmIjoiYSIsInQiOiJiIn0', '%%%']) {
        await expect(stores().people.listTenant(tenant, { maxItems: 2, continuationToken: garbage })).rejects.toBeInstanceOf(InvalidContinuationTokenError);
      }
    });

    it('refuses a continuation token of another list', async () => {
      const first = await stores().people.listTenant(tenant, { maxItems: 1 });

      await expect(stores().people.listReports(tenant, MANAGER_ID, { maxItems: 1, continuationToken: first.continuationToken ?? '' })).rejects.toBeInstanceOf(
        InvalidContinuationTokenError,
      );
    });

    it("refuses a continuation token of the same list of another manager or another tenant", async () => {
      const first = await stores().people.listReports(tenant, MANAGER_ID, { maxItems: 1 });
      const token = first.continuationToken ?? '';

      await expect(stores().people.listReports(tenant, guid(2), { maxItems: 1, continuationToken: token })).rejects.toBeInstanceOf(InvalidContinuationTokenError);
      await expect(stores().people.listReports(other, MANAGER_ID, { maxItems: 1, continuationToken: token })).rejects.toBeInstanceOf(InvalidContinuationTokenError);
    });
  });
}

function describeConversations(stores: Open<Stores>): void {
  describe('the conversation store', () => {
    const [a, b] = [newTenant(), newTenant()];
    const SANNE = guid(11);
    const KEES = guid(12);
    const DAAN = guid(13);
    const who = (employeeId: string) => (employeeId === SANNE ? 'sanne' : employeeId === KEES ? 'kees' : 'daan');

    beforeAll(async () => {
      const { conversations } = stores();
      // Sanne: one held, one planned, one concept (no start yet: sorted by createdAt).
      await conversations.create(conversation(a, SANNE, 'g-1', { status: 'gehouden', start: '2025-11-03T09:00:00.000Z', end: '2025-11-03T10:00:00.000Z' }));
      await conversations.create(conversation(a, SANNE, 'g-2', { status: 'gepland', start: '2026-03-02T09:00:00+01:00', end: '2026-03-02T10:00:00+01:00' }));
      await conversations.create(conversation(a, SANNE, 'g-3', { createdAt: '2026-02-01T12:00:00.000Z', updatedAt: '2026-02-01T12:00:00.000Z' }));
      // Kees and Daan, same manager; Daan has an offset time that sorts correctly only in UTC.
      await conversations.create(conversation(a, KEES, 'g-7', { status: 'gepland', start: '2026-03-02T08:30:00.000Z' }));
      await conversations.create(conversation(a, KEES, 'g-4', { status: 'gehouden', start: '2025-06-01T08:00:00.000Z' }));
      await conversations.create(conversation(a, DAAN, 'g-5', { status: 'gepland', start: '2026-03-02T09:15:00+01:00' }));
      await conversations.create(conversation(a, DAAN, 'g-6', { managerId: guid(99), status: 'gepland', start: '2026-04-01T08:00:00.000Z' }));
      // Tenant b: the same employee ids and conversation ids, on purpose.
      await conversations.create(conversation(b, SANNE, 'g-1', { status: 'gepland', start: '2026-05-01T08:00:00.000Z' }));
      await conversations.create(conversation(b, KEES, 'g-9', { status: 'gepland', start: '2026-05-02T08:00:00.000Z' }));
    });

    it('reads one conversation by tenant, employee and id, without adapter properties', async () => {
      const read = await stores().conversations.get(a, SANNE, 'g-2');

      expect(read?.value).toEqual(conversation(a, SANNE, 'g-2', { status: 'gepland', start: '2026-03-02T09:00:00+01:00', end: '2026-03-02T10:00:00+01:00' }));
    });

    it("refuses an id another employee of the tenant holds, and keeps that employee's conversation as it was", async () => {
      const before = await stores().conversations.get(a, SANNE, 'g-1');

      await expect(stores().conversations.create(conversation(a, KEES, 'g-1'))).rejects.toBeInstanceOf(ConflictError);
      await expect(stores().conversations.get(a, KEES, 'g-1')).resolves.toBeUndefined();
      expect(await stores().conversations.findById(a, 'g-1')).toEqual(before);
    });

    it('finds a conversation by id alone, within the tenant only, with the etag of a point read', async () => {
      const found = await stores().conversations.findById(a, 'g-5');

      expect(found?.value.employeeId).toBe(DAAN);
      expect(found?.etag).toBe((await stores().conversations.get(a, DAAN, 'g-5'))?.etag);
      expect((await stores().conversations.findById(b, 'g-9'))?.value.tenantId).toBe(b);
      await expect(stores().conversations.findById(b, 'g-5')).resolves.toBeUndefined();
      await expect(stores().conversations.findById(a, 'g-9')).resolves.toBeUndefined();
    });

    it("lists an employee's conversations newest first, concepts by creation time", async () => {
      const page = await stores().conversations.listForEmployee(a, SANNE);

      expect(page.items.map((c) => c.id)).toEqual(['g-2', 'g-3', 'g-1']);
    });

    it("lists a manager's team conversations across employees, newest first in UTC", async () => {
      const page = await stores().conversations.listForManager(a, MANAGER_ID);

      // On 2 March: Kees 08:30Z, Daan 09:15+01:00 = 08:15Z, Sanne 09:00+01:00 = 08:00Z.
      expect(page.items.map((c) => `${who(c.employeeId)}:${c.id}`)).toEqual(['kees:g-7', 'daan:g-5', 'sanne:g-2', 'sanne:g-3', 'sanne:g-1', 'kees:g-4']);
    });

    it('pages a cross-partition manager list in order, without duplicates', async () => {
      const pages = await allPages((continuationToken) => stores().conversations.listForManager(a, MANAGER_ID, { maxItems: 4, ...(continuationToken ? { continuationToken } : {}) }));

      expect(pages.map((p) => p.length)).toEqual([4, 2]);
      expect(pages.flat().map((c) => `${who(c.employeeId)}:${c.id}`)).toEqual(['kees:g-7', 'daan:g-5', 'sanne:g-2', 'sanne:g-3', 'sanne:g-1', 'kees:g-4']);
    });

    it("pages an employee's conversations and refuses that token for another employee", async () => {
      const pages = await allPages((continuationToken) => stores().conversations.listForEmployee(a, SANNE, { maxItems: 2, ...(continuationToken ? { continuationToken } : {}) }));
      const first = await stores().conversations.listForEmployee(a, SANNE, { maxItems: 1 });

      expect(pages.flat().map((c) => c.id)).toEqual(['g-2', 'g-3', 'g-1']);
      await expect(stores().conversations.listForEmployee(a, KEES, { maxItems: 1, continuationToken: first.continuationToken ?? '' })).rejects.toBeInstanceOf(
        InvalidContinuationTokenError,
      );
    });

    it("refuses a continuation token of another tenant's list", async () => {
      const first = await stores().conversations.listForManager(a, MANAGER_ID, { maxItems: 1 });
      expect(first.continuationToken).toBeDefined();

      await expect(stores().conversations.listForManager(b, MANAGER_ID, { maxItems: 1, continuationToken: first.continuationToken ?? '' })).rejects.toBeInstanceOf(
        InvalidContinuationTokenError,
      );
    });

    it('never lists or reads conversations of another tenant', async () => {
      const mine = await stores().conversations.listForEmployee(a, SANNE);
      const team = await stores().conversations.listForManager(a, MANAGER_ID);
      const theirs = await stores().conversations.listForManager(b, MANAGER_ID);

      expect([...mine.items, ...team.items].every((c) => c.tenantId === a)).toBe(true);
      expect(theirs.items.map((c) => c.id)).toEqual(['g-9', 'g-1']);
      expect((await stores().conversations.get(b, SANNE, 'g-1'))?.value.start).toBe('2026-05-01T08:00:00.000Z');
      await expect(stores().conversations.get(b, KEES, 'g-4')).resolves.toBeUndefined();
    });

    it('refuses a stale replace and a duplicate create', async () => {
      const current = await stores().conversations.create(conversation(a, SANNE, 'g-10'));
      await stores().conversations.replace({ ...current.value, status: 'gepland', start: '2026-06-01T08:00:00.000Z' }, current.etag);

      await expect(stores().conversations.replace({ ...current.value, status: 'geannuleerd' }, current.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(stores().conversations.create(conversation(a, SANNE, 'g-10'))).rejects.toBeInstanceOf(ConflictError);
      expect((await stores().conversations.get(a, SANNE, 'g-10'))?.value.status).toBe('gepland');
    });

    it('cannot move a conversation to another employee by replacing it', async () => {
      const current = await stores().conversations.create(conversation(a, SANNE, 'g-11'));

      await expect(stores().conversations.replace({ ...current.value, employeeId: KEES }, current.etag)).rejects.toBeInstanceOf(NotFoundError);
      await expect(stores().conversations.get(a, KEES, 'g-11')).resolves.toBeUndefined();
    });
  });

  describe('finding the conversation of a Teams meeting', () => {
    const [a, b] = [newTenant(), newTenant()];
    const EMPLOYEE = guid(14);
    const BOOKED = '19:meeting_Z2VwbGFuZA@thread.v2';
    const STARTED = '19:meeting_c3BvbnRhYW4@thread.v2';
    const joinUrl = (thread: string) => `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0?context=%7b%7d`;

    beforeAll(async () => {
      const { conversations } = stores();
      await conversations.create(
        conversation(a, EMPLOYEE, 'geboekt', { status: 'gepland', start: '2026-03-02T09:00:00.000Z', meeting: { eventId: 'e-1', joinUrl: joinUrl(BOOKED) } }),
      );
      // Two conversations started from one recurring meeting's chat: the newest answers.
      await conversations.create(conversation(a, EMPLOYEE, 'vanuit-meeting-oud', { teamsThreadId: STARTED, createdAt: '2026-01-05T09:00:00.000Z' }));
      await conversations.create(conversation(a, guid(15), 'vanuit-meeting-nieuw', { teamsThreadId: STARTED, createdAt: '2026-02-05T09:00:00.000Z' }));
      await conversations.create(conversation(b, EMPLOYEE, 'andere-tenant', { teamsThreadId: BOOKED }));
    });

    it("finds a booked conversation by the chat thread in its meeting's join URL", async () => {
      const found = await stores().conversations.findByMeetingThread(a, BOOKED);

      expect(found?.value.id).toBe('geboekt');
      expect(found?.etag).toBe((await stores().conversations.get(a, EMPLOYEE, 'geboekt'))?.etag);
    });

    it('finds a conversation started from a meeting by its thread, the newest first', async () => {
      expect((await stores().conversations.findByMeetingThread(a, STARTED))?.value.id).toBe('vanuit-meeting-nieuw');
    });

    it('never finds a conversation of another tenant, nor one of another thread', async () => {
      expect((await stores().conversations.findByMeetingThread(b, BOOKED))?.value.id).toBe('andere-tenant');
      await expect(stores().conversations.findByMeetingThread(b, STARTED)).resolves.toBeUndefined();
      await expect(stores().conversations.findByMeetingThread(a, '19:meeting_b250YmVrZW5k@thread.v2')).resolves.toBeUndefined();
    });

    it('follows a meeting that was booked again with another thread', async () => {
      const current = await stores().conversations.get(a, EMPLOYEE, 'geboekt');
      if (!current) throw new Error('fixture missing');
      const moved = '19:meeting_dmVyemV0@thread.v2';
      await stores().conversations.replace({ ...current.value, meeting: { eventId: 'e-2', joinUrl: joinUrl(moved) } }, current.etag);

      expect((await stores().conversations.findByMeetingThread(a, moved))?.value.id).toBe('geboekt');
      await expect(stores().conversations.findByMeetingThread(a, BOOKED)).resolves.toBeUndefined();
    });
  });
}

function describeCanvases(stores: Open<Stores>): void {
  describe('the canvas store', () => {
    const [a, b] = [newTenant(), newTenant()];
    const EMPLOYEE = guid(21);

    it('creates, reads and replaces a canvas, refusing a stale edit', async () => {
      const created = await stores().canvases.create(canvas(a, EMPLOYEE, 'gesprek-1'));
      const next = withCard(created.value, 'k1', 'Ik wil meer klantcontact');
      const edited = await stores().canvases.replace(next, created.etag);

      await expect(stores().canvases.replace({ ...created.value }, created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      const read = await stores().canvases.get(a, EMPLOYEE, 'gesprek-1');
      expect(read?.value.state).toEqual(next.state);
      expect(read?.etag).toBe(edited.etag);
    });

    it('refuses a second canvas for the same conversation', async () => {
      await stores().canvases.create(canvas(a, EMPLOYEE, 'gesprek-2'));

      await expect(stores().canvases.create(canvas(a, EMPLOYEE, 'gesprek-2'))).rejects.toBeInstanceOf(ConflictError);
    });

    it('patches one card on the condition of the etag, leaving the other cards as stored', async () => {
      const created = await stores().canvases.create(withCard(canvas(a, EMPLOYEE, 'gesprek-3'), 'k1', 'Zoals opgeslagen'));
      // The caller's copy has an older text for k1; only k2 is written.
      const callerCopy = withCard(withCard(canvas(a, EMPLOYEE, 'gesprek-3'), 'k1', 'Ouder'), 'k2', 'Planning');
      const patched = await stores().canvases.patch({ ...callerCopy, updatedAt: '2026-03-02T09:05:00.000Z' }, { cardIds: ['k2'], guidance: false }, created.etag);

      expect(patched.etag).not.toBe(created.etag);
      expect(Object.keys(patched.value.state.cards).sort()).toEqual(['k1', 'k2']);
      expect(patched.value.state.cards.k1).toEqual(created.value.state.cards.k1);
      expect(patched.value.state.cards.k2).toEqual(callerCopy.state.cards.k2);
      expect(patched.value.updatedAt).toBe('2026-03-02T09:05:00.000Z');
      expect(await stores().canvases.get(a, EMPLOYEE, 'gesprek-3')).toEqual(patched);
      await expect(stores().canvases.patch(callerCopy, { cardIds: ['k2'], guidance: false }, created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    });

    it('patches the guidance only when asked', async () => {
      const created = await stores().canvases.create(canvas(a, EMPLOYEE, 'gesprek-4'));
      const guidance = { ...created.value.guidance, phase: 'voorstellen' as const, version: 1 };
      const kept = await stores().canvases.patch({ ...created.value, guidance }, { cardIds: [], guidance: false }, created.etag);
      const changed = await stores().canvases.patch({ ...created.value, guidance }, { cardIds: [], guidance: true }, kept.etag);

      expect(kept.value.guidance).toEqual(created.value.guidance);
      expect(changed.value.guidance).toEqual(guidance);
    });

    it('reports a patch of a canvas that does not exist as not found', async () => {
      await expect(stores().canvases.patch(canvas(a, EMPLOYEE, 'gesprek-weg'), { cardIds: [], guidance: true }, '"whatever"')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('never reads the canvas of another tenant', async () => {
      await stores().canvases.create(canvas(b, EMPLOYEE, 'gesprek-b'));

      await expect(stores().canvases.get(a, EMPLOYEE, 'gesprek-b')).resolves.toBeUndefined();
      expect((await stores().canvases.get(b, EMPLOYEE, 'gesprek-b'))?.value.tenantId).toBe(b);
    });
  });
}

function describePops(stores: Open<Stores>): void {
  describe('the POP store', () => {
    const [a, b] = [newTenant(), newTenant()];
    const EMPLOYEE = guid(21);

    beforeAll(async () => {
      const months = ['01', '02', '03', '04', '05', '06', '07'];
      for (const [i, month] of months.entries()) await stores().pops.create(pop(a, EMPLOYEE, `pop-${i + 1}`, `2026-${month}-05T10:00:00.000Z`));
      await stores().pops.create(pop(b, EMPLOYEE, 'pop-1', '2027-01-01T10:00:00.000Z'));
    });

    it("lists an employee's POPs most recently changed first, in pages of 3 + 3 + 1", async () => {
      const pages = await allPages((continuationToken) => stores().pops.listForEmployee(a, EMPLOYEE, { maxItems: 3, ...(continuationToken ? { continuationToken } : {}) }));

      expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
      expect(pages.flat().map((p) => p.id)).toEqual(['pop-7', 'pop-6', 'pop-5', 'pop-4', 'pop-3', 'pop-2', 'pop-1']);
      expect(pages.flat().every((p) => p.tenantId === a)).toBe(true);
    });

    it('finds a plan by its id alone, across employees, never in another tenant', async () => {
      const other = guid(22);
      await stores().pops.create(pop(a, other, 'pop-elders', '2026-08-01T10:00:00.000Z'));

      const found = await stores().pops.findById(a, 'pop-elders');
      expect(found?.value.employeeId).toBe(other);
      expect(found?.etag).toBe((await stores().pops.get(a, other, 'pop-elders'))?.etag);
      expect((await stores().pops.findById(b, 'pop-1'))?.value.updatedAt).toBe('2027-01-01T10:00:00.000Z');
      await expect(stores().pops.findById(b, 'pop-elders')).resolves.toBeUndefined();
      await expect(stores().pops.findById(a, 'pop-bestaat-niet')).resolves.toBeUndefined();
    });

    it('refuses a stale revision after an approval, keeping the approved plan', async () => {
      const current = await stores().pops.get(a, EMPLOYEE, 'pop-1');
      if (!current) throw new Error('fixture missing');
      const { number, contentHash } = currentVersion(current.value);
      const later = '2026-06-02T10:00:00.000Z';
      const approvedByEmployee = approvePop(current.value, { version: number, contentHash, by: EMPLOYEE, now: later });
      await stores().pops.replace(approvePop(approvedByEmployee, { version: number, contentHash, by: MANAGER_ID, now: later }), current.etag);

      const edited = revisePop(current.value, { baseVersion: number, goals: [{ id: 'd1', title: 'Later', kind: 'verdiepen', route: 'opleiding' }], by: EMPLOYEE, now: later });
      await expect(stores().pops.replace(edited, current.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      const stored = (await stores().pops.get(a, EMPLOYEE, 'pop-1'))?.value;
      expect(stored && popStatus(stored)).toBe('goedgekeurd');
      expect(stored?.versions.map((v) => v.goals)).toEqual([[]]);
      expect((await stores().pops.get(b, EMPLOYEE, 'pop-1'))?.value.updatedAt).toBe('2027-01-01T10:00:00.000Z');
    });

    it('moves a changed plan to the front of the list', async () => {
      const current = await stores().pops.get(a, EMPLOYEE, 'pop-3');
      if (!current) throw new Error('fixture missing');
      await stores().pops.replace({ ...current.value, updatedAt: '2026-12-01T10:00:00+01:00' }, current.etag);

      expect((await stores().pops.listForEmployee(a, EMPLOYEE, { maxItems: 2 })).items.map((p) => p.id)).toEqual(['pop-3', 'pop-7']);
    });

    it('refuses a second plan with the same id for the same employee', async () => {
      await expect(stores().pops.create(pop(a, EMPLOYEE, 'pop-2', '2026-09-01T10:00:00.000Z'))).rejects.toBeInstanceOf(ConflictError);
    });
  });
}

function describeReminders(stores: Open<Stores>): void {
  describe('the reminder due index', () => {
    const [a, b] = [newTenant(), newTenant()];
    const DAY = '2026-03-02';

    beforeAll(async () => {
      const { reminders } = stores();
      await reminders.create(reminder(a, 'r-early', '2026-03-02T06:00:00.000Z'));
      await reminders.create(reminder(a, 'r-failed', '2026-03-02T07:00:00.000Z', { state: 'failed', attempts: 1 }));
      // 09:30 in Amsterdam is 08:30Z: due before a 09:00Z cut-off even though "09:30" > "09:00".
      await reminders.create(reminder(a, 'r-offset', '2026-03-02T09:30:00+01:00'));
      await reminders.create(reminder(a, 'r-later', '2026-03-02T15:00:00.000Z'));
      await reminders.create(reminder(a, 'r-sent', '2026-03-02T05:00:00.000Z', { state: 'sent', attempts: 1 }));
      await reminders.create(reminder(a, 'r-sending', '2026-03-02T05:30:00.000Z', { state: 'sending' }));
      await reminders.create(reminder(a, 'r-dead', '2026-03-02T05:45:00.000Z', { state: 'dead', attempts: 5 }));
      await reminders.create(reminder(a, 'r-yesterday', '2026-03-01T22:00:00.000Z'));
      // 00:30 on 3 March in Amsterdam is still 2 March in UTC: it belongs to the 2 March bucket.
      await reminders.create(reminder(a, 'r-late-night', '2026-03-03T00:30:00+01:00'));
      await reminders.create(reminder(b, 'r-early', '2026-03-02T06:00:00.000Z'));
      await reminders.create(reminder(b, 'r-other-tenant', '2026-03-02T06:30:00.000Z'));
    });

    it('lists due and failed reminders of one day up to the cut-off, oldest first', async () => {
      const page = await stores().reminders.listDue(a, DAY, '2026-03-02T09:00:00.000Z');

      expect(page.items.map((r) => r.id)).toEqual(['r-early', 'r-failed', 'r-offset']);
    });

    it('includes a reminder due exactly at the cut-off, also when the cut-off has an offset', async () => {
      const page = await stores().reminders.listDue(a, DAY, '2026-03-02T07:00:00.000Z');
      const offset = await stores().reminders.listDue(a, DAY, '2026-03-02T08:00:00+01:00');

      expect(page.items.map((r) => r.id)).toEqual(['r-early', 'r-failed']);
      expect(offset.items.map((r) => r.id)).toEqual(['r-early', 'r-failed']);
    });

    it('files a reminder under the UTC day of its due time', async () => {
      const page = await stores().reminders.listDue(a, DAY, '2026-03-03T00:00:00.000Z');
      const yesterday = await stores().reminders.listDue(a, '2026-03-01', '2026-03-03T00:00:00.000Z');

      expect(page.items.map((r) => r.id)).toEqual(['r-early', 'r-failed', 'r-offset', 'r-later', 'r-late-night']);
      expect(yesterday.items.map((r) => r.id)).toEqual(['r-yesterday']);
    });

    it('never lists reminders of another tenant', async () => {
      const theirs = await stores().reminders.listDue(b, DAY, '2026-03-03T00:00:00.000Z');

      expect(theirs.items.map((r) => r.id)).toEqual(['r-early', 'r-other-tenant']);
      expect(theirs.items.every((r) => r.tenantId === b)).toBe(true);
      await expect(stores().reminders.get(b, '2026-03-02T15:00:00.000Z', 'r-later')).resolves.toBeUndefined();
    });

    it('pages a day bucket without losing or repeating reminders', async () => {
      const pages = await allPages((continuationToken) => stores().reminders.listDue(a, DAY, '2026-03-03T00:00:00.000Z', { maxItems: 2, ...(continuationToken ? { continuationToken } : {}) }));

      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(pages.flat().map((r) => r.id)).toEqual(['r-early', 'r-failed', 'r-offset', 'r-later', 'r-late-night']);
    });

    it('refuses a token of another day bucket or another cut-off', async () => {
      const first = await stores().reminders.listDue(a, DAY, '2026-03-03T00:00:00.000Z', { maxItems: 1 });
      const token = first.continuationToken ?? '';

      await expect(stores().reminders.listDue(a, '2026-03-01', '2026-03-03T00:00:00.000Z', { continuationToken: token })).rejects.toBeInstanceOf(InvalidContinuationTokenError);
      await expect(stores().reminders.listDue(a, DAY, '2026-03-02T12:00:00.000Z', { continuationToken: token })).rejects.toBeInstanceOf(InvalidContinuationTokenError);
      await expect(stores().reminders.listReady(a, DAY, '2026-03-03T00:00:00.000Z', { continuationToken: token })).rejects.toBeInstanceOf(InvalidContinuationTokenError);
    });

    it('reads a reminder back by any time of its due day, and claims it only once', async () => {
      const due = await stores().reminders.get(a, '2026-03-02T15:00:00.000Z', 'r-later');
      if (!due) throw new Error('fixture missing');

      expect((await stores().reminders.get(a, '2026-03-02T00:00:00.000Z', 'r-later'))?.etag).toBe(due.etag);
      await expect(stores().reminders.get(a, '2026-03-03T15:00:00.000Z', 'r-later')).resolves.toBeUndefined();
      // Two timer runs race to claim the same reminder: the second one must lose.
      const claimed = await stores().reminders.replace({ ...due.value, state: 'sending' }, due.etag);
      await expect(stores().reminders.replace({ ...due.value, state: 'sending' }, due.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      expect(claimed.value.state).toBe('sending');
      expect((await stores().reminders.listDue(a, DAY, '2026-03-03T00:00:00.000Z')).items.map((r) => r.id)).not.toContain('r-later');
    });

    it('keeps a reminder in its day: a replace that moves dueAt to another day is not found', async () => {
      const current = await stores().reminders.get(a, '2026-03-01T22:00:00.000Z', 'r-yesterday');
      if (!current) throw new Error('fixture missing');

      await expect(stores().reminders.replace({ ...current.value, dueAt: '2026-03-02T22:00:00.000Z' }, current.etag)).rejects.toBeInstanceOf(NotFoundError);
      expect((await stores().reminders.get(a, '2026-03-01T22:00:00.000Z', 'r-yesterday'))?.etag).toBe(current.etag);
    });

    it('refuses the same occurrence twice, so a second timer run creates nothing', async () => {
      await expect(createIfAbsent(() => stores().reminders.create(reminder(a, 'r-early', '2026-03-02T06:00:00.000Z')))).resolves.toBe(false);
      await expect(stores().reminders.create(reminder(a, 'r-early', '2026-03-02T06:00:00.000Z', { state: 'sent' }))).rejects.toBeInstanceOf(ConflictError);
    });

    it('refuses a day that is not yyyy-mm-dd', async () => {
      await expect(stores().reminders.listDue(a, '2026-3-2', '2026-03-03T00:00:00.000Z')).rejects.toThrow(RangeError);
      await expect(stores().reminders.listReady(a, '2 maart', '2026-03-03T00:00:00.000Z')).rejects.toThrow(RangeError);
    });
  });

  describe('what the dispatcher picks up from a day bucket', () => {
    const [a, b] = [newTenant(), newTenant()];
    const BUCKET = '2026-03-05';

    beforeAll(async () => {
      const { reminders } = stores();
      await reminders.create(reminder(a, 'x-due', '2026-03-05T07:00:00.000Z'));
      // Due long ago, but retried later: waits for its notBefore, not its dueAt.
      await reminders.create(reminder(a, 'x-backoff', '2026-03-05T06:00:00.000Z', { state: 'failed', attempts: 1, notBefore: '2026-03-05T12:00:00.000Z' }));
      await reminders.create(reminder(a, 'x-claim-live', '2026-03-05T06:00:00.000Z', { state: 'sending', claim: { runId: 'r1', until: '2026-03-05T12:00:00.000Z' } }));
      await reminders.create(reminder(a, 'x-claim-expired', '2026-03-05T06:00:00.000Z', { state: 'sending', claim: { runId: 'r1', until: '2026-03-05T07:30:00.000Z' } }));
      await reminders.create(reminder(a, 'x-sent', '2026-03-05T06:00:00.000Z', { state: 'sent', attempts: 1 }));
      await reminders.create(reminder(a, 'x-skipped', '2026-03-05T06:00:00.000Z', { state: 'skipped' }));
      await reminders.create(reminder(b, 'x-due', '2026-03-05T07:00:00.000Z'));
    });

    it('lists due ones, retries whose backoff is over and sending ones whose claim expired, in that time order', async () => {
      const at8 = await stores().reminders.listReady(a, BUCKET, '2026-03-05T08:00:00.000Z');
      const at13 = await stores().reminders.listReady(a, BUCKET, '2026-03-05T13:00:00.000Z');

      expect(at8.items.map((r) => r.id)).toEqual(['x-due', 'x-claim-expired']);
      expect(at13.items.map((r) => r.id)).toEqual(['x-due', 'x-claim-expired', 'x-backoff', 'x-claim-live']);
    });

    it("lists a deferred reminder at its new time, not its due time", async () => {
      const due = await stores().reminders.get(a, '2026-03-05T07:00:00.000Z', 'x-due');
      if (!due) throw new Error('fixture missing');
      await stores().reminders.replace({ ...due.value, notBefore: '2026-03-05T10:00:00.000Z' }, due.etag);

      expect((await stores().reminders.listReady(a, BUCKET, '2026-03-05T09:00:00.000Z')).items.map((r) => r.id)).toEqual(['x-claim-expired']);
      expect((await stores().reminders.listReady(a, BUCKET, '2026-03-05T10:00:00.000Z')).items.map((r) => r.id)).toEqual(['x-claim-expired', 'x-due']);
    });

    it('pages what is ready and never lists another tenant', async () => {
      const pages = await allPages((continuationToken) => stores().reminders.listReady(a, BUCKET, '2026-03-05T13:00:00.000Z', { maxItems: 3, ...(continuationToken ? { continuationToken } : {}) }));

      expect(pages.map((p) => p.length)).toEqual([3, 1]);
      expect((await stores().reminders.listReady(b, BUCKET, '2026-03-05T13:00:00.000Z')).items.map((r) => r.id)).toEqual(['x-due']);
    });
  });
}

function describeConversationReferences(stores: Open<Stores>): void {
  describe('the conversation reference store', () => {
    it('keeps the last reference a user sent, per tenant, with a new etag each time', async () => {
      const [a, b] = [newTenant(), newTenant()];
      const user = guid(31);
      const first = await stores().conversationReferences.upsert({ id: user, tenantId: a, reference: { conversation: { id: 'oud' } }, updatedAt: '2026-03-01T08:00:00.000Z' });
      const second = await stores().conversationReferences.upsert({ id: user, tenantId: a, reference: { conversation: { id: 'nieuw' } }, updatedAt: '2026-03-02T08:00:00.000Z' });

      expect(second.etag).not.toBe(first.etag);
      expect(await stores().conversationReferences.get(a, user)).toEqual(second);
      expect(second.value.reference).toEqual({ conversation: { id: 'nieuw' } });
      await expect(stores().conversationReferences.get(b, user)).resolves.toBeUndefined();
    });

    it('keeps the stored reference when a caller changes the blob it got back', async () => {
      const tenant = newTenant();
      const user = guid(32);
      const saved = await stores().conversationReferences.upsert({ id: user, tenantId: tenant, reference: { conversation: { id: 'c-1' } }, updatedAt: '2026-03-01T08:00:00.000Z' });
      (saved.value.reference.conversation as { id: string }).id = 'gewijzigd';

      expect((await stores().conversationReferences.get(tenant, user))?.value.reference).toEqual({ conversation: { id: 'c-1' } });
    });
  });
}

function describeCalendarEvents(stores: Open<Stores>): void {
  describe('the calendar event store', () => {
    const [a, b] = [newTenant(), newTenant()];
    const OWNER = guid(41);

    beforeAll(async () => {
      const { calendarEvents } = stores();
      await calendarEvents.create(calendarEvent(a, OWNER, 'voor', '2026-03-02T07:00:00.000Z', '2026-03-02T08:00:00.000Z'));
      await calendarEvents.create(calendarEvent(a, OWNER, 'over-begin', '2026-03-02T08:30:00.000Z', '2026-03-02T09:30:00.000Z'));
      await calendarEvents.create(calendarEvent(a, OWNER, 'binnen', '2026-03-02T11:00:00+01:00', '2026-03-02T12:00:00+01:00'));
      await calendarEvents.create(calendarEvent(a, OWNER, 'tegen-einde', '2026-03-02T12:00:00.000Z', '2026-03-02T13:00:00.000Z'));
      await calendarEvents.create(calendarEvent(a, OWNER, 'tot-begin', '2026-03-02T08:00:00.000Z', '2026-03-02T09:00:00.000Z'));
      await calendarEvents.create(calendarEvent(a, guid(42), 'ander', '2026-03-02T10:00:00.000Z', '2026-03-02T11:00:00.000Z'));
      await calendarEvents.create(calendarEvent(b, OWNER, 'andere-tenant', '2026-03-02T10:00:00.000Z', '2026-03-02T11:00:00.000Z'));
    });

    it('lists the events that overlap a half-open window, in UTC start order, like calendarView', async () => {
      const events = await stores().calendarEvents.listBetween(a, OWNER, '2026-03-02T09:00:00.000Z', '2026-03-02T12:00:00.000Z');
      const zoned = await stores().calendarEvents.listBetween(a, OWNER, '2026-03-02T10:00:00+01:00', '2026-03-02T13:00:00+01:00');

      // Ending exactly at the start, or starting exactly at the end, is no overlap.
      expect(events.map((e) => e.id)).toEqual(['over-begin', 'binnen']);
      expect(zoned).toEqual(events);
    });

    it("lists one owner's events, never another owner's or another tenant's", async () => {
      const events = await stores().calendarEvents.listBetween(a, OWNER, '2026-03-01T00:00:00.000Z', '2026-03-03T00:00:00.000Z');

      expect(events.map((e) => e.id)).toEqual(['voor', 'tot-begin', 'over-begin', 'binnen', 'tegen-einde']);
      await expect(stores().calendarEvents.get(b, OWNER, 'voor')).resolves.toBeUndefined();
      expect((await stores().calendarEvents.get(a, OWNER, 'binnen'))?.value.start).toBe('2026-03-02T11:00:00+01:00');
    });

    it('moves an event by upsert, last writer wins, with a new etag', async () => {
      const first = await stores().calendarEvents.upsert(calendarEvent(a, OWNER, 'verplaatst', '2026-03-04T08:00:00.000Z', '2026-03-04T09:00:00.000Z'));
      const second = await stores().calendarEvents.upsert(calendarEvent(a, OWNER, 'verplaatst', '2026-03-05T08:00:00.000Z', '2026-03-05T09:00:00.000Z'));

      expect(second.etag).not.toBe(first.etag);
      expect((await stores().calendarEvents.listBetween(a, OWNER, '2026-03-04T00:00:00.000Z', '2026-03-05T00:00:00.000Z')).map((e) => e.id)).toEqual([]);
      expect((await stores().calendarEvents.listBetween(a, OWNER, '2026-03-05T00:00:00.000Z', '2026-03-06T00:00:00.000Z')).map((e) => e.id)).toEqual(['verplaatst']);
      await expect(stores().calendarEvents.create(calendarEvent(a, OWNER, 'verplaatst', '2026-03-06T08:00:00.000Z', '2026-03-06T09:00:00.000Z'))).rejects.toBeInstanceOf(ConflictError);
    });

    it('deletes an event, and deleting it again is not an error', async () => {
      await stores().calendarEvents.delete(a, OWNER, 'tegen-einde');
      await stores().calendarEvents.delete(a, OWNER, 'tegen-einde');
      // A delete with the wrong tenant must not touch the other tenant's event.
      await stores().calendarEvents.delete(a, OWNER, 'andere-tenant');

      const mine = await stores().calendarEvents.listBetween(a, OWNER, '2026-03-01T00:00:00.000Z', '2026-03-03T00:00:00.000Z');
      const theirs = await stores().calendarEvents.listBetween(b, OWNER, '2026-03-01T00:00:00.000Z', '2026-03-03T00:00:00.000Z');
      expect(mine.map((e) => e.id)).not.toContain('tegen-einde');
      await expect(stores().calendarEvents.get(a, OWNER, 'tegen-einde')).resolves.toBeUndefined();
      expect(theirs.map((e) => e.id)).toEqual(['andere-tenant']);
    });
  });
}

function describePreparations(stores: Open<Stores>): void {
  describe('the preparation store', () => {
    const [a, b] = [newTenant(), newTenant()];
    const EMPLOYEE = guid(51);

    it("keeps the employee's and the manager's preparation of one conversation apart", async () => {
      await stores().preparations.create(preparation(a, EMPLOYEE, 'g-1', 'employee', 'Goed'));
      await stores().preparations.create(preparation(a, EMPLOYEE, 'g-1', 'manager', 'Doorgroei'));

      expect((await stores().preparations.get(a, EMPLOYEE, 'g-1', 'employee'))?.value.answers[0]?.text).toBe('Goed');
      expect((await stores().preparations.get(a, EMPLOYEE, 'g-1', 'manager'))?.value.answers[0]?.text).toBe('Doorgroei');
      await expect(stores().preparations.get(a, EMPLOYEE, 'g-2', 'employee')).resolves.toBeUndefined();
      await expect(stores().preparations.get(a, guid(52), 'g-1', 'employee')).resolves.toBeUndefined();
    });

    it('saves with the current etag, refuses a stale save and a second create', async () => {
      const created = await stores().preparations.create(preparation(a, EMPLOYEE, 'g-3', 'employee', 'Eerste'));
      const saved = await stores().preparations.replace(preparation(a, EMPLOYEE, 'g-3', 'employee', 'Tweede'), created.etag);

      await expect(stores().preparations.replace(preparation(a, EMPLOYEE, 'g-3', 'employee', 'Verouderd'), created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(stores().preparations.create(preparation(a, EMPLOYEE, 'g-3', 'employee', 'Dubbel'))).rejects.toBeInstanceOf(ConflictError);
      expect(await stores().preparations.get(a, EMPLOYEE, 'g-3', 'employee')).toEqual(saved);
    });

    it('never reads the preparation of another tenant', async () => {
      await stores().preparations.create(preparation(b, EMPLOYEE, 'g-b', 'employee', 'Van B'));

      await expect(stores().preparations.get(a, EMPLOYEE, 'g-b', 'employee')).resolves.toBeUndefined();
      expect((await stores().preparations.get(b, EMPLOYEE, 'g-b', 'employee'))?.value.tenantId).toBe(b);
    });
  });
}

function describePortfolio(stores: Open<Stores>): void {
  describe('the portfolio store', () => {
    const [a, b] = [newTenant(), newTenant()];
    const EMPLOYEE = guid(21);
    const OTHER_EMPLOYEE = guid(22);

    it('lists every entry of one employee with its etag, and nothing of another employee or tenant', async () => {
      const { portfolio } = stores();
      for (let i = 1; i <= 3; i++) await portfolio.create(entry(a, EMPLOYEE, i, `Cursus ${i}`));
      await portfolio.create(entry(a, OTHER_EMPLOYEE, 4));
      await portfolio.create(entry(b, EMPLOYEE, 1, 'Andere tenant'));
      await portfolio.saveShares(
        setAutomaticVisibility(undefined, { tenantId: a, employeeId: EMPLOYEE }, { source: 'pop', sourceId: 'pop-0', managerId: guid(99) }, 'leidinggevende', MANAGER_ID, ENTRY_NOW),
        undefined,
      );

      const listed = await portfolio.listForEmployee(a, EMPLOYEE);
      expect(listed.map((s) => s.value.content.title).sort()).toEqual(['Cursus 1', 'Cursus 2', 'Cursus 3']);
      for (const stored of listed) expect(stored.etag).toBe((await portfolio.get(a, EMPLOYEE, stored.value.id))?.etag);
      expect((await portfolio.listForEmployee(b, EMPLOYEE)).map((s) => s.value.content.title)).toEqual(['Andere tenant']);
      await expect(portfolio.listForEmployee(b, OTHER_EMPLOYEE)).resolves.toEqual([]);
      // A point read never crosses a tenant, and the shares document is not an entry.
      await expect(portfolio.get(b, EMPLOYEE, entryId(2))).resolves.toBeUndefined();
      await expect(portfolio.get(a, EMPLOYEE, AUTOMATIC_SHARES_ID)).resolves.toBeUndefined();
      await expect(portfolio.create(entry(a, EMPLOYEE, 1, 'Dubbel'))).rejects.toBeInstanceOf(ConflictError);
    });

    it('replaces and deletes only with the current etag, and keeps the stored entry on a stale one', async () => {
      const { portfolio } = stores();
      const created = await portfolio.create(entry(a, EMPLOYEE, 10, 'Origineel'));
      const saved = await portfolio.replace(reviseEntry(created.value, { ...TRAINING, title: 'Eerste wijziging' }, ENTRY_NOW), created.etag);
      await expect(portfolio.replace(reviseEntry(created.value, { ...TRAINING, title: 'Verouderd' }, ENTRY_NOW), created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(portfolio.delete(a, EMPLOYEE, entryId(10), created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await portfolio.get(a, EMPLOYEE, entryId(10)))?.value.content.title).toBe('Eerste wijziging');

      await portfolio.delete(a, EMPLOYEE, entryId(10), saved.etag);
      await expect(portfolio.get(a, EMPLOYEE, entryId(10))).resolves.toBeUndefined();
      await expect(portfolio.delete(a, EMPLOYEE, entryId(10), saved.etag)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("cannot delete another tenant's entry with its etag", async () => {
      const theirs = await stores().portfolio.create(entry(b, EMPLOYEE, 12, 'Van B'));

      await expect(stores().portfolio.delete(a, EMPLOYEE, entryId(12), theirs.etag)).rejects.toBeInstanceOf(NotFoundError);
      expect((await stores().portfolio.get(b, EMPLOYEE, entryId(12)))?.etag).toBe(theirs.etag);
    });

    it('refuses to store an invalid entry', async () => {
      const bad = { ...entry(a, EMPLOYEE, 11), content: { ...TRAINING, link: 'javascript:alert(1)' } };
      await expect(stores().portfolio.create(bad as never)).rejects.toThrow();
      await expect(stores().portfolio.get(a, EMPLOYEE, entryId(11))).resolves.toBeUndefined();
    });

    it('keeps one shares document per employee, created once and then replaced by etag', async () => {
      const { portfolio } = stores();
      const base = { tenantId: a, employeeId: OTHER_EMPLOYEE };
      const ref = { source: 'gesprek' as const, sourceId: 'g-0', managerId: guid(99) };
      await expect(portfolio.getShares(a, OTHER_EMPLOYEE)).resolves.toBeUndefined();
      const first = await portfolio.saveShares(setAutomaticVisibility(undefined, base, ref, 'leidinggevende', MANAGER_ID, ENTRY_NOW), undefined);
      await expect(portfolio.saveShares(first.value, undefined)).rejects.toBeInstanceOf(ConflictError);
      const second = await portfolio.saveShares(setAutomaticVisibility(first.value, base, ref, 'prive', MANAGER_ID, ENTRY_NOW), first.etag);
      await expect(portfolio.saveShares(first.value, first.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await portfolio.getShares(a, OTHER_EMPLOYEE)).toEqual(second);
      expect(second.value.shares).toEqual([]);
      expect(second.etag).not.toBe(first.etag);
      await expect(portfolio.getShares(b, OTHER_EMPLOYEE)).resolves.toBeUndefined();
      // The shares document never shows up as an entry.
      expect((await portfolio.listForEmployee(a, OTHER_EMPLOYEE)).map((s) => s.value.id)).toEqual([entryId(4)]);
    });
  });
}

function describeDispatch(dispatch: Open<DispatchStore>): void {
  describe('the dispatch records', () => {
    const [a, b] = [newTenant(), newTenant()];
    const RECIPIENT = guid(61);

    it('keeps one lease per tenant and purpose, taken over only with its current etag', async () => {
      const taken = await dispatch().createLease(lease(a, 'run-1', '2026-03-02T08:05:00.000Z'));
      await expect(dispatch().createLease(lease(a, 'run-2', '2026-03-02T08:06:00.000Z'))).rejects.toBeInstanceOf(ConflictError);
      const renewed = await dispatch().replaceLease(lease(a, 'run-1', '2026-03-02T08:10:00.000Z'), taken.etag);
      await expect(dispatch().replaceLease(lease(a, 'run-2', '2026-03-02T08:11:00.000Z'), taken.etag)).rejects.toBeInstanceOf(ConcurrencyError);

      expect(await dispatch().getLease(a, 'lease|reminders')).toEqual(renewed);
      await expect(dispatch().getLease(b, 'lease|reminders')).resolves.toBeUndefined();
      await expect(dispatch().createLease(lease(b, 'run-3', '2026-03-02T08:05:00.000Z'))).resolves.toMatchObject({ value: { holder: 'run-3' } });
    });

    it('keeps one bundle per person per day, read back by its id alone', async () => {
      const claimed = await dispatch().createBundle(bundle(a, RECIPIENT, '2026-03-02'));
      await expect(dispatch().createBundle(bundle(a, RECIPIENT, '2026-03-02', { runId: 'run-2' }))).rejects.toBeInstanceOf(ConflictError);
      await dispatch().createBundle(bundle(a, RECIPIENT, '2026-03-03'));
      const sent = await dispatch().replaceBundle({ ...claimed.value, state: 'sent', sentAt: '2026-03-02T07:01:00.000Z', activityId: 'a-1' }, claimed.etag);
      await expect(dispatch().replaceBundle({ ...claimed.value, state: 'failed', attempts: 1 }, claimed.etag)).rejects.toBeInstanceOf(ConcurrencyError);

      expect(await dispatch().getBundle(a, claimed.value.id)).toEqual(sent);
      expect((await dispatch().getBundle(a, bundle(a, RECIPIENT, '2026-03-03').id))?.value.state).toBe('claimed');
      await expect(dispatch().getBundle(b, claimed.value.id)).resolves.toBeUndefined();
      await expect(dispatch().getBundle(a, bundle(a, RECIPIENT, '2026-03-04').id)).resolves.toBeUndefined();
    });

    it('refuses a bundle id without a day', async () => {
      await expect(dispatch().getBundle(a, 'bundle|zonder-dag')).rejects.toThrow(RangeError);
    });

    it("keeps each subject's schedule, replaced only with its current etag", async () => {
      const first = await dispatch().createSchedule(schedule(a, 'pop-1', ['o-1', 'o-2']));
      await expect(dispatch().createSchedule(schedule(a, 'pop-1', ['o-3']))).rejects.toBeInstanceOf(ConflictError);
      const second = await dispatch().replaceSchedule(schedule(a, 'pop-1', ['o-2', 'o-3']), first.etag);
      await expect(dispatch().replaceSchedule(schedule(a, 'pop-1', ['o-4']), first.etag)).rejects.toBeInstanceOf(ConcurrencyError);

      expect(await dispatch().getSchedule(a, 'schedule|pop-1')).toEqual(second);
      expect(second.value.occurrences.map((o) => o.id)).toEqual(['o-2', 'o-3']);
      await expect(dispatch().getSchedule(b, 'schedule|pop-1')).resolves.toBeUndefined();
      await expect(dispatch().getSchedule(a, 'schedule|pop-2')).resolves.toBeUndefined();
      await expect(dispatch().replaceSchedule(schedule(a, 'pop-2', []), second.etag)).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}

function describeRoleAssignments(stores: Open<Stores>): void {
  describe('the role assignment store', () => {
    it("lists one person's assignments, direct and through a group, and nobody else's", async () => {
      const tenant = newTenant();
      await stores().roleAssignments.upsert(roleAssignment(tenant, 'b-direct', guid(1), 'hr'));
      await stores().roleAssignments.upsert(roleAssignment(tenant, `a-group|${guid(1)}`, guid(1), 'admin', { viaGroupId: guid(90) }));
      await stores().roleAssignments.upsert(roleAssignment(tenant, 'c-other', guid(2), 'hr'));

      const mine = await stores().roleAssignments.listForPrincipal(tenant, guid(1));
      expect(mine.map((a) => a.id)).toEqual([`a-group|${guid(1)}`, 'b-direct']);
      expect(mine[0]).toEqual(roleAssignment(tenant, `a-group|${guid(1)}`, guid(1), 'admin', { viaGroupId: guid(90) }));
      await expect(stores().roleAssignments.listForPrincipal(tenant, guid(3))).resolves.toEqual([]);
    });

    it('keeps the last write of an assignment (the directory is the source) and removes it once', async () => {
      const tenant = newTenant();
      await stores().roleAssignments.upsert(roleAssignment(tenant, 'toewijzing', guid(1), 'hr'));
      await stores().roleAssignments.upsert(roleAssignment(tenant, 'toewijzing', guid(1), 'admin'));

      expect((await stores().roleAssignments.listForPrincipal(tenant, guid(1))).map((a) => a.appRoleId)).toEqual([roleAssignment(tenant, 'x', guid(1), 'admin').appRoleId]);
      await expect(stores().roleAssignments.remove(tenant, 'toewijzing')).resolves.toBe(true);
      await expect(stores().roleAssignments.remove(tenant, 'toewijzing')).resolves.toBe(false);
      await expect(stores().roleAssignments.listForPrincipal(tenant, guid(1))).resolves.toEqual([]);
    });

    it("lists a tenant's assignments in id order, page by page, and never another tenant's", async () => {
      const [tenant, other] = [newTenant(), newTenant()];
      for (const id of ['d', 'a', 'c', 'b', 'e']) await stores().roleAssignments.upsert(roleAssignment(tenant, id, guid(1), 'hr'));
      await stores().roleAssignments.upsert(roleAssignment(other, 'a', guid(1), 'admin'));

      const pages = await allPages((continuationToken) => stores().roleAssignments.listTenant(tenant, { maxItems: 2, ...(continuationToken ? { continuationToken } : {}) }));
      expect(pages.map((page) => page.map((a) => a.id))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
      const all = pages.flat();
      expect(all.every((a) => a.tenantId === tenant)).toBe(true);
      await expect(stores().roleAssignments.listForPrincipal(other, guid(1))).resolves.toEqual([roleAssignment(other, 'a', guid(1), 'admin')]);
    });

    it('refuses an assignment id that Cosmos could not store', async () => {
      await expect(stores().roleAssignments.upsert(roleAssignment(newTenant(), 'met/schuine-streep', guid(1), 'hr'))).rejects.toThrow();
    });
  });
}

function describeDirectorySync(stores: Open<Stores>): void {
  const state = (tenantId: string, overrides: Partial<DirectorySyncState> = {}): DirectorySyncState => ({ id: tenantId, tenantId, ...overrides });
  const deltaLink = 'https://graph.microsoft.com/v1.0/users/delta?$deltatoken=oEcOySpF_hWYmTIUZBOIfPzcwisr';

  describe('the directory sync state', () => {
    it('keeps one document per tenant and hands the delta link back exactly', async () => {
      const tenant = newTenant();
      await expect(stores().directorySync.get(tenant)).resolves.toBeUndefined();
      const created = await stores().directorySync.create(state(tenant, { usersDeltaLink: deltaLink, usersSyncedAt: '2026-12-01T02:00:00.000Z' }));

      const read = await stores().directorySync.get(tenant);
      expect(read?.value).toEqual(state(tenant, { usersDeltaLink: deltaLink, usersSyncedAt: '2026-12-01T02:00:00.000Z' }));
      expect(read?.etag).toBe(created.etag);
      await expect(stores().directorySync.create(state(tenant))).rejects.toBeInstanceOf(ConflictError);
      await expect(stores().directorySync.get(newTenant())).resolves.toBeUndefined();
    });

    it('lets only one of two sync runs advance it', async () => {
      const tenant = newTenant();
      const created = await stores().directorySync.create(state(tenant));
      await stores().directorySync.replace(state(tenant, { usersNextLink: `${deltaLink}&page=2` }), created.etag);

      await expect(stores().directorySync.replace(state(tenant, { usersDeltaLink: deltaLink }), created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await stores().directorySync.get(tenant))?.value).toEqual(state(tenant, { usersNextLink: `${deltaLink}&page=2` }));
    });

    it('refuses a document whose id is not its tenant', async () => {
      await expect(stores().directorySync.create({ id: guid(5), tenantId: newTenant() })).rejects.toThrow(RangeError);
    });
  });
}

function describeCatalogue(stores: Open<Stores>): void {
  const at = '2026-12-05T10:00:00.000Z';
  const by = guid(7);
  const small = (name: string): Catalogue =>
    Catalogue.parse({
      competences: [{ id: 'plannen', name: 'Plannen' }],
      families: [{ id: 'techniek', name: 'Techniek' }],
      functions: [{ id: 'monteur', familyId: 'techniek', name, level: 5, requirements: [{ competenceId: 'plannen', level: 2 }] }],
    });
  const large = (count: number): Catalogue =>
    Catalogue.parse({
      competences: [{ id: 'plannen', name: 'Plannen' }],
      learning: Array.from({ length: count }, (_, i) => ({ id: `cursus-${i}`, title: `Cursus ${i}`, kind: 'cursus', forCompetenceIds: ['plannen'], costEuro: i })),
    });

  describe("the organisation's catalogue", () => {
    it('is absent until the first one is stored, and comes back whole, in order, for its tenant only', async () => {
      const tenant = newTenant();
      await expect(stores().catalogue.get(tenant)).resolves.toBeUndefined();
      const catalogue = large(CATALOGUE_CHUNK_ITEMS * 2 + 3);

      const saved = await stores().catalogue.replace(tenant, catalogue, { updatedBy: by, at });
      const read = await stores().catalogue.get(tenant);
      expect(read?.catalogue).toEqual(catalogue);
      expect(read).toMatchObject({ revision: 1, updatedBy: by, updatedAt: at, etag: saved.etag });
      await expect(stores().catalogue.get(newTenant())).resolves.toBeUndefined();
    });

    it('replaces the whole catalogue only with the etag it was read with', async () => {
      const tenant = newTenant();
      const first = await stores().catalogue.replace(tenant, small('Monteur'), { updatedBy: by, at });
      await expect(stores().catalogue.replace(tenant, small('Zonder etag'), { updatedBy: by, at })).rejects.toBeInstanceOf(ConflictError);

      const second = await stores().catalogue.replace(tenant, small('Servicemonteur'), { ifMatch: first.etag, updatedBy: by, at });
      await expect(stores().catalogue.replace(tenant, small('Te laat'), { ifMatch: first.etag, updatedBy: by, at })).rejects.toBeInstanceOf(ConcurrencyError);

      const read = await stores().catalogue.get(tenant);
      expect(read?.catalogue.functions.map((f) => f.name)).toEqual(['Servicemonteur']);
      expect(read?.revision).toBe(2);
      expect(read?.etag).toBe(second.etag);
    });

    it('shrinks cleanly: a smaller catalogue leaves nothing of the larger one behind', async () => {
      const tenant = newTenant();
      const big = await stores().catalogue.replace(tenant, large(CATALOGUE_CHUNK_ITEMS * 3), { updatedBy: by, at });
      await stores().catalogue.replace(tenant, small('Monteur'), { ifMatch: big.etag, updatedBy: by, at });

      const read = await stores().catalogue.get(tenant);
      expect(read?.catalogue.learning).toEqual([]);
      expect(read?.catalogue.functions).toHaveLength(1);
    });

    it('refuses an etag for a catalogue that does not exist', async () => {
      const tenant = newTenant();
      await expect(stores().catalogue.replace(tenant, small('Monteur'), { ifMatch: '"bestaat-niet"', updatedBy: by, at })).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(stores().catalogue.get(tenant)).resolves.toBeUndefined();
    });
  });
}

function describeTemplates(stores: Open<Stores>): void {
  const at = '2026-12-05T10:00:00.000Z';
  const by = guid(7);
  const version = (tenantId: string, templateId: string, n: number) => ({
    ...copyTemplate({ ref: KOERS_STANDAARD_REF, content: KOERS_STANDAARD }, templateId, `Sjabloon ${templateId} ${n}`, { tenantId, by, at }),
    id: `${templateId}@${n}`,
    version: n,
  });

  describe("the organisation's conversation templates", () => {
    it('lists its versions by template and version, for its tenant only', async () => {
      const tenant = newTenant();
      await expect(stores().templates.listVersions(tenant)).resolves.toEqual([]);
      await stores().templates.create(version(tenant, 'techniek', 2));
      await stores().templates.create(version(tenant, 'techniek', 1));
      await stores().templates.create(version(tenant, 'kantoor', 1));
      await stores().templates.setInUse({ id: 'in-gebruik', tenantId: tenant, templateId: 'techniek', updatedAt: at, updatedBy: by });

      const listed = await stores().templates.listVersions(tenant);
      expect(listed.map((v) => `${v.templateId}@${v.version}`)).toEqual(['kantoor@1', 'techniek@1', 'techniek@2']);
      expect(listed[0]?.questions).toEqual(KOERS_STANDAARD.questions);
      await expect(stores().templates.listVersions(newTenant())).resolves.toEqual([]);
    });

    it('writes a version once: a second version with the same number is refused and the first stays', async () => {
      const tenant = newTenant();
      await stores().templates.create(version(tenant, 'techniek', 1));
      await expect(stores().templates.create({ ...version(tenant, 'techniek', 1), name: 'Overschreven' })).rejects.toBeInstanceOf(ConflictError);

      const read = await stores().templates.get(tenant, { templateId: 'techniek', version: 1 });
      expect(read?.name).toBe('Sjabloon techniek 1');
      await stores().templates.create(version(tenant, 'techniek', 10));
      await stores().templates.create(version(tenant, 'techniek', 9));
      await expect(stores().templates.latest(tenant, 'techniek')).resolves.toMatchObject({ version: 10 });
      // The choice of the template in use names a template too, but is no version of it.
      await stores().templates.setInUse({ id: 'in-gebruik', tenantId: tenant, templateId: 'kantoor', updatedAt: at, updatedBy: by });
      await expect(stores().templates.latest(tenant, 'kantoor')).resolves.toBeUndefined();
      await expect(stores().templates.get(tenant, { templateId: 'techniek', version: 2 })).resolves.toBeUndefined();
      await expect(stores().templates.get(newTenant(), { templateId: 'techniek', version: 1 })).resolves.toBeUndefined();
    });

    it('remembers the latest choice of the template new conversations start with', async () => {
      const tenant = newTenant();
      await expect(stores().templates.inUse(tenant)).resolves.toBeUndefined();
      await stores().templates.setInUse({ id: 'in-gebruik', tenantId: tenant, templateId: 'techniek', updatedAt: at, updatedBy: by });
      await stores().templates.setInUse({ id: 'in-gebruik', tenantId: tenant, templateId: 'kantoor', updatedAt: at, updatedBy: by });
      await expect(stores().templates.inUse(tenant)).resolves.toMatchObject({ templateId: 'kantoor' });
      await expect(stores().templates.inUse(newTenant())).resolves.toBeUndefined();
    });
  });
}

function describePersonalDataLists(stores: Open<Stores>, dispatch: Open<DispatchStore>): void {
  describe("one person's reminders and bundles across day buckets", () => {
    const [a, b] = [newTenant(), newTenant()];
    const [SANNE, KEES] = [guid(71), guid(72)];

    it('lists every reminder of one person, in every state, oldest due first, and nobody else\'s', async () => {
      await stores().reminders.create(reminder(a, 'r-late', '2026-04-02T07:00:00.000Z', { recipientId: SANNE, state: 'sent' }));
      await stores().reminders.create(reminder(a, 'r-early', '2026-03-02T07:00:00.000+01:00', { recipientId: SANNE }));
      await stores().reminders.create(reminder(a, 'r-kees', '2026-03-05T07:00:00.000Z', { recipientId: KEES }));
      await stores().reminders.create(reminder(b, 'r-other-tenant', '2026-03-05T07:00:00.000Z', { recipientId: SANNE }));

      const pages = await allPages((continuationToken) => stores().reminders.listForRecipient(a, SANNE, { maxItems: 1, continuationToken }));
      expect(pages.flat().map((r) => r.id)).toEqual(['r-early', 'r-late']);
    });

    it('lists every bundle of one person across days, and nobody else\'s', async () => {
      await dispatch().createBundle(bundle(a, SANNE, '2026-03-09'));
      await dispatch().createBundle(bundle(a, SANNE, '2026-03-02'));
      await dispatch().createBundle(bundle(a, KEES, '2026-03-02'));
      await dispatch().createBundle(bundle(b, SANNE, '2026-03-02'));

      expect((await dispatch().listBundlesForRecipient(a, SANNE)).map((x) => x.day)).toEqual(['2026-03-02', '2026-03-09']);
    });
  });
}

function describeAccessLog(stores: Open<Stores>): void {
  const line = (tenantId: string, subjectId: string, readerId: string, at: string, overrides: Partial<AccessLogEntry> = {}): AccessLogEntry => {
    const base = { tenantId, subjectId, readerId, capacity: 'manager' as const, what: 'pop' as const, resourceId: 'pop-1', at, ...overrides };
    return { ...base, id: `${readerId}|${base.what}|${base.resourceId}|${at.slice(0, 13)}` };
  };

  describe('the access log', () => {
    const [a, b] = [newTenant(), newTenant()];
    const [SANNE, KEES, MANAGER] = [guid(81), guid(82), guid(83)];

    it("lists the reads of one person's data newest first, and only theirs", async () => {
      await stores().accessLog.record(line(a, SANNE, MANAGER, '2026-03-02T09:00:00.000Z'));
      await stores().accessLog.record(line(a, SANNE, MANAGER, '2026-03-03T10:00:00.000Z', { what: 'portfolio', resourceId: undefined }));
      await stores().accessLog.record(line(a, KEES, MANAGER, '2026-03-04T10:00:00.000Z'));
      await stores().accessLog.record(line(b, SANNE, MANAGER, '2026-03-04T10:00:00.000Z'));

      const pages = await allPages((continuationToken) => stores().accessLog.listForSubject(a, SANNE, { maxItems: 1, continuationToken }));
      expect(pages.flat().map((e) => [e.what, e.at])).toEqual([
        ['portfolio', '2026-03-03T10:00:00.000Z'],
        ['pop', '2026-03-02T09:00:00.000Z'],
      ]);
    });

    it('keeps one line for reads of the same record in the same hour, at the last read', async () => {
      await stores().accessLog.record(line(a, KEES, SANNE, '2026-03-05T11:05:00.000Z'));
      await stores().accessLog.record(line(a, KEES, SANNE, '2026-03-05T11:45:00.000Z'));

      const lines = (await stores().accessLog.listForSubject(a, KEES)).items.filter((e) => e.readerId === SANNE);
      expect(lines.map((e) => e.at)).toEqual(['2026-03-05T11:45:00.000Z']);
    });
  });
}

function describeRounds(stores: Open<Stores>): void {
  const round = (tenantId: string, id: string, from: string, overrides: Partial<Round> = {}): Round =>
    Round.parse({
      id,
      tenantId,
      name: `Ronde ${id}`,
      period: { from, to: '2027-12-31' },
      audience: { kind: 'departments', departments: ['Techniek'] },
      conversationType: 'loopbaangesprek',
      template: { templateId: 'koers-standaard', version: 1 },
      employeesMayStart: true,
      status: 'concept',
      createdBy: guid(9),
      createdAt: '2026-12-05T10:00:00.000Z',
      ...overrides,
    });
  const exemption = (tenantId: string, roundId: string, personId: string, reason: RoundExemption['reason']): RoundExemption => ({
    id: exemptionId(roundId, personId),
    tenantId,
    roundId,
    personId,
    reason,
    setBy: guid(9),
    setAt: '2026-12-05T11:00:00.000Z',
  });

  describe('conversation rounds', () => {
    it('lists a tenant\'s rounds with the latest period first, and no other tenant\'s', async () => {
      const tenant = newTenant();
      await stores().rounds.create(round(tenant, 'voorjaar-2027', '2027-02-01'));
      await stores().rounds.create(round(tenant, 'najaar-2026', '2026-09-01'));
      await stores().rounds.create(round(tenant, 'najaar-2027', '2027-09-01'));
      await stores().rounds.create(round(newTenant(), 'elders', '2027-06-01'));

      const pages = await allPages((continuationToken) => stores().rounds.list(tenant, { maxItems: 2, ...(continuationToken ? { continuationToken } : {}) }));
      expect(pages.flat().map((r) => r.id)).toEqual(['najaar-2027', 'voorjaar-2027', 'najaar-2026']);
    });

    it('refuses a second round with the same id and a replace with a stale etag', async () => {
      const tenant = newTenant();
      const created = await stores().rounds.create(round(tenant, 'r1', '2027-02-01'));
      await expect(stores().rounds.create(round(tenant, 'r1', '2027-03-01'))).rejects.toBeInstanceOf(ConflictError);
      const started = await stores().rounds.replace(round(tenant, 'r1', '2027-02-01', { status: 'gestart', startedAt: '2026-12-06T09:00:00.000Z' }), created.etag);
      await expect(stores().rounds.replace(round(tenant, 'r1', '2027-02-01', { status: 'afgesloten' }), created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await stores().rounds.get(tenant, 'r1'))?.value.status).toBe('gestart');
      expect((await stores().rounds.get(tenant, 'r1'))?.etag).toBe(started.etag);
      await expect(stores().rounds.get(newTenant(), 'r1')).resolves.toBeUndefined();
    });

    it('keeps one exemption per person per round, listed per round and per person', async () => {
      const tenant = newTenant();
      const [a, b] = [guid(21), guid(22)];
      await stores().rounds.setExemption(exemption(tenant, 'r1', a, 'proeftijd'));
      await stores().rounds.setExemption(exemption(tenant, 'r1', a, 'afwezig-verlof'));
      await stores().rounds.setExemption(exemption(tenant, 'r1', b, 'anders'));
      await stores().rounds.setExemption(exemption(tenant, 'r2', a, 'recent-gesprek'));

      expect((await stores().rounds.listExemptions(tenant, 'r1')).map((e) => [e.personId, e.reason])).toEqual([
        [a, 'afwezig-verlof'],
        [b, 'anders'],
      ]);
      expect((await stores().rounds.listExemptionsOfPerson(tenant, a)).map((e) => e.roundId)).toEqual(['r1', 'r2']);
      await expect(stores().rounds.removeExemption(tenant, 'r1', a)).resolves.toBe(true);
      await expect(stores().rounds.removeExemption(tenant, 'r1', a)).resolves.toBe(false);
      expect((await stores().rounds.listExemptions(tenant, 'r1')).map((e) => e.personId)).toEqual([b]);
      expect(await stores().rounds.listExemptions(newTenant(), 'r1')).toEqual([]);
    });

    it('refuses an exemption whose id does not name its round and person', async () => {
      const tenant = newTenant();
      await expect(stores().rounds.setExemption({ ...exemption(tenant, 'r1', guid(21), 'anders'), id: 'r1:iemand' })).rejects.toThrow(RangeError);
    });
  });
}

function describeRoundProgress(stores: Open<Stores>): void {
  const progress = (tenantId: string, roundId: string, n: number, overrides: Partial<PersonProgress> = {}): PersonProgress => ({
    id: personProgressId(roundId, guid(n)),
    tenantId,
    roundId,
    personId: guid(n),
    displayName: `Persoon ${String(n).padStart(2, '0')}`,
    department: n % 2 === 0 ? 'Techniek' : 'Zorg',
    managerId: guid(90 + (n % 2)),
    managerName: 'Linda',
    status: 'uitgenodigd',
    dates: {},
    updatedAt: '2027-02-01T09:00:00.000Z',
    ...overrides,
  });

  describe('round progress', () => {
    it('pages a round\'s people by name, filtered by department, manager and status clause, and no other round\'s or tenant\'s', async () => {
      const tenant = newTenant();
      for (let n = 1; n <= 6; n++) await stores().roundProgress.create(progress(tenant, 'r1', n, n <= 2 ? { status: 'gepland', heldFrom: `2027-02-1${n}T10:00:00.000Z` } : {}));
      await stores().roundProgress.create(progress(tenant, 'r2', 7));
      await stores().roundProgress.create(progress(newTenant(), 'r1', 8));

      const pages = await allPages((continuationToken) => stores().roundProgress.list(tenant, 'r1', {}, { maxItems: 4, ...(continuationToken ? { continuationToken } : {}) }));
      expect(pages.flat().map((p) => p.displayName)).toEqual(['Persoon 01', 'Persoon 02', 'Persoon 03', 'Persoon 04', 'Persoon 05', 'Persoon 06']);
      const techniek = await stores().roundProgress.list(tenant, 'r1', { department: 'Techniek', managerId: guid(90) });
      expect(techniek.items.map((p) => p.displayName)).toEqual(['Persoon 02', 'Persoon 04', 'Persoon 06']);
      const heldBy = await stores().roundProgress.list(tenant, 'r1', { statuses: [{ status: 'gepland', heldBefore: '2027-02-11T12:00:00.000Z' }] });
      expect(heldBy.items.map((p) => p.displayName)).toEqual(['Persoon 01']);
      const stillPlanned = await stores().roundProgress.list(tenant, 'r1', { statuses: [{ status: 'gepland', notHeldBefore: '2027-02-11T12:00:00.000Z' }, { status: 'vrijgesteld' }] });
      expect(stillPlanned.items.map((p) => p.displayName)).toEqual(['Persoon 02']);
      expect((await stores().roundProgress.list(tenant, 'r1', { statuses: [] })).items).toEqual([]);
      expect((await stores().roundProgress.listForPerson(tenant, guid(1))).map((p) => p.roundId)).toEqual(['r1']);
    });

    it('writes a person\'s document under its etag and refuses an id that does not name round and person', async () => {
      const tenant = newTenant();
      const created = await stores().roundProgress.create(progress(tenant, 'r1', 1));
      await expect(stores().roundProgress.create(progress(tenant, 'r1', 1))).rejects.toBeInstanceOf(ConflictError);
      await stores().roundProgress.replace(progress(tenant, 'r1', 1, { status: 'gepland' }), created.etag);
      await expect(stores().roundProgress.replace(progress(tenant, 'r1', 1, { status: 'gehouden' }), created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(stores().roundProgress.delete(tenant, 'r1', guid(1), created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(stores().roundProgress.create({ ...progress(tenant, 'r1', 2), id: 'r1:iemand' })).rejects.toThrow(RangeError);
      expect((await stores().roundProgress.listRound(tenant, 'r1')).map((s) => s.value.status)).toEqual(['gepland']);
    });

    it('keeps a round\'s count cells under their etags', async () => {
      const tenant = newTenant();
      const cell: ProgressCell = { id: 'r1:abc', tenantId: tenant, roundId: 'r1', department: 'Techniek', counts: { uitgenodigd: 2 }, pending: {}, updatedAt: '2027-02-01T09:00:00.000Z' };
      const created = await stores().roundProgress.createCell(cell);
      await expect(stores().roundProgress.createCell(cell)).rejects.toBeInstanceOf(ConflictError);
      const moved = await stores().roundProgress.replaceCell({ ...cell, counts: { uitgenodigd: 1 }, pending: { '2027-02-15T10:00:00.000Z': { gepland: 1, voorbereid: 0 } } }, created.etag);
      await expect(stores().roundProgress.replaceCell(cell, created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
      expect((await stores().roundProgress.listCells(tenant, 'r1')).map((c) => c.value.pending)).toEqual([{ '2027-02-15T10:00:00.000Z': { gepland: 1, voorbereid: 0 } }]);
      await stores().roundProgress.deleteCell(tenant, 'r1:abc', moved.etag);
      expect(await stores().roundProgress.getCell(tenant, 'r1:abc')).toBeUndefined();
      expect(await stores().roundProgress.listCells(newTenant(), 'r1')).toEqual([]);
    });
  });
}
