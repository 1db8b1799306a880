import { ConcurrencyError, ConflictError, NotFoundError } from '@koers/domain';
import { useEmbeddedCosmos } from './embeddedCosmos';
import { allPages, guid, MANAGER_ID, person, TENANT_A, TENANT_B } from './fixtures';

const cosmos = useEmbeddedCosmos();

describe('the person store', () => {
  it('reads back what it created, without Cosmos or adapter properties', async () => {
    const created = await cosmos.stores.people.create(person(TENANT_A, 100, { jobTitle: 'Monteur' }));
    const read = await cosmos.stores.people.get(TENANT_A, guid(100));

    expect(read?.value).toEqual(person(TENANT_A, 100, { jobTitle: 'Monteur' }));
    expect(read?.etag).toBe(created.etag);
    expect(read?.value).not.toHaveProperty('emailKey');
    expect(read?.value).not.toHaveProperty('_rid');
  });

  it('returns undefined for a person that does not exist', async () => {
    await expect(cosmos.stores.people.get(TENANT_A, guid(999))).resolves.toBeUndefined();
  });

  it('replaces with the current etag and hands out a new one', async () => {
    const created = await cosmos.stores.people.create(person(TENANT_A, 101));
    const replaced = await cosmos.stores.people.replace({ ...created.value, jobTitle: 'Planner' }, created.etag);

    expect(replaced.etag).not.toBe(created.etag);
    expect((await cosmos.stores.people.get(TENANT_A, guid(101)))?.value.jobTitle).toBe('Planner');
  });

  it('refuses a replace with a stale etag and leaves the stored person unchanged', async () => {
    const created = await cosmos.stores.people.create(person(TENANT_A, 102));
    await cosmos.stores.people.replace({ ...created.value, jobTitle: 'Eerste wijziging' }, created.etag);

    await expect(
      cosmos.stores.people.replace({ ...created.value, jobTitle: 'Verouderde wijziging' }, created.etag),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await cosmos.stores.people.get(TENANT_A, guid(102)))?.value.jobTitle).toBe('Eerste wijziging');
  });

  it('reports a replace of a person that does not exist as not found', async () => {
    await expect(cosmos.stores.people.replace(person(TENANT_A, 103), '"whatever"')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses to create a person whose id already exists', async () => {
    await cosmos.stores.people.create(person(TENANT_A, 104));
    const duplicate = cosmos.stores.people.create(person(TENANT_A, 104, { displayName: 'Iemand anders', email: 'ander@a.example' }));

    await expect(duplicate).rejects.toBeInstanceOf(ConflictError);
    expect((await cosmos.stores.people.get(TENANT_A, guid(104)))?.value.displayName).toBe('Persoon 104');
  });

  it('refuses a second person with the same email in one tenant, whatever its case', async () => {
    await cosmos.stores.people.create(person(TENANT_A, 105, { email: 'dubbel@a.example' }));

    await expect(cosmos.stores.people.create(person(TENANT_A, 106, { email: 'Dubbel@A.example' }))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(cosmos.stores.people.get(TENANT_A, guid(106))).resolves.toBeUndefined();
  });

  it('finds a person by email regardless of case and surrounding spaces', async () => {
    await cosmos.stores.people.create(person(TENANT_A, 107, { email: 'Sanne.Bakker@A.example' }));

    const found = await cosmos.stores.people.findByEmail(TENANT_A, '  sanne.bakker@a.EXAMPLE ');

    expect(found?.value.id).toBe(guid(107));
    expect(found?.value.email).toBe('Sanne.Bakker@A.example');
    expect(typeof found?.etag).toBe('string');
    await expect(cosmos.stores.people.findByEmail(TENANT_A, 'niemand@a.example')).resolves.toBeUndefined();
  });

  it('rejects an invalid person before anything is stored', async () => {
    const invalid = { ...person(TENANT_A, 108), email: 'geen e-mail' };

    await expect(cosmos.stores.people.create(invalid)).rejects.toThrow();
    await expect(cosmos.stores.people.get(TENANT_A, guid(108))).resolves.toBeUndefined();
  });
});

describe('listing people', () => {
  const TENANT = 'cccccccc-0000-4000-8000-000000000003';
  const OTHER_MANAGER = guid(2);

  beforeAll(async () => {
    // Names chosen so code-point order would be wrong: lower-case and accented names.
    const names = ['Zoë Smit', 'émile Bos', 'Anna de Vries', 'de Wit, Linda', 'Bram Claes', 'Cor Maes', 'Ahmed Yilmaz'];
    await Promise.all(
      names.map((displayName, i) => cosmos.stores.people.create(person(TENANT, 200 + i, { displayName }))),
    );
    await cosmos.stores.people.create(person(TENANT, 300, { displayName: 'Andere Manager-Medewerker', managerId: OTHER_MANAGER }));
  });

  it('lists the reports of a manager in alphabetical order, ignoring case and accents', async () => {
    const page = await cosmos.stores.people.listReports(TENANT, MANAGER_ID, { maxItems: 50 });

    expect(page.items.map((p) => p.displayName)).toEqual([
      'Ahmed Yilmaz',
      'Anna de Vries',
      'Bram Claes',
      'Cor Maes',
      'de Wit, Linda',
      'émile Bos',
      'Zoë Smit',
    ]);
    expect(page.continuationToken).toBeUndefined();
  });

  it('pages seven reports by three as 3 + 3 + 1 without duplicates or gaps', async () => {
    const pages = await allPages((continuationToken) =>
      cosmos.stores.people.listReports(TENANT, MANAGER_ID, { maxItems: 3, ...(continuationToken ? { continuationToken } : {}) }),
    );

    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    const ids = pages.flat().map((p) => p.id);
    expect(new Set(ids).size).toBe(7);
    expect(ids).toEqual((await cosmos.stores.people.listReports(TENANT, MANAGER_ID)).items.map((p) => p.id));
  });

  it('lists the whole tenant, including people with another manager', async () => {
    const page = await cosmos.stores.people.listTenant(TENANT);

    expect(page.items).toHaveLength(8);
    expect(page.items.map((p) => p.id)).toContain(guid(300));
  });
});

describe('tenant isolation of people', () => {
  beforeAll(async () => {
    // The same oid and email in two tenants (guest accounts do exist), different names.
    await cosmos.stores.people.create(person(TENANT_A, 400, { displayName: 'Van A', email: 'zelfde@shared.example' }));
    await cosmos.stores.people.create(person(TENANT_B, 400, { displayName: 'Van B', email: 'zelfde@shared.example' }));
    await cosmos.stores.people.create(person(TENANT_B, 401, { displayName: 'Alleen B' }));
  });

  it('never returns a person of another tenant by id', async () => {
    expect((await cosmos.stores.people.get(TENANT_A, guid(400)))?.value.displayName).toBe('Van A');
    expect((await cosmos.stores.people.get(TENANT_B, guid(400)))?.value.displayName).toBe('Van B');
    await expect(cosmos.stores.people.get(TENANT_A, guid(401))).resolves.toBeUndefined();
  });

  it('never finds a person of another tenant by email', async () => {
    expect((await cosmos.stores.people.findByEmail(TENANT_A, 'zelfde@shared.example'))?.value.displayName).toBe('Van A');
    await expect(cosmos.stores.people.findByEmail(TENANT_A, 'persoon401@b.example')).resolves.toBeUndefined();
  });

  it('never lists people of another tenant', async () => {
    const a = await cosmos.stores.people.listTenant(TENANT_A, { maxItems: 500 });
    const reportsA = await cosmos.stores.people.listReports(TENANT_A, MANAGER_ID, { maxItems: 500 });

    expect(a.items.length).toBeGreaterThan(0);
    expect([...a.items, ...reportsA.items].every((p) => p.tenantId === TENANT_A)).toBe(true);
    expect(a.items.map((p) => p.displayName)).not.toContain('Van B');
    expect(a.items.map((p) => p.displayName)).not.toContain('Alleen B');
  });

  it('cannot replace a person of another tenant by sending its id with the own tenant', async () => {
    const b = await cosmos.stores.people.get(TENANT_B, guid(401));
    if (!b) throw new Error('fixture missing');

    await expect(cosmos.stores.people.replace({ ...b.value, tenantId: TENANT_A }, b.etag)).rejects.toBeInstanceOf(NotFoundError);
    expect((await cosmos.stores.people.get(TENANT_B, guid(401)))?.value.tenantId).toBe(TENANT_B);
  });
});
