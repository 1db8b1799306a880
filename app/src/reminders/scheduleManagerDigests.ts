import { createIfAbsent, leadersAmong, managerDigestReminders, readAll, type Clock, type Reminder, type Stores } from '@koers/domain';
import { organisationHolidays } from '../organisation/holidays';

/**
 * Keeps this week's and next week's digest occurrence of every manager (everyone who leads someone:
 * direct reports, or people who have them as gesprekspartner) in the due index: one per
 * manager per ISO week, with stable ids, so the daily timer that calls this changes nothing when
 * run again. What goes on a digest is decided when the dispatcher sends it, from the plans then.
 */
export async function scheduleManagerDigests(stores: Stores, options: { clock: Clock }): Promise<Reminder[]> {
  const now = options.clock.now().toISOString();
  const written: Reminder[] = [];
  for (const tenantId of await stores.organisations.listTenantIds()) {
    const org = await stores.organisations.get(tenantId);
    const people = await readAll((page) => stores.people.listTenant(tenantId, page));
    for (const manager of leadersAmong(people)) {
      for (const reminder of managerDigestReminders({ manager, holidays: organisationHolidays(org?.value, options.clock.now()), now })) {
        if (await createIfAbsent(() => stores.reminders.create(reminder))) written.push(reminder);
      }
    }
  }
  return written;
}
