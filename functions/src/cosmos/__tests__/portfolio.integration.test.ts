import { AUTOMATIC_SHARES_ID, ConcurrencyError, ConflictError, createEntry, NotFoundError, reviseEntry, setAutomaticVisibility, type EntryContentInput } from '@koers/domain';
import { useEmbeddedCosmos } from './embeddedCosmos';
import { guid, MANAGER_ID, TENANT_A, TENANT_B } from './fixtures';

const cosmos = useEmbeddedCosmos();

const EMPLOYEE = guid(21);
const OTHER_EMPLOYEE = guid(22);
const uuid = (n: number) => `3f6c1e2a-9b7d-4c1e-8f00-${String(n).padStart(12, '0')}`;
const NOW = '2026-12-01T10:00:00.000Z';

const training: EntryContentInput = { kind: 'opleiding', title: 'Cursus planning', period: { from: '2026-03-01', to: '2026-06-30' }, organisation: 'ISSO' };

function entry(tenantId: string, employeeId: string, n: number, title = 'Cursus planning') {
  return createEntry({ id: uuid(n), tenantId, employeeId, content: { ...training, title }, visibility: 'prive', managerId: MANAGER_ID, existing: 0, now: NOW });
}

describe('the portfolio store', () => {
  it('lists every entry of one employee with its etag, and nothing of another employee or tenant', async () => {
    const { portfolio } = cosmos.stores;
    for (let i = 1; i <= 3; i++) await portfolio.create(entry(TENANT_A, EMPLOYEE, i, `Cursus ${i}`));
    await portfolio.create(entry(TENANT_A, OTHER_EMPLOYEE, 4));
    await portfolio.create(entry(TENANT_B, EMPLOYEE, 1, 'Andere tenant'));
    await portfolio.saveShares(
      setAutomaticVisibility(undefined, { tenantId: TENANT_A, employeeId: EMPLOYEE }, { source: 'pop', sourceId: 'pop-0', managerId: guid(99) }, 'leidinggevende', MANAGER_ID, NOW),
      undefined,
    );

    const listed = await portfolio.listForEmployee(TENANT_A, EMPLOYEE);
    expect(listed.map((s) => s.value.content.title).sort()).toEqual(['Cursus 1', 'Cursus 2', 'Cursus 3']);
    expect(listed.every((s) => s.etag.length > 0)).toBe(true);
    expect((await portfolio.listForEmployee(TENANT_B, EMPLOYEE)).map((s) => s.value.content.title)).toEqual(['Andere tenant']);
    // A point read never crosses a tenant, and the shares document is not an entry.
    expect((await portfolio.get(TENANT_B, EMPLOYEE, uuid(2)))).toBeUndefined();
    expect(await portfolio.get(TENANT_A, EMPLOYEE, AUTOMATIC_SHARES_ID)).toBeUndefined();
    await expect(portfolio.create(entry(TENANT_A, EMPLOYEE, 1, 'Dubbel'))).rejects.toBeInstanceOf(ConflictError);
  });

  it('replaces and deletes only with the current etag, and keeps the stored entry on a stale one', async () => {
    const { portfolio } = cosmos.stores;
    const created = await portfolio.create(entry(TENANT_A, EMPLOYEE, 10, 'Origineel'));
    const saved = await portfolio.replace(reviseEntry(created.value, { ...training, title: 'Eerste wijziging' }, NOW), created.etag);
    await expect(portfolio.replace(reviseEntry(created.value, { ...training, title: 'Verouderd' }, NOW), created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(portfolio.delete(TENANT_A, EMPLOYEE, uuid(10), created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await portfolio.get(TENANT_A, EMPLOYEE, uuid(10)))?.value.content.title).toBe('Eerste wijziging');

    await portfolio.delete(TENANT_A, EMPLOYEE, uuid(10), saved.etag);
    expect(await portfolio.get(TENANT_A, EMPLOYEE, uuid(10))).toBeUndefined();
    await expect(portfolio.delete(TENANT_A, EMPLOYEE, uuid(10), saved.etag)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses to store an invalid entry', async () => {
    const bad = { ...entry(TENANT_A, EMPLOYEE, 11), content: { ...training, link: 'javascript:alert(1)' } };
    await expect(cosmos.stores.portfolio.create(bad as never)).rejects.toThrow();
    expect(await cosmos.stores.portfolio.get(TENANT_A, EMPLOYEE, uuid(11))).toBeUndefined();
  });

  it('keeps one shares document per employee, created once and then replaced by etag', async () => {
    const { portfolio } = cosmos.stores;
    const base = { tenantId: TENANT_A, employeeId: OTHER_EMPLOYEE };
    const ref = { source: 'gesprek' as const, sourceId: 'g-0', managerId: guid(99) };
    const first = await portfolio.saveShares(setAutomaticVisibility(undefined, base, ref, 'leidinggevende', MANAGER_ID, NOW), undefined);
    await expect(portfolio.saveShares(first.value, undefined)).rejects.toBeInstanceOf(ConflictError);
    const second = await portfolio.saveShares(setAutomaticVisibility(first.value, base, ref, 'prive', MANAGER_ID, NOW), first.etag);
    await expect(portfolio.saveShares(first.value, first.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await portfolio.getShares(TENANT_A, OTHER_EMPLOYEE))?.value.shares).toEqual([]);
    expect(second.etag).not.toBe(first.etag);
    // The shares document never shows up as an entry.
    expect((await portfolio.listForEmployee(TENANT_A, OTHER_EMPLOYEE)).map((s) => s.value.id)).toEqual([uuid(4)]);
  });
});
