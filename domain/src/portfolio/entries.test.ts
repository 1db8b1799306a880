import { createEntry, parseTimelineId, PortfolioError, reviseEntry, setAutomaticVisibility, setEntryVisibility, visibilityOf, type PortfolioErrorCode } from './entries';
import { EMPLOYEE, MANAGER, OTHER_MANAGER, TENANT } from '../pop/testKit';
import { MAX_ENTRIES, type EntryContentInput } from './schema';

const NEW_MANAGER = OTHER_MANAGER;
const ID = '3f6c1e2a-9b7d-4c1e-8f00-1234567890ab';
const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-02T10:00:00.000Z';

const reflection: EntryContentInput = { kind: 'reflectie', title: 'Wat ik leerde van de storing', period: { from: '2026-11-20' } };

function refusal(run: () => unknown): PortfolioErrorCode | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PortfolioError) return error.code;
    throw error;
  }
  return undefined;
}

const entry = (visibility: 'prive' | 'leidinggevende' = 'prive', manager: { id?: string } = { id: MANAGER }) =>
  createEntry({ id: ID, tenantId: TENANT, employeeId: EMPLOYEE, content: reflection, visibility, managerId: manager.id, existing: 0, now: T0 });

describe('writing portfolio entries', () => {
  it('keeps a new entry private unless the employee shares it, and then shares it with the manager of today', () => {
    expect(entry().sharedWith).toBeUndefined();
    expect(entry('leidinggevende').sharedWith).toBe(MANAGER);
  });

  it('refuses to share when there is no manager, and refuses an entry beyond the maximum', () => {
    expect(refusal(() => entry('leidinggevende', {}))).toBe('portfolio-no-manager');
    expect(refusal(() => createEntry({ id: ID, tenantId: TENANT, employeeId: EMPLOYEE, content: reflection, visibility: 'prive', managerId: MANAGER, existing: MAX_ENTRIES, now: T0 }))).toBe('portfolio-full');
  });

  it('changes content without changing who it is shared with', () => {
    const revised = reviseEntry(entry('leidinggevende'), { ...reflection, title: 'Anders' }, T1);
    expect(revised).toMatchObject({ sharedWith: MANAGER, updatedAt: T1, createdAt: T0, content: { title: 'Anders' } });
  });

  it('does not show a new manager what was shared with the previous one until it is shared again', () => {
    const shared = entry('leidinggevende');
    expect(visibilityOf(shared.sharedWith, MANAGER)).toBe('leidinggevende');
    expect(visibilityOf(shared.sharedWith, NEW_MANAGER)).toBe('prive');
    const again = setEntryVisibility(shared, 'leidinggevende', NEW_MANAGER, T1);
    expect(again.sharedWith).toBe(NEW_MANAGER);
    const hidden = setEntryVisibility(again, 'prive', NEW_MANAGER, T1);
    expect(hidden.sharedWith).toBeUndefined();
    expect(setEntryVisibility(hidden, 'prive', NEW_MANAGER, '2030-01-01T00:00:00Z')).toBe(hidden);
  });
});

describe('sharing automatic entries', () => {
  const base = { tenantId: TENANT, employeeId: EMPLOYEE };
  const withOld = { source: 'gesprek' as const, sourceId: 'g-1', managerId: MANAGER };

  it('shares one that involved a previous manager with the current one, and can take that back', () => {
    const shared = setAutomaticVisibility(undefined, base, withOld, 'leidinggevende', NEW_MANAGER, T0);
    expect(shared.shares).toEqual([{ source: 'gesprek', sourceId: 'g-1', sharedWith: NEW_MANAGER, at: T0 }]);
    expect(setAutomaticVisibility(shared, base, withOld, 'prive', NEW_MANAGER, T1).shares).toEqual([]);
  });

  it('cannot hide one from the manager who took part in it', () => {
    expect(refusal(() => setAutomaticVisibility(undefined, base, withOld, 'prive', MANAGER, T0))).toBe('portfolio-shared-by-nature');
    expect(setAutomaticVisibility(undefined, base, withOld, 'leidinggevende', MANAGER, T0).shares).toEqual([]);
  });
});

describe('timeline ids', () => {
  it('tell own entries from automatic ones', () => {
    expect(parseTimelineId(ID)).toEqual({ source: 'eigen', id: ID });
    expect(parseTimelineId('pop:pop-1')).toEqual({ source: 'pop', sourceId: 'pop-1' });
    expect(parseTimelineId('gesprek:abc:def')).toEqual({ source: 'gesprek', sourceId: 'abc:def' });
  });
});
