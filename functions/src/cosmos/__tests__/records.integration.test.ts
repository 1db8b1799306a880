import { approvePop, ConcurrencyError, ConflictError, createPop, currentVersion, initialGuidance, koerskaart, popStatus, revisePop, type Canvas, type OrganisationSettings, type Pop } from '@koers/domain';
import { useEmbeddedCosmos } from './embeddedCosmos';
import { allPages, guid, MANAGER_ID, TENANT_A, TENANT_B } from './fixtures';

const cosmos = useEmbeddedCosmos();

const EMPLOYEE = guid(21);

function organisation(tenantId: string, name: string): OrganisationSettings {
  return {
    id: tenantId,
    tenantId,
    name,
    locale: 'nl-NL',
    timeZone: 'Europe/Amsterdam',
    leadTimeDays: 14,
    conversationMinutes: 60,
    checkInCadenceDays: 30,
    holidays: ['2026-04-27'],
  };
}

function canvas(tenantId: string, id: string): Canvas {
  const at = '2026-03-02T09:00:00.000Z';
  return { id, tenantId, employeeId: EMPLOYEE, managerId: MANAGER_ID, guidance: initialGuidance('standaard'), state: koerskaart.emptyCanvas(), createdAt: at, updatedAt: at };
}

const writer = { userId: EMPLOYEE, replicaId: 'tab1', nonce: 'n1' };

function pop(tenantId: string, id: string, updatedAt: string): Pop {
  return createPop({ id, tenantId, employeeId: EMPLOYEE, managerId: MANAGER_ID }, [], EMPLOYEE, updatedAt);
}

describe('the organisation store', () => {
  it('keeps one settings document per tenant and lists the tenant ids', async () => {
    await cosmos.stores.organisations.create(organisation(TENANT_A, 'A B.V.'));
    await cosmos.stores.organisations.create(organisation(TENANT_B, 'B BV'));

    expect((await cosmos.stores.organisations.get(TENANT_A))?.value.name).toBe('A B.V.');
    expect((await cosmos.stores.organisations.get(TENANT_B))?.value.name).toBe('B BV');
    expect(await cosmos.stores.organisations.listTenantIds()).toEqual([TENANT_A, TENANT_B]);
    await expect(cosmos.stores.organisations.create(organisation(TENANT_A, 'Nog eens'))).rejects.toBeInstanceOf(ConflictError);
  });

  it('fills in defaults the caller left out', async () => {
    const tenant = 'dddddddd-0000-4000-8000-000000000004';
    const { leadTimeDays: _l, conversationMinutes: _c, checkInCadenceDays: _k, holidays: _h, ...bare } = organisation(tenant, 'Kaal');
    const created = await cosmos.stores.organisations.create(bare as OrganisationSettings);

    expect(created.value).toMatchObject({ leadTimeDays: 14, conversationMinutes: 60, checkInCadenceDays: 30, holidays: [] });
  });

  it('refuses settings whose id is not the tenant id', async () => {
    await expect(
      cosmos.stores.organisations.create({ ...organisation('eeeeeeee-0000-4000-8000-000000000005', 'Fout'), id: TENANT_A }),
    ).rejects.toThrow(/must equal its tenantId/);
  });

  it('refuses a stale settings change and keeps the stored one', async () => {
    const current = await cosmos.stores.organisations.get(TENANT_A);
    if (!current) throw new Error('fixture missing');
    await cosmos.stores.organisations.replace({ ...current.value, leadTimeDays: 10 }, current.etag);

    await expect(cosmos.stores.organisations.replace({ ...current.value, leadTimeDays: 21 }, current.etag)).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    expect((await cosmos.stores.organisations.get(TENANT_A))?.value.leadTimeDays).toBe(10);
  });
});

