import { ConcurrencyError, ConflictError } from '@koers/domain';
import { InvalidContinuationTokenError } from '@koers/domain';
import { useEmbeddedCosmos } from './embeddedCosmos';
import { allPages, conversation, guid, MANAGER_ID, TENANT_A, TENANT_B } from './fixtures';

const cosmos = useEmbeddedCosmos();

const SANNE = guid(11);
const KEES = guid(12);
const DAAN = guid(13);

describe('the conversation store', () => {
  beforeAll(async () => {
    const { conversations } = cosmos.stores;
    // Sanne: one held, one planned, one concept (no start yet: sorted by createdAt).
    await conversations.create(conversation(TENANT_A, SANNE, 'g-1', { status: 'gehouden', start: '2025-11-03T09:00:00.000Z', end: '2025-11-03T10:00:00.000Z' }));
    await conversations.create(conversation(TENANT_A, SANNE, 'g-2', { status: 'gepland', start: '2026-03-02T09:00:00+01:00', end: '2026-03-02T10:00:00+01:00' }));
    await conversations.create(conversation(TENANT_A, SANNE, 'g-3', { createdAt: '2026-02-01T12:00:00.000Z', updatedAt: '2026-02-01T12:00:00.000Z' }));
    // Kees and Daan, same manager; Daan has an offset time that sorts correctly only in UTC.
    await conversations.create(conversation(TENANT_A, KEES, 'g-1', { status: 'gepland', start: '2026-03-02T08:30:00.000Z' }));
    await conversations.create(conversation(TENANT_A, KEES, 'g-4', { status: 'gehouden', start: '2025-06-01T08:00:00.000Z' }));
    await conversations.create(conversation(TENANT_A, DAAN, 'g-5', { status: 'gepland', start: '2026-03-02T09:15:00+01:00' }));
    await conversations.create(conversation(TENANT_A, DAAN, 'g-6', { managerId: guid(99), status: 'gepland', start: '2026-04-01T08:00:00.000Z' }));
    // Tenant B: the same employee ids and conversation ids, on purpose.
    await conversations.create(conversation(TENANT_B, SANNE, 'g-1', { status: 'gepland', start: '2026-05-01T08:00:00.000Z' }));
    await conversations.create(conversation(TENANT_B, KEES, 'g-9', { status: 'gepland', start: '2026-05-02T08:00:00.000Z' }));
  });

  it('reads one conversation by tenant, employee and id', async () => {
    const read = await cosmos.stores.conversations.get(TENANT_A, SANNE, 'g-2');

    expect(read?.value).toEqual(
      conversation(TENANT_A, SANNE, 'g-2', { status: 'gepland', start: '2026-03-02T09:00:00+01:00', end: '2026-03-02T10:00:00+01:00' }),
    );
    expect(read?.value).not.toHaveProperty('employeeKey');
    expect(read?.value).not.toHaveProperty('sortAt');
  });

  it('keeps conversations of different employees with the same id apart', async () => {
    expect((await cosmos.stores.conversations.get(TENANT_A, KEES, 'g-1'))?.value.employeeId).toBe(KEES);
    expect((await cosmos.stores.conversations.get(TENANT_A, SANNE, 'g-1'))?.value.employeeId).toBe(SANNE);
    await expect(cosmos.stores.conversations.get(TENANT_A, DAAN, 'g-1')).resolves.toBeUndefined();
  });

  it('finds a conversation by id alone, within the tenant only', async () => {
    expect((await cosmos.stores.conversations.findById(TENANT_A, 'g-5'))?.value.employeeId).toBe(DAAN);
    expect((await cosmos.stores.conversations.findById(TENANT_B, 'g-9'))?.value.tenantId).toBe(TENANT_B);
    await expect(cosmos.stores.conversations.findById(TENANT_B, 'g-5')).resolves.toBeUndefined();
    await expect(cosmos.stores.conversations.findById(TENANT_A, 'g-9')).resolves.toBeUndefined();
  });

  it("lists an employee's conversations newest first, concepts by creation time", async () => {
    const page = await cosmos.stores.conversations.listForEmployee(TENANT_A, SANNE);

    expect(page.items.map((c) => c.id)).toEqual(['g-2', 'g-3', 'g-1']);
  });

  it("lists a manager's team conversations across employees, newest first in UTC", async () => {
    const page = await cosmos.stores.conversations.listForManager(TENANT_A, MANAGER_ID);

    // On 2 March: Kees 08:30Z, Daan 09:15+01:00 = 08:15Z, Sanne 09:00+01:00 = 08:00Z.
    expect(page.items.map((c) => `${c.employeeId === SANNE ? 'sanne' : c.employeeId === KEES ? 'kees' : 'daan'}:${c.id}`)).toEqual([
      'kees:g-1',
      'daan:g-5',
      'sanne:g-2',
      'sanne:g-3',
      'sanne:g-1',
      'kees:g-4',
    ]);
  });

  it('pages a cross-partition manager list without duplicates', async () => {
    const pages = await allPages((continuationToken) =>
      cosmos.stores.conversations.listForManager(TENANT_A, MANAGER_ID, { maxItems: 4, ...(continuationToken ? { continuationToken } : {}) }),
    );

    expect(pages.map((p) => p.length)).toEqual([4, 2]);
    const keys = pages.flat().map((c) => `${c.employeeId}/${c.id}`);
    expect(new Set(keys).size).toBe(6);
  });

  it('turns a garbage continuation token into a clear error instead of restarting the list', async () => {
    await expect(
      cosmos.stores.conversations.listForEmployee(TENANT_A, SANNE, { maxItems: 2, continuationToken: 'niet-een-token' }),
    ).rejects.toBeInstanceOf(InvalidContinuationTokenError);
  });

  it("refuses a continuation token of another tenant's list", async () => {
    const first = await cosmos.stores.conversations.listForManager(TENANT_A, MANAGER_ID, { maxItems: 1 });
    expect(first.continuationToken).toBeDefined();

    await expect(
      cosmos.stores.conversations.listForManager(TENANT_B, MANAGER_ID, { maxItems: 1, continuationToken: first.continuationToken ?? '' }),
    ).rejects.toBeInstanceOf(InvalidContinuationTokenError);
  });

  it('never lists or reads conversations of another tenant', async () => {
    const mine = await cosmos.stores.conversations.listForEmployee(TENANT_A, SANNE);
    const team = await cosmos.stores.conversations.listForManager(TENANT_A, MANAGER_ID);
    const theirs = await cosmos.stores.conversations.listForManager(TENANT_B, MANAGER_ID);

    expect([...mine.items, ...team.items].every((c) => c.tenantId === TENANT_A)).toBe(true);
    expect(theirs.items.map((c) => c.id).sort()).toEqual(['g-1', 'g-9']);
    expect((await cosmos.stores.conversations.get(TENANT_B, SANNE, 'g-1'))?.value.start).toBe('2026-05-01T08:00:00.000Z');
    await expect(cosmos.stores.conversations.get(TENANT_B, KEES, 'g-4')).resolves.toBeUndefined();
  });

  it('refuses a stale replace and a duplicate create', async () => {
    const current = await cosmos.stores.conversations.create(conversation(TENANT_A, SANNE, 'g-10'));
    await cosmos.stores.conversations.replace({ ...current.value, status: 'gepland', start: '2026-06-01T08:00:00.000Z' }, current.etag);

    await expect(cosmos.stores.conversations.replace({ ...current.value, status: 'geannuleerd' }, current.etag)).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    await expect(cosmos.stores.conversations.create(conversation(TENANT_A, SANNE, 'g-10'))).rejects.toBeInstanceOf(ConflictError);
    expect((await cosmos.stores.conversations.get(TENANT_A, SANNE, 'g-10'))?.value.status).toBe('gepland');
  });
});
