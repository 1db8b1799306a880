import { createEntry } from '@koers/domain';
import { HENDRIKS_CATALOGUE, scheduleCertificateReminders } from '@koers/app';
import { chatOf, team, useGoalStack } from './__tests__/goalKit';

const { cosmos, clock, h, connector } = useGoalStack();

describe('sending the expiry warning of a required certificate', () => {
  it('tells Sanne and her manager Linda once, three months ahead, with the course that renews it', async () => {
    const stores = cosmos.stores;
    const tm = await team(stores, connector());
    await stores.catalogue.replace(tm.tenantId, HENDRIKS_CATALOGUE, { updatedBy: tm.linda.id, at: '2026-02-01T09:00:00.000Z' });
    await stores.functionLinks.upsert({ kind: 'person', tenantId: tm.tenantId, id: tm.sanne.id, functionId: 'monteur', setBy: tm.linda.id, setAt: '2026-02-01T09:00:00.000Z' });
    // F-gassen is valid five years: obtained 16 June 2021, valid until 16 June 2026, warned on Monday 16 March.
    const content = { kind: 'certificaat' as const, title: 'F-gassen', period: { from: '2021-06-16' }, issuer: 'SOG', organisation: '', description: '' };
    await stores.portfolio.create(
      createEntry({ id: '3f6c1e2a-9b7d-4c1e-8f00-000000000077', tenantId: tm.tenantId, employeeId: tm.sanne.id, content, visibility: 'prive', managerId: tm.linda.id, existing: 0, now: '2026-02-01T09:00:00.000Z' }),
    );

    clock.set('2026-03-16T01:15:00.000Z');
    expect((await scheduleCertificateReminders(stores, { clock })).filter((r) => r.tenantId === tm.tenantId)).toHaveLength(2);
    clock.set('2026-03-16T07:01:00.000Z');
    await h.dispatcher().run();

    const sannes = JSON.stringify(chatOf(connector(), tm, 'Sanne').map((d) => d.body));
    expect(sannes).toContain('Je certificaat F-gassen is geldig tot 16 juni 2026');
    expect(sannes).toContain('Cursus: F-gassen categorie 1 (herexamen) (Installatie-opleider)');
    const lindas = JSON.stringify(chatOf(connector(), tm, 'Linda').map((d) => d.body));
    expect(lindas).toContain('Het certificaat F-gassen van Sanne Bakker is geldig tot 16 juni 2026');

    // The next night and morning: nothing new.
    clock.set('2026-03-17T01:15:00.000Z');
    expect((await scheduleCertificateReminders(stores, { clock })).filter((r) => r.tenantId === tm.tenantId)).toEqual([]);
    clock.set('2026-03-17T07:01:00.000Z');
    await h.dispatcher().run();
    expect(chatOf(connector(), tm, 'Sanne')).toHaveLength(1);
    expect(chatOf(connector(), tm, 'Linda')).toHaveLength(1);
  });
});
