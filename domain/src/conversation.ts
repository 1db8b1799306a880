import { z } from 'zod';
import { Guid } from './people';
import { EmployeeRemark } from './remark';
import { TemplateRef } from './templates/ref';
import { CONVERSATION_STATUSES } from './conversationHeld';

// When a conversation counts as held: without zod, for the Koerskaart's tools (see conversationHeld.ts).
export * from './conversationHeld';

export const ConversationStatus = z.enum(CONVERSATION_STATUSES);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

export const ConversationKind = z.enum(['loopbaangesprek', 'vervolggesprek', 'langer-werken']);
export type ConversationKind = z.infer<typeof ConversationKind>;

export const IsoDateTime = z.string().datetime({ offset: true });

/** A career conversation between an employee and their manager. */
export const Conversation = z.object({
  id: z.string().min(1).max(100),
  tenantId: Guid,
  employeeId: Guid,
  managerId: Guid,
  kind: ConversationKind,
  status: ConversationStatus,
  /** UTC instants; absent while not yet planned. */
  start: IsoDateTime.optional(),
  end: IsoDateTime.optional(),
  /** The calendar event once booked (Graph: the organizer's event; locally: the stand-in's). */
  meeting: z
    .object({
      eventId: z.string().min(1).max(500),
      joinUrl: z.string().max(2000).optional(),
      webLink: z.string().max(2000).optional(),
    })
    .optional(),
  /**
   * Where they meet in person ("Kamer 2.14, Utrecht"); absent: online, as a Teams meeting. An
   * in-person conversation has no Teams meeting link, only the place in the invitation.
   */
  location: z.string().trim().min(1).max(255).optional(),
  /** Absent = 1; goes up each time a cancelled conversation is booked again (part of the idempotency key). */
  bookingRevision: z.number().int().min(1).optional(),
  /** The client's key of the booking request that created it: a retry returns this conversation. */
  bookingRequestId: z.string().min(1).max(100).optional(),
  /** Who booked, rescheduled or cancelled last (a manager's oid). */
  bookedBy: Guid.optional(),
  cancelReason: z.string().max(500).optional(),
  /** When one of the two marked it held ("Gesprek afronden"), and who. */
  completedAt: IsoDateTime.optional(),
  completedBy: Guid.optional(),
  /**
   * When the retention rule for held conversations emptied its Koerskaart and preparations; the
   * conversation itself (kind, date, the two people) stays for the history of the POP.
   */
  contentRemovedAt: IsoDateTime.optional(),
  /** The employee's own view of the held conversation ("Ik zie dit anders", remark.ts). */
  remark: EmployeeRemark.optional(),
  /**
   * The Teams meeting chat (19:meeting_…@thread.v2) of a conversation started from a meeting
   * nobody booked in Koers, so the meeting's side panel finds it again. A booked one has it in
   * `meeting.joinUrl` instead.
   */
  teamsThreadId: z.string().regex(/^19:meeting_[A-Za-z0-9_-]+@thread\.v2$/).max(200).optional(),
  /** The template version it was booked with; absent = the built-in koers-standaard, version 1. */
  template: TemplateRef.optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Conversation = z.infer<typeof Conversation>;

