import { conversationReminders, createIfAbsent, goalReminderSettings, type Clock, type Conversation, type Person, type Reminder, type Stores } from '@koers/domain';
import { organisationHolidays } from '../organisation/holidays';

/**
 * Writes the reminders a booked or moved conversation should have (prep nudge for the employee,
 * meeting-day reminder for both parties). Idempotent: ids carry the conversation and its planned
 * start, so a retried booking writes nothing new, and a moved conversation gets fresh ones while
 * the old ones skip themselves at send time (the dispatcher checks the current conversation).
 * The booking service calls it once a conversation is "gepland" (book and reschedule).
 */
export async function scheduleConversationReminders(
  stores: Stores,
  conversation: Conversation,
  options: {
    clock: Clock;
    /** The two people and the holidays, when the caller has them already (booking does): no re-reads. */
    known?: { employee: Person; manager: Person; holidays: readonly string[] };
  },
): Promise<Reminder[]> {
  if (conversation.status !== 'gepland' || !conversation.start) return [];
  const known = options.known ?? (await readParties(stores, conversation, options.clock));
  if (!known) return [];
  const wanted = conversationReminders({ conversation, ...known, now: options.clock.now().toISOString() });
  const written: Reminder[] = [];
  for (const reminder of wanted) {
    if (await createIfAbsent(() => stores.reminders.create(reminder))) written.push(reminder);
  }
  return written;
}

/** The two people of a conversation or plan, the organisation's holidays and reminder settings, read at once. */
export async function readParties(stores: Stores, subject: { tenantId: string; employeeId: string; managerId: string }, clock: Clock) {
  const [employee, manager, org] = await Promise.all([
    stores.people.get(subject.tenantId, subject.employeeId),
    stores.people.get(subject.tenantId, subject.managerId),
    stores.organisations.get(subject.tenantId),
  ]);
  if (!employee || !manager) return undefined;
  return { employee: employee.value, manager: manager.value, holidays: organisationHolidays(org?.value, clock.now()), settings: goalReminderSettings(org?.value) };
}
