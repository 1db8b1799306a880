import {
  createIfAbsent,
  digestItems,
  hasRole,
  managerDigestReminders,
  popLink,
  type Clock,
  type GoalReminderSettings,
  type LinkTarget,
  type Pop,
  type Reminder,
  type Stores,
} from '@koers/domain';
import type { DigestLine } from '@koers/bot';
import { readAll } from '../api/summaries';

/**
 * The manager's weekly digest (issue 6): what goes on it is computed when its turn comes, from
 * the reports' plans as they are that Monday morning (domain digestItems); nothing to report and
 * the dispatcher skips it (no message). The occurrences themselves are kept in the due index by a
 * daily timer: one per manager per ISO week, stable ids, so running it often changes nothing.
 */

export async function managerDigest(
  stores: Stores,
  input: { tenantId: string; managerId: string; timeZone: string; now: string; settings: GoalReminderSettings; links: LinkTarget },
): Promise<DigestLine[]> {
  const reports = await readAll((page) => stores.people.listReports(input.tenantId, input.managerId, page));
  const lines: DigestLine[] = [];
  for (const report of reports) {
    // Only plans this manager is the manager of (a plan made with a former manager stays theirs).
    const pops: Pop[] = (await readAll((page) => stores.pops.listForEmployee(input.tenantId, report.id, page))).filter((p) => p.managerId === input.managerId);
    for (const item of digestItems({ pops, now: input.now, timeZone: input.timeZone, settings: input.settings })) {
      lines.push({
        employeeName: report.displayName,
        goalTitle: item.goalTitle,
        reasons: item.reasons,
        ...(item.overdueSince ? { overdueSince: item.overdueSince } : {}),
        ...(item.lastCheckIn ? { lastCheckIn: item.lastCheckIn } : {}),
        popUrl: popLink(input.links, item.popId),
      });
    }
  }
  return lines;
}

/** Keeps this week's and next week's digest occurrence of every manager in the due index. */
export async function scheduleManagerDigests(stores: Stores, options: { clock: Clock }): Promise<Reminder[]> {
  const now = options.clock.now().toISOString();
  const written: Reminder[] = [];
  for (const tenantId of await stores.organisations.listTenantIds()) {
    const org = await stores.organisations.get(tenantId);
    const people = await readAll((page) => stores.people.listTenant(tenantId, page));
    for (const manager of people.filter((p) => hasRole(p, 'manager'))) {
      for (const reminder of managerDigestReminders({ manager, holidays: org?.value.holidays ?? [], now })) {
        if (await createIfAbsent(() => stores.reminders.create(reminder))) written.push(reminder);
      }
    }
  }
  return written;
}
