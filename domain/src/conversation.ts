import { z } from 'zod';
import { Guid } from './people';

export const ConversationStatus = z.enum(['concept', 'gepland', 'gehouden', 'geannuleerd']);
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
  /** Absent = 1; goes up each time a cancelled conversation is booked again (part of the idempotency key). */
  bookingRevision: z.number().int().min(1).optional(),
  /** The client's key of the booking request that created it: a retry returns this conversation. */
  bookingRequestId: z.string().min(1).max(100).optional(),
  /** Who booked, rescheduled or cancelled last (a manager's oid). */
  bookedBy: Guid.optional(),
  cancelReason: z.string().max(500).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Conversation = z.infer<typeof Conversation>;
