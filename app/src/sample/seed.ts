import { createIfAbsent, type Stores } from '@koers/domain';
import { inBatches } from '../batches';
import { sampleCalendarEvents } from './calendars';
import { HENDRIKS_CATALOGUE, PEETERS_CATALOGUE } from './catalogue';
import { confirmJobTitles } from './confirmedJobTitles';
import { recordSampleTrainingRights } from './trainingRights';
import { HENDRIKS_TENANT_ID, SAMPLE_PEOPLE, SAMPLE_TENANTS } from './sampleOrg';

export interface SeedResult {
  /** Tenants written by this run. */
  seeded: string[];
  /** Tenants that already existed and were left exactly as they were. */
  skipped: string[];
}

export interface SeedOptions {
  /**
   * Brings a sample organisation's people (and who is HR) in through the directory sync instead
   * of writing them directly: how `npm start` loads them, the path a real tenant takes. Called for
   * every sample organisation on every run, after its settings exist.
   */
  loadPeople?: (tenantId: string) => Promise<unknown>;
  /**
   * Sample organisations (tenant ids) left for the onboarding wizard: their directory is in the
   * local Graph, but Koers does not know them until their admin sets them up. A tenant that was
   * set up already stays as it is.
   */
  leaveForOnboarding?: readonly string[];
}

/**
 * Job titles HR has not confirmed yet in the sample: what the Functiehuis page then offers as a
 * suggestion. Every other title of the sample's function house is confirmed with it.
 */
export const SAMPLE_UNCONFIRMED_JOB_TITLES: readonly string[] = ['Planner'];

async function seedCatalogue(stores: Stores, tenantId: string, now: Date): Promise<void> {
  if (await stores.catalogue.get(tenantId)) return;
  const [catalogue, hr] = tenantId === HENDRIKS_TENANT_ID ? [HENDRIKS_CATALOGUE, SAMPLE_PEOPLE.fatima] : [PEETERS_CATALOGUE, SAMPLE_PEOPLE.an];
  await createIfAbsent(() => stores.catalogue.replace(tenantId, catalogue, { updatedBy: hr.id, at: now.toISOString() }));
  await confirmJobTitles(stores, tenantId, catalogue, { id: hr.id, at: now.toISOString(), except: SAMPLE_UNCONFIRMED_JOB_TITLES });
  if (tenantId !== HENDRIKS_TENANT_ID) await recordSampleTrainingRights(stores, { id: hr.id, at: now.toISOString() });
}

/**
 * Seeds the sample organisations of SAMPLE-ORG.md with their people and eight weeks of calendar
 * from `now`. Idempotent and never destructive: an organisation whose settings document exists
 * is skipped entirely, so nothing a user changed is ever overwritten. The settings document is
 * written last, as the "seeded" marker: an interrupted run completes on the next start.
 *
 * The app-role assignments (who is HR) are written on every run, seeded or skipped, as the
 * directory sync would: they are the directory's, not something a user of Koers changes, and a
 * local database from before they existed gets them too. So is the function house and learning
 * offer, but only where the organisation has none yet: HR's own edits are never overwritten.
 *
 * With `loadPeople` the sync writes the people and the assignments: the settings come first (the
 * sync needs them), then the people, then their calendars from what the sync stored.
 */
export async function seedSampleData(stores: Stores, now: Date, options: SeedOptions = {}): Promise<SeedResult> {
  const result: SeedResult = { seeded: [], skipped: [] };
  for (const { organisation, people, roleAssignments } of SAMPLE_TENANTS) {
    const { loadPeople } = options;
    if (options.leaveForOnboarding?.includes(organisation.tenantId)) {
      result.skipped.push(organisation.tenantId);
      continue;
    }
    if (loadPeople) {
      const created = await createIfAbsent(() => stores.organisations.create(organisation));
      await loadPeople(organisation.tenantId);
      await seedCatalogue(stores, organisation.tenantId, now);
      if (!created) {
        result.skipped.push(organisation.tenantId);
        continue;
      }
      const synced = (await stores.people.listTenant(organisation.tenantId, { maxItems: 2_000 })).items;
      const events = synced.filter((p) => !p.leftAt).flatMap((person) => sampleCalendarEvents(person, organisation, now));
      await inBatches(events, 16, (event) => createIfAbsent(() => stores.calendarEvents.create(event)));
      result.seeded.push(organisation.tenantId);
      continue;
    }
    for (const assignment of roleAssignments) await stores.roleAssignments.upsert(assignment);
    await seedCatalogue(stores, organisation.tenantId, now);
    if (await stores.organisations.get(organisation.tenantId)) {
      result.skipped.push(organisation.tenantId);
      continue;
    }
    await inBatches(people, 8, (person) => createIfAbsent(() => stores.people.create(person)));
    const events = people.flatMap((person) => sampleCalendarEvents(person, organisation, now));
    await inBatches(events, 16, (event) => createIfAbsent(() => stores.calendarEvents.create(event)));
    await createIfAbsent(() => stores.organisations.create(organisation));
    result.seeded.push(organisation.tenantId);
  }
  return result;
}
