import { prepNudgeAt } from '../booking/checkSlot';
import { localDate } from '../booking/zonedTime';
import { isHeld, type Conversation } from '../conversation';
import type { Person } from '../people';
import type { Reminder } from '../records';
import { workingDayOnOrBefore, workingWindow, type RecipientCalendar } from './quietHours';

/**
 * Reminder kinds around a booked conversation. The occurrence id is the idempotency key and
 * carries the planned start: a moved conversation gets new occurrences, and the old ones find out
 * at send time that they no longer match (so nothing has to be deleted when a meeting moves).
 * POP goal kinds (milestone/deadline, check-in) will be added beside these with their own ids.
 */
export const REMINDER_KINDS = ['prep-nudge', 'meeting-day'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export function isReminderKind(kind: string): kind is ReminderKind {
  return (REMINDER_KINDS as readonly string[]).includes(kind);
}

/** Same format as the booking service already writes: `prep-nudge|conversationId|startMs`. */
export function prepNudgeId(conversationId: string, start: string): string {
  return `prep-nudge|${conversationId}|${Date.parse(start)}`;
}

/** One per party: `meeting-day|conversationId|startMs|recipientId`. */
export function meetingDayId(conversationId: string, start: string, recipientId: string): string {
  return `meeting-day|${conversationId}|${Date.parse(start)}|${recipientId}`;
}

/**
 * The planned start (epoch ms) a conversation reminder was made for; undefined for other ids. An
 * occurrence carried into a later bucket has `~n` appended to its id; the root still says it.
 */
export function plannedStartOf(reminder: Pick<Reminder, 'id' | 'kind'>): number | undefined {
  if (!isReminderKind(reminder.kind)) return undefined;
  const part = reminder.id.split('~')[0]?.split('|')[2];
  const ms = part === undefined ? Number.NaN : Number(part);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * On the day of the conversation, at the start of the recipient's working day (with the canvas
 * link); on the working day before when the meeting falls on their day off. Never after the start.
 */
export function meetingDayAt(input: { meetingStart: string; now: string; calendar: RecipientCalendar }): string | undefined {
  const start = Date.parse(input.meetingStart);
  const day = workingDayOnOrBefore(localDate(start, input.calendar.timeZone), input.calendar);
  if (!day) return undefined;
  const at = Math.min(workingWindow(day, input.calendar).start, start);
  return at > Date.parse(input.now) ? new Date(at).toISOString() : undefined;
}

function calendarOf(person: Person, holidays: readonly string[]): RecipientCalendar {
  return { timeZone: person.timeZone, workingHours: person.workingHours, holidays };
}

/**
 * The reminders a booked (or moved) conversation should have: the employee's prep nudge three
 * working days before, and a meeting-day reminder for both parties. Moments already past are left
 * out. Writing them is idempotent by id (see scheduleConversationReminders in functions/).
 */
export function conversationReminders(input: {
  conversation: Conversation;
  employee: Person;
  manager: Person;
  holidays: readonly string[];
  now: string;
}): Reminder[] {
  const { conversation: c, employee, manager, holidays, now } = input;
  if (c.status !== 'gepland' || !c.start) return [];
  const base = { tenantId: c.tenantId, subjectId: c.id, state: 'due' as const, attempts: 0 };
  const out: Reminder[] = [];
  const nudge = prepNudgeAt({ meetingStart: c.start, now, timeZone: employee.timeZone, workingHours: employee.workingHours, holidays });
  if (nudge) out.push({ ...base, id: prepNudgeId(c.id, c.start), recipientId: employee.id, kind: 'prep-nudge', dueAt: nudge });
  for (const person of [employee, manager]) {
    const at = meetingDayAt({ meetingStart: c.start, now, calendar: calendarOf(person, holidays) });
    if (at) out.push({ ...base, id: meetingDayId(c.id, c.start, person.id), recipientId: person.id, kind: 'meeting-day', dueAt: at });
  }
  return out;
}

export type Relevance = 'send' | 'skip';

/**
 * Whether a conversation reminder still makes sense when its turn comes, checked against the
 * current conversation (not the one at booking time): cancelled, held (marked so with "Gesprek
 * afronden", or its meeting is over — isHeld), or moved (its start is no longer the one in the
 * id) → skip; a prep nudge also skips when the preparation is done.
 */
export function conversationReminderRelevance(
  reminder: Pick<Reminder, 'id' | 'kind'>,
  current: Conversation | undefined,
  employeePrepared: boolean,
  now: Date,
): Relevance {
  const planned = plannedStartOf(reminder);
  if (planned === undefined || !current || current.status !== 'gepland' || !current.start || isHeld(current, now)) return 'skip';
  if (Date.parse(current.start) !== planned) return 'skip';
  if (reminder.kind === 'prep-nudge' && employeePrepared) return 'skip';
  return 'send';
}
