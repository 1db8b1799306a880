import { z } from 'zod';
import { PersonSummary } from './api';
import { NoSlotReason, ProposedSlot } from './booking/schema';
import { Conversation, ConversationKind, IsoDateTime } from './conversation';
import { Guid } from './people';
import { MAX_PREP_QUESTIONS, Preparation, PrepQuestion, PrepRole } from './preparation';
import { TemplateRef } from './templates/ref';

/**
 * Wire shapes of booking and preparing a conversation (HTTP API and the bot use the same
 * service, see BookingService in ports.ts).
 *
 *   GET  /api/bookings/proposals?employeeId=…[&after=…]   → SlotProposalsResponse
 *   POST /api/conversations                    BookConversationRequest → 201/200 ConversationResponse
 *   GET  /api/conversations/{id}                                        → ConversationResponse
 *   POST /api/conversations/{id}/reschedule    If-Match, RescheduleRequest → ConversationResponse
 *   POST /api/conversations/{id}/cancel        If-Match, CancelRequest     → ConversationResponse
 *   POST /api/conversations/{id}/complete      If-Match                    → ConversationView (marked held)
 *   GET  /api/conversations/{id}/preparation                            → PreparationResponse
 *   PUT  /api/conversations/{id}/preparation   [If-Match], SavePreparationRequest → PreparationResponse
 */

export const SlotProposalsQuery = z.object({
  employeeId: Guid,
  /** "Andere tijden": the `next` of the previous answer. */
  after: IsoDateTime.optional(),
});
export type SlotProposalsQuery = z.infer<typeof SlotProposalsQuery>;

/** Days someone would like the conversation in ("in januari"): civil dates in the organisation's calendar. */
export const DayRange = z
  .object({ from: z.string().date(), to: z.string().date() })
  .refine((r) => r.from <= r.to, { message: 'het einde moet na het begin liggen', path: ['to'] });
export type DayRange = z.infer<typeof DayRange>;

/** An employee asks for a conversation (in chat); `wish`: when they would like it. */
export const ConversationRequestInput = z.object({
  wish: DayRange.optional(),
  /** What the employee tells their manager with the request ("over mijn volgende stap"). */
  note: z.string().trim().min(1).max(500).optional(),
});
export type ConversationRequestInput = z.infer<typeof ConversationRequestInput>;

export const SlotProposalsResponse = z.object({
  employee: PersonSummary,
  slots: z.array(ProposedSlot),
  /** The first window held too few slots and the search looked further ahead. */
  widened: z.boolean(),
  /** Pass as `after` for later proposals. */
  next: IsoDateTime,
  /** Set when nothing at all was free in the widest window. */
  noSlotReason: NoSlotReason.optional(),
  /** People whose calendar could not be read: their busy time is unknown, the slots may clash. */
  unreadableCalendars: z.array(Guid),
  /** The organisation's zone, in which `date`/`startTime` are given. */
  timeZone: z.string(),
  durationMinutes: z.number().int(),
});
export type SlotProposalsResponse = z.infer<typeof SlotProposalsResponse>;

export const BookConversationRequest = z
  .object({
    employeeId: Guid,
    start: IsoDateTime,
    end: IsoDateTime,
    kind: ConversationKind.default('loopbaangesprek'),
    /**
     * The client's idempotency key (a UUID made once per booking intent): a double click or a
     * retried request with the same key books once and answers with the same conversation.
     */
    requestId: z.string().uuid(),
    /** In person at this place instead of online (no Teams meeting). */
    location: z.string().trim().min(1).max(255).optional(),
    /**
     * The manager confirmed a time sooner than the organisation's lead time (the employee has less
     * time to prepare). Without it such a time is refused with 'slot-short-notice'.
     */
    shortNotice: z.boolean().optional(),
  })
  .refine((b) => Date.parse(b.end) > Date.parse(b.start), { message: 'het einde moet na het begin liggen', path: ['end'] });
export type BookConversationRequest = z.infer<typeof BookConversationRequest>;
export type BookConversationInput = z.input<typeof BookConversationRequest>;

/** A time the manager picks by hand, checked before they book it. */
export const SlotCheckQuery = z
  .object({ employeeId: Guid, start: IsoDateTime, end: IsoDateTime })
  .refine((b) => Date.parse(b.end) > Date.parse(b.start), { message: 'het einde moet na het begin liggen', path: ['end'] });
export type SlotCheckQuery = z.infer<typeof SlotCheckQuery>;

export const RescheduleRequest = z
  .object({ start: IsoDateTime, end: IsoDateTime })
  .refine((b) => Date.parse(b.end) > Date.parse(b.start), { message: 'het einde moet na het begin liggen', path: ['end'] });
export type RescheduleRequest = z.infer<typeof RescheduleRequest>;

export const CancelRequest = z.object({ reason: z.string().trim().max(500).optional() });
export type CancelRequest = z.infer<typeof CancelRequest>;

/** A conversation with what a client shows beside it. */
export const ConversationView = z.object({
  conversation: Conversation,
  /** Pass as If-Match to reschedule or cancel. */
  etag: z.string(),
  employee: PersonSummary,
  manager: PersonSummary,
  /** The Koerskaart deep link. */
  canvasUrl: z.string(),
  /** Whether the employee marked their preparation done (the manager sees only this, not the answers). */
  employeePrepared: z.boolean(),
});
export type ConversationView = z.infer<typeof ConversationView>;

export const ConversationResponse = ConversationView.extend({
  /** True when this request booked; false when it replayed an earlier booking with the same requestId. */
  created: z.boolean().optional(),
});
export type ConversationResponse = z.infer<typeof ConversationResponse>;

export const PreparationResponse = z.object({
  conversation: Conversation,
  /** The caller's role in this conversation: which questions they answer. */
  role: PrepRole,
  /** The caller's own preparation (absent until first saved). */
  mine: Preparation.optional(),
  /** Pass as If-Match when saving `mine` (absent when there is none yet). */
  etag: z.string().optional(),
  /** For the manager: the answers the employee shared. Absent for the employee. */
  sharedByEmployee: Preparation.optional(),
  /** For the employee: the answers the manager shared. Absent for the manager. */
  sharedByManager: Preparation.optional(),
  /** The template version the conversation pinned, and its questions for both parties in order. */
  template: TemplateRef,
  questions: z.array(PrepQuestion).max(MAX_PREP_QUESTIONS),
});
export type PreparationResponse = z.infer<typeof PreparationResponse>;
