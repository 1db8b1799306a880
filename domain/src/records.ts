import { z } from 'zod';
import { Guid } from './people';
import { IsoDateTime } from './conversation';

/**
 * Minimal shapes of the records the later features (POP, reminders, bot) fill in. The canvas
 * lives in ./canvas (the koerskaart state is its stored shape).
 * The platform stores and guards them; each feature's issue grows its own schema here.
 */

export const PopStatus = z.enum(['concept', 'goedgekeurd']);
export const Pop = z.object({
  id: z.string().min(1).max(100),
  tenantId: Guid,
  employeeId: Guid,
  managerId: Guid,
  version: z.number().int().min(1),
  status: PopStatus,
  goals: z.array(z.object({ id: z.string().min(1).max(100), title: z.string().min(1).max(300) })).max(50),
  updatedAt: IsoDateTime,
});
export type Pop = z.infer<typeof Pop>;

export const ReminderState = z.enum(['due', 'sending', 'sent', 'failed', 'dead']);
export const Reminder = z.object({
  /** The idempotency key of one occurrence: a retry or a second timer run finds the same id. */
  id: z.string().min(1).max(200),
  tenantId: Guid,
  recipientId: Guid,
  kind: z.string().min(1).max(50),
  subjectId: z.string().min(1).max(100),
  dueAt: IsoDateTime,
  state: ReminderState,
  attempts: z.number().int().min(0),
});
export type Reminder = z.infer<typeof Reminder>;

/** A bot conversation reference kept so Koers can message a user proactively. */
export const StoredConversationReference = z.object({
  /** The user's oid: one personal-chat reference per user. */
  id: Guid,
  tenantId: Guid,
  reference: z.record(z.string(), z.unknown()),
  updatedAt: IsoDateTime,
});
export type StoredConversationReference = z.infer<typeof StoredConversationReference>;

/** A busy block in the local stand-in calendar (the Graph calendar in Azure). */
export const CalendarEvent = z.object({
  id: z.string().min(1).max(200),
  tenantId: Guid,
  ownerId: Guid,
  subject: z.string().max(300),
  start: IsoDateTime,
  end: IsoDateTime,
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere']),
});
export type CalendarEvent = z.infer<typeof CalendarEvent>;
