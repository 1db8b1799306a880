import { afterEmployeeLeft, afterLeaderChange, ConcurrencyError, ConflictError, employeeOfReminder, isConversationReminder, readAll, setAsideForLeaderChange, type Clock, type Reminder, type Stores } from '@koers/domain';

/**
 * After someone's leader changed (a manager change in the directory, or HR's gesprekspartner):
 * what was queued for the previous leader about them is dropped or goes to the new leader
 * (domain/src/reminders/leaderChange.ts has the rule). Idempotent: a rerun finds the old records
 * set aside and the re-addressed ones already there.
 */
export interface LeaderChange {
  tenantId: string;
  employeeId: string;
  /** The previous leader (absent: nobody led them, nothing was queued for anyone). */
  fromId?: string;
  toId?: string;
  /** The person left (deleted or disabled): everything queued for `fromId` about them is dropped (`leaver`). */
  leaving?: boolean;
}

export interface ReaddressDeps {
  stores: Pick<Stores, 'reminders' | 'conversations'>;
  clock: Clock;
}

/** How many records one person may have queued; far more than a year of reminders. */
const QUEUED_LIMIT = 5_000;

export async function readdressAfterLeaderChange({ stores, clock }: ReaddressDeps, change: LeaderChange): Promise<{ dropped: number; readdressed: number }> {
  const counts = { dropped: 0, readdressed: 0 };
  const { tenantId, employeeId, fromId, toId, leaving } = change;
  if (!fromId || (fromId === toId && !leaving)) return counts;
  const queued = await readAll((page) => stores.reminders.listForRecipient(tenantId, fromId, page), QUEUED_LIMIT);
  for (const reminder of queued) {
    const about = await isAbout(reminder);
    const outcome = leaving ? afterEmployeeLeft(reminder, about) : afterLeaderChange(reminder, about, toId, clock.now().toISOString());
    if (outcome.action === 'keep') continue;
    if (outcome.action === 'readdress') {
      try {
        await stores.reminders.create(outcome.record);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
      counts.readdressed++;
    } else counts.dropped++;
    await setAside(reminder);
  }
  return counts;

  async function setAside(reminder: Reminder): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await stores.reminders.get(tenantId, reminder.dueAt, reminder.id);
      // Sent or claimed meanwhile: the dispatcher had it first.
      if (!current || (current.value.state !== 'due' && current.value.state !== 'failed')) return;
      try {
        await stores.reminders.replace(setAsideForLeaderChange(current.value, leaving ? 'leaver' : 'leader-changed'), current.etag);
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
  }

  async function isAbout(reminder: Reminder): Promise<boolean> {
    if (reminder.state !== 'due' && reminder.state !== 'failed') return false;
    if (isConversationReminder(reminder)) return (await stores.conversations.findById(tenantId, reminder.subjectId))?.value.employeeId === employeeId;
    return employeeOfReminder(reminder) === employeeId;
  }
}
