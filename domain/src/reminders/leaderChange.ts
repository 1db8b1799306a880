import { isLeaderOf } from '../actor';
import type { Person } from '../people';
import type { Reminder } from '../records';
import { isReminderKind } from './conversationReminders';
import { noticeRecord } from './notices';

/**
 * What becomes of the reminders, notices and cards queued for someone's previous leader (their
 * manager, or the gesprekspartner HR set) about that person, once someone else leads them
 * (docs/directory-sync.md, "Manager change"). Nothing keeps going to the previous leader:
 *
 * - an employee's request for a conversation goes to the new leader (with the slots Koers had
 *   found, marked as not checked against the new leader's calendar), or is dropped without one;
 * - everything about a conversation or plan of the old pair (the meeting-day reminder, a plan's
 *   "your turn" or "agreed", a goal that needs help, a follow-up) is dropped: only the old pair
 *   may open those, and the old leader no longer may;
 * - what is worked out when it is sent (the weekly digest, a round's cards) and what is not about
 *   the person is kept: it reads the team as it is then.
 */

/** States in which a record may still be sent. A claimed one (`sending`) is the dispatcher's; it finds the change at send time. */
const PENDING = new Set<Reminder['state']>(['due', 'failed']);

/** The employee a record is about, where the record itself says so; conversation reminders name their conversation instead. */
export function employeeOfReminder(reminder: Reminder): string | undefined {
  const about = reminder.about;
  if (about?.type === 'notice') return 'employeeId' in about.notice ? about.notice.employeeId : undefined;
  if (about?.type === 'follow-up' || about?.type === 'goal' || about?.type === 'certificate') return about.employeeId;
  return undefined;
}

/** True for a reminder about a booked conversation (the employee is the conversation's, `subjectId`). */
export function isConversationReminder(reminder: Reminder): boolean {
  return isReminderKind(reminder.kind);
}

export type LeaderChangeOutcome = { action: 'keep' } | { action: 'drop' } | { action: 'readdress'; record: Reminder };

/**
 * The rule for one record addressed to the previous leader that is about the employee whose
 * leader changed (`aboutEmployee`: the caller resolved it, for conversation reminders through the
 * conversation). `toId`: the new leader, if there is one. A re-addressed record is due `now`
 * (the day bucket the dispatcher reads first), not at the request's own time.
 */
export function afterLeaderChange(reminder: Reminder, aboutEmployee: boolean, toId: string | undefined, now: string): LeaderChangeOutcome {
  if (!aboutEmployee || !PENDING.has(reminder.state)) return { action: 'keep' };
  const about = reminder.about;
  if (about?.type === 'notice' && about.notice.event === 'conversation-requested') {
    if (!toId) return { action: 'drop' };
    const { notice } = about;
    const proposals = { ...notice.proposals, unreadableCalendars: [...new Set([...notice.proposals.unreadableCalendars, toId])] };
    const record = noticeRecord({ tenantId: reminder.tenantId, recipientId: toId, notice: { ...notice, managerId: toId, proposals } });
    return { action: 'readdress', record: { ...record, dueAt: Date.parse(now) > Date.parse(record.dueAt) ? new Date(Date.parse(now)).toISOString() : record.dueAt } };
  }
  return { action: 'drop' };
}

/**
 * The rule for one record addressed to a leader about someone who left (deleted or disabled):
 * nothing about a leaver goes to anyone any more, a request for a conversation included.
 */
export function afterEmployeeLeft(reminder: Reminder, aboutEmployee: boolean): LeaderChangeOutcome {
  return aboutEmployee && PENDING.has(reminder.state) ? { action: 'drop' } : { action: 'keep' };
}

/** Why a record for a leader about someone was set aside: they lead someone else now, or the person left. */
export type SetAsideReason = 'leader-changed' | 'leaver';

/** The previous leader's record once the rule dropped or re-addressed it: it will not be sent. */
export function setAsideForLeaderChange(reminder: Reminder, reason: SetAsideReason = 'leader-changed'): Reminder {
  const { claim: _claim, notBefore: _notBefore, ...rest } = reminder;
  return { ...rest, state: 'skipped', lastError: reason };
}

/**
 * At send time, for a record addressed to `recipientId` about `employee` (`undefined`: not
 * found): why it must not be sent, or undefined when it may. The re-addressing leaves alone what
 * the dispatcher already claimed; this catches it.
 */
export function setAsideAtSendTime(recipientId: string, employee: Pick<Person, 'id' | 'managerId' | 'gesprekspartnerId' | 'leftAt'> | undefined): SetAsideReason | undefined {
  if (employee?.id === recipientId) return undefined;
  if (!employee || employee.leftAt) return 'leaver';
  return isLeaderOf(employee, recipientId) ? undefined : 'leader-changed';
}
