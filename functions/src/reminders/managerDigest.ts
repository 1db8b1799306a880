import { digestItems, popLink, readAll, type GoalReminderSettings, type LinkTarget, type Pop, type Stores } from '@koers/domain';
import type { DigestLine } from '@koers/bot';

/**
 * The manager's weekly digest: what goes on it is computed when its turn comes, from the reports'
 * plans as they are that Monday morning (domain digestItems); nothing to report and the dispatcher
 * skips it (no message). The occurrences themselves are kept in the due index by a daily timer
 * (app/src/reminders/scheduleManagerDigests.ts).
 */

export async function managerDigest(
  stores: Stores,
  input: { tenantId: string; managerId: string; timeZone: string; now: string; settings: GoalReminderSettings; links: LinkTarget },
): Promise<DigestLine[]> {
  const reports = await readAll((page) => stores.people.listTeam(input.tenantId, input.managerId, page));
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
