import { createIfAbsent, type Stores } from '@koers/domain';
import { inBatches } from '../batches';
import { confirmJobTitles } from './confirmedJobTitles';
import type { DemoOrganisation } from './demoOrg';

export interface DemoSeedOptions {
  /**
   * Brings the people in through the directory sync (as `npm start` does for the sample
   * organisations), instead of writing them directly (the bench fixture, tests).
   */
  loadPeople?: (tenantId: string) => Promise<unknown>;
  /** Writes at once; the embedded server takes more in parallel than one at a time. */
  concurrency?: number;
}

/**
 * Writes a generated demo organisation through the stores: people, function house, a year of
 * conversations and agreed plans, talent-pool wishes and each closed round's insight snapshot.
 * Idempotent and never destructive: an organisation whose settings exist is left as it is; the
 * settings come first only when the directory sync needs them, otherwise last, as the marker
 * that the seed completed. Returns whether it wrote anything.
 */
export async function seedDemoOrganisation(stores: Stores, demo: DemoOrganisation, options: DemoSeedOptions = {}): Promise<boolean> {
  const tenantId = demo.organisation.tenantId;
  const size = options.concurrency ?? 32;
  if (options.loadPeople) {
    const created = await createIfAbsent(() => stores.organisations.create(demo.organisation));
    await options.loadPeople(tenantId);
    if (!created) return false;
  } else {
    if (await stores.organisations.get(tenantId)) return false;
    await inBatches(demo.roleAssignments, size, (a) => stores.roleAssignments.upsert(a));
    await inBatches(demo.people, size, (p) => createIfAbsent(() => stores.people.create(p)));
  }
  if (!(await stores.catalogue.get(tenantId))) {
    const at = demo.rounds[0]?.createdAt ?? new Date(0).toISOString();
    await createIfAbsent(() => stores.catalogue.replace(tenantId, demo.catalogue, { updatedBy: demo.hr.id, at }));
    await confirmJobTitles(stores, tenantId, demo.catalogue, { id: demo.hr.id, at });
  }
  await inBatches(demo.conversations, size, (c) => createIfAbsent(() => stores.conversations.create(c)));
  await inBatches(demo.pops, size, (p) => createIfAbsent(() => stores.pops.create(p)));
  await inBatches(demo.talent, size, (t) => createIfAbsent(() => stores.talentPool.save(t, undefined)));
  await inBatches(demo.rounds, size, (r) => createIfAbsent(() => stores.rounds.create(r)));
  await inBatches(demo.snapshots, size, (s) => createIfAbsent(() => stores.insight.create(s)));
  if (!options.loadPeople) await createIfAbsent(() => stores.organisations.create(demo.organisation));
  return true;
}
