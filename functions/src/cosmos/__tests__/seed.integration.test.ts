import { HENDRIKS_TENANT_ID, PEETERS_TENANT_ID, SAMPLE_PEOPLE, seedSampleData } from '@koers/app';
import { ensureSchema } from '../client';
import { createCosmosStores } from '../stores';
import { useEmbeddedCosmos } from './embeddedCosmos';

const cosmos = useEmbeddedCosmos();
const NOW = new Date('2026-11-23T07:00:00.000Z');

describe('seeding the sample organisations', () => {
  it('seeds both organisations with 8 and 3 people and their calendars', async () => {
    const result = await seedSampleData(cosmos.stores, NOW);

    expect(result).toEqual({ seeded: [HENDRIKS_TENANT_ID, PEETERS_TENANT_ID], skipped: [] });
    expect((await cosmos.stores.people.listTenant(HENDRIKS_TENANT_ID)).items).toHaveLength(8);
    expect((await cosmos.stores.people.listTenant(PEETERS_TENANT_ID)).items).toHaveLength(3);
    expect((await cosmos.stores.organisations.get(PEETERS_TENANT_ID))?.value.locale).toBe('nl-BE');
    const reports = await cosmos.stores.people.listReports(HENDRIKS_TENANT_ID, SAMPLE_PEOPLE.jeroen.id);
    expect(reports.items.map((p) => p.displayName)).toEqual(['Ahmed Yilmaz', 'Fatima El Amrani', 'Linda de Wit', 'Noor Visser']);
    const week = await cosmos.stores.calendarEvents.listBetween(
      HENDRIKS_TENANT_ID,
      SAMPLE_PEOPLE.sanne.id,
      '2026-11-23T00:00:00.000Z',
      '2026-11-28T00:00:00.000Z',
    );
    expect(week.length).toBeGreaterThan(3);
  });

  it('is idempotent: a second run changes nothing and overwrites no user edits', async () => {
    const linda = await cosmos.stores.people.get(HENDRIKS_TENANT_ID, SAMPLE_PEOPLE.linda.id);
    if (!linda) throw new Error('seed missing');
    await cosmos.stores.people.replace({ ...linda.value, jobTitle: 'Hoofd service' }, linda.etag);
    const eventsBefore = await cosmos.stores.calendarEvents.listBetween(
      HENDRIKS_TENANT_ID,
      SAMPLE_PEOPLE.linda.id,
      '2026-01-01T00:00:00.000Z',
      '2027-12-31T00:00:00.000Z',
    );

    const result = await seedSampleData(cosmos.stores, new Date('2026-12-01T07:00:00.000Z'));

    expect(result).toEqual({ seeded: [], skipped: [HENDRIKS_TENANT_ID, PEETERS_TENANT_ID] });
    expect((await cosmos.stores.people.listTenant(HENDRIKS_TENANT_ID)).items).toHaveLength(8);
    expect((await cosmos.stores.people.get(HENDRIKS_TENANT_ID, SAMPLE_PEOPLE.linda.id))?.value.jobTitle).toBe('Hoofd service');
    const eventsAfter = await cosmos.stores.calendarEvents.listBetween(
      HENDRIKS_TENANT_ID,
      SAMPLE_PEOPLE.linda.id,
      '2026-01-01T00:00:00.000Z',
      '2027-12-31T00:00:00.000Z',
    );
    expect(eventsAfter).toEqual(eventsBefore);
  });

  it('completes a run that was interrupted before the organisation was written', async () => {
    // A crash mid-seed on an empty store: one person is there, the organisation marker is not.
    const stores = createCosmosStores(await ensureSchema(cosmos.client, 'koers-interrupted'));
    await stores.people.create(SAMPLE_PEOPLE.an);

    const result = await seedSampleData(stores, NOW);

    expect(result.seeded).toEqual([HENDRIKS_TENANT_ID, PEETERS_TENANT_ID]);
    expect((await stores.people.listTenant(PEETERS_TENANT_ID)).items.map((p) => p.displayName)).toEqual([
      'An Peeters',
      'Lotte Maes',
      'Wout Claes',
    ]);
    expect(await stores.organisations.listTenantIds()).toEqual([HENDRIKS_TENANT_ID, PEETERS_TENANT_ID]);
  });
});