describe('the canvas store', () => {
  it('creates, reads and replaces a canvas, refusing a stale edit', async () => {
    const created = await cosmos.stores.canvases.create(canvas(TENANT_A, 'gesprek-1'));
    const add = koerskaart.addCard(created.value.state, { cardId: 'k1', section: 'wensen', order: 'V', texts: { text: 'Ik wil meer klantcontact' } }, writer);
    const state = koerskaart.applyOperation(created.value.state, add);
    const edited = await cosmos.stores.canvases.replace({ ...created.value, state }, created.etag);

    await expect(cosmos.stores.canvases.replace({ ...created.value }, created.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    const read = await cosmos.stores.canvases.get(TENANT_A, EMPLOYEE, 'gesprek-1');
    expect(read?.value.state).toEqual(state);
    expect(read?.etag).toBe(edited.etag);
  });

  it('patches one card on the condition of the etag, leaving the other cards as they are', async () => {
    const read = await cosmos.stores.canvases.get(TENANT_A, EMPLOYEE, 'gesprek-1');
    if (!read) throw new Error('fixture missing');
    const add = koerskaart.addCard(read.value.state, { cardId: 'k2', section: 'noden', order: 'V', texts: { text: 'Planning' } }, { ...writer, nonce: 'n2' });
    const next = { ...read.value, state: koerskaart.applyOperation(read.value.state, add) };
    const patched = await cosmos.stores.canvases.patch(next, { cardIds: ['k2'], guidance: false }, read.etag);

    expect(Object.keys(patched.value.state.cards)).toEqual(['k1', 'k2']);
    await expect(cosmos.stores.canvases.patch(next, { cardIds: ['k2'], guidance: false }, read.etag)).rejects.toBeInstanceOf(ConcurrencyError);
  });

  it('never reads the canvas of another tenant', async () => {
    await cosmos.stores.canvases.create(canvas(TENANT_B, 'gesprek-b'));

    await expect(cosmos.stores.canvases.get(TENANT_A, EMPLOYEE, 'gesprek-b')).resolves.toBeUndefined();
    expect((await cosmos.stores.canvases.get(TENANT_B, EMPLOYEE, 'gesprek-b'))?.value.tenantId).toBe(TENANT_B);
  });
});

describe('the POP store', () => {
  beforeAll(async () => {
    const times = ['2026-01-05', '2026-02-05', '2026-03-05', '2026-04-05', '2026-05-05', '2026-06-05', '2026-07-05'];
    for (const [i, day] of times.entries()) {
      await cosmos.stores.pops.create(pop(TENANT_A, `pop-${i + 1}`, `${day}T10:00:00.000Z`));
    }
    await cosmos.stores.pops.create(pop(TENANT_B, 'pop-1', '2027-01-01T10:00:00.000Z'));
  });

  it("lists an employee's POPs most recently changed first, in pages of 3 + 3 + 1", async () => {
    const pages = await allPages((continuationToken) =>
      cosmos.stores.pops.listForEmployee(TENANT_A, EMPLOYEE, { maxItems: 3, ...(continuationToken ? { continuationToken } : {}) }),
    );

    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat().map((p) => p.id)).toEqual(['pop-7', 'pop-6', 'pop-5', 'pop-4', 'pop-3', 'pop-2', 'pop-1']);
    expect(pages.flat().every((p) => p.tenantId === TENANT_A)).toBe(true);
  });

  it('finds a plan by its id alone, across employees, never in another tenant', async () => {
    const other = guid(22);
    await cosmos.stores.pops.create(createPop({ id: 'pop-elders', tenantId: TENANT_A, employeeId: other, managerId: MANAGER_ID }, [], other, '2026-08-01T10:00:00.000Z'));

    const found = await cosmos.stores.pops.findById(TENANT_A, 'pop-elders');
    expect(found?.value.employeeId).toBe(other);
    expect(found?.etag).toBe((await cosmos.stores.pops.get(TENANT_A, other, 'pop-elders'))?.etag);
    expect((await cosmos.stores.pops.findById(TENANT_B, 'pop-1'))?.value.updatedAt).toBe('2027-01-01T10:00:00.000Z');
    await expect(cosmos.stores.pops.findById(TENANT_B, 'pop-elders')).resolves.toBeUndefined();
    await expect(cosmos.stores.pops.findById(TENANT_A, 'pop-bestaat-niet')).resolves.toBeUndefined();
  });

  it('refuses a stale approval', async () => {
    const current = await cosmos.stores.pops.get(TENANT_A, EMPLOYEE, 'pop-1');
    if (!current) throw new Error('fixture missing');
    const { number, contentHash } = currentVersion(current.value);
    const later = '2026-06-02T10:00:00.000Z';
    const approvedByEmployee = approvePop(current.value, { version: number, contentHash, by: EMPLOYEE, now: later });
    await cosmos.stores.pops.replace(approvePop(approvedByEmployee, { version: number, contentHash, by: MANAGER_ID, now: later }), current.etag);

    const edited = revisePop(current.value, { baseVersion: number, goals: [{ id: 'd1', title: 'Later', kind: 'verdiepen', route: 'opleiding' }], by: EMPLOYEE, now: later });
    await expect(cosmos.stores.pops.replace(edited, current.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    const stored = (await cosmos.stores.pops.get(TENANT_A, EMPLOYEE, 'pop-1'))?.value;
    expect(stored && popStatus(stored)).toBe('goedgekeurd');
    expect(stored?.versions.map((v) => v.goals)).toEqual([[]]);
    expect((await cosmos.stores.pops.get(TENANT_B, EMPLOYEE, 'pop-1'))?.value.updatedAt).toBe('2027-01-01T10:00:00.000Z');
  });
});

describe('the conversation reference store', () => {
  it('keeps the last reference a user sent, per tenant', async () => {
    const user = guid(31);
    await cosmos.stores.conversationReferences.upsert({ id: user, tenantId: TENANT_A, reference: { conversation: { id: 'oud' } }, updatedAt: '2026-03-01T08:00:00.000Z' });
    await cosmos.stores.conversationReferences.upsert({ id: user, tenantId: TENANT_A, reference: { conversation: { id: 'nieuw' } }, updatedAt: '2026-03-02T08:00:00.000Z' });

    expect((await cosmos.stores.conversationReferences.get(TENANT_A, user))?.value.reference).toEqual({ conversation: { id: 'nieuw' } });
    await expect(cosmos.stores.conversationReferences.get(TENANT_B, user)).resolves.toBeUndefined();
  });
});

describe('the calendar event store', () => {
  const OWNER = guid(41);
  const event = (id: string, start: string, end: string) => ({ id, tenantId: TENANT_A, ownerId: OWNER, subject: id, start, end, showAs: 'busy' as const });

  beforeAll(async () => {
    await cosmos.stores.calendarEvents.create(event('voor', '2026-03-02T07:00:00.000Z', '2026-03-02T08:00:00.000Z'));
    await cosmos.stores.calendarEvents.create(event('over-begin', '2026-03-02T08:30:00.000Z', '2026-03-02T09:30:00.000Z'));
    await cosmos.stores.calendarEvents.create(event('binnen', '2026-03-02T11:00:00+01:00', '2026-03-02T12:00:00+01:00'));
    await cosmos.stores.calendarEvents.create(event('na', '2026-03-02T12:00:00.000Z', '2026-03-02T13:00:00.000Z'));
    await cosmos.stores.calendarEvents.create({ ...event('andere-tenant', '2026-03-02T10:00:00.000Z', '2026-03-02T11:00:00.000Z'), tenantId: TENANT_B });
  });

  it('lists the events that overlap a window, in start order, like calendarView', async () => {
    const events = await cosmos.stores.calendarEvents.listBetween(TENANT_A, OWNER, '2026-03-02T09:00:00.000Z', '2026-03-02T12:00:00.000Z');

    expect(events.map((e) => e.id)).toEqual(['over-begin', 'binnen']);
  });

  it('never lists events of another tenant', async () => {
    const events = await cosmos.stores.calendarEvents.listBetween(TENANT_A, OWNER, '2026-03-01T00:00:00.000Z', '2026-03-03T00:00:00.000Z');

    expect(events.map((e) => e.id)).toEqual(['voor', 'over-begin', 'binnen', 'na']);
  });

  it('deletes an event, and deleting it again is not an error', async () => {
    await cosmos.stores.calendarEvents.delete(TENANT_A, OWNER, 'na');
    await cosmos.stores.calendarEvents.delete(TENANT_A, OWNER, 'na');
    // A delete with the wrong tenant must not touch the other tenant's event.
    await cosmos.stores.calendarEvents.delete(TENANT_A, OWNER, 'andere-tenant');

    const a = await cosmos.stores.calendarEvents.listBetween(TENANT_A, OWNER, '2026-03-01T00:00:00.000Z', '2026-03-03T00:00:00.000Z');
    const b = await cosmos.stores.calendarEvents.listBetween(TENANT_B, OWNER, '2026-03-01T00:00:00.000Z', '2026-03-03T00:00:00.000Z');
    expect(a.map((e) => e.id)).not.toContain('na');
    expect(b.map((e) => e.id)).toEqual(['andere-tenant']);
  });
});
