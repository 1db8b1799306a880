import { ConflictError, conversationReminders, type Clock, type Conversation, type Reminder, type Stores } from '@koers/domain';

/**
 * Writes the reminders a booked or moved conversation should have (prep nudge for the employee,
 * meeting-day reminder for both parties). Idempotent: ids carry the conversation and its planned
 * start, so a retried booking writes nothing new, and a moved conversation gets fresh ones while
 * the old ones skip themselves at send time (the dispatcher checks the current conversation).
 * The booking service calls it once a conversation is "gepland" (book and reschedule).
 */
export async function scheduleConversationReminders(stores: Stores, conversation: Conversation, options: { clock: Clock }): Promise<Reminder[]> {
  if (conversation.status !== 'gepland' || !conversation.start) return [];
  const [employee, manager, org] = await Promise.all([
    stores.people.get(conversation.tenantId, conversation.employeeId),
    stores.people.get(conversation.tenantId, conversation.managerId),
    stores.organisations.get(conversation.tenantId),
  ]);
  if (!employee || !manager) return [];
  const wanted = conversationReminders({
    conversation,
    employee: employee.value,
    manager: manager.value,
    holidays: org?.value.holidays ?? [],
    now: options.clock.now().toISOString(),
  });
  const written: Reminder[] = [];
  for (const reminder of wanted) {
    try {
      written.push((await stores.reminders.create(reminder)).value);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return written;
}
