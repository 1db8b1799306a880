import {
  BookConversationRequest,
  CancelRequest,
  Conversation,
  ConversationRequestInput,
  ConversationResponse,
  ConversationView,
  PersonSummary,
  RescheduleRequest,
  SlotCheckQuery,
  SlotProposalsQuery,
  SlotProposalsResponse,
  SlotVerdict,
} from '@koers/domain';
import { z } from 'zod';
import { binary, defineContracts, json } from './contract';

/**
 * Booking a conversation, and the lists of them. Writes two people can race take `If-Match`
 * with the etag a read gave them; the answer carries the new one in the body and as `ETag`.
 */

export const ConversationParams = z.object({ id: z.string().min(1).max(100) });

export const ConversationListQuery = z.object({
  scope: z.enum(['mine', 'team']).default('mine'),
  maxItems: z.coerce.number().int().min(1).max(100).default(25),
  continuationToken: z.string().max(4000).optional(),
});
export type ConversationListQuery = z.infer<typeof ConversationListQuery>;

export const ConversationListResponse = z.object({
  items: z.array(Conversation),
  continuationToken: z.string().optional(),
});
export type ConversationListResponse = z.infer<typeof ConversationListResponse>;

/** The employee's request went to this manager, with Koers' proposals. */
export const ConversationRequestResponse = z.object({ manager: PersonSummary });
export type ConversationRequestResponse = z.infer<typeof ConversationRequestResponse>;

/** The employee's own request that still waits: asked at `at`, of this manager. */
export const OpenRequestResponse = z.object({ request: z.object({ at: z.string(), manager: PersonSummary }).optional() });
export type OpenRequestResponse = z.infer<typeof OpenRequestResponse>;

export const bookingContracts = defineContracts({
  conversations: {
    method: 'GET',
    path: 'conversations',
    summary: 'My conversations (scope=mine) or those with my reports (scope=team, managers only), paged',
    tags: ['conversations'],
    auth: 'bearer',
    query: ConversationListQuery,
    response: json('ConversationListResponse', ConversationListResponse),
    problems: [400],
  },
  bookingProposals: {
    method: 'GET',
    path: 'bookings/proposals',
    summary: 'Three proposed times about two weeks out, free in both calendars (managers, for their own reports)',
    tags: ['booking'],
    auth: 'bearer',
    query: SlotProposalsQuery,
    response: json('SlotProposalsResponse', SlotProposalsResponse),
    problems: [400, 404, 503],
  },
  checkBookingTime: {
    method: 'GET',
    path: 'bookings/check',
    summary: 'Whether a time the manager picked by hand is free for both (working hours, holidays, out of office, busy) and far enough ahead, and if not why',
    tags: ['booking'],
    auth: 'bearer',
    query: SlotCheckQuery,
    response: json('SlotVerdict', SlotVerdict),
    problems: [400, 403, 404, 503],
  },
  openConversationRequest: {
    method: 'GET',
    path: 'conversations/requests',
    summary: 'My own request for a conversation that still waits for my manager (asked in the last 30 days, nothing booked since)',
    tags: ['booking'],
    auth: 'bearer',
    response: json('OpenRequestResponse', OpenRequestResponse),
    problems: [],
  },
  requestConversation: {
    method: 'POST',
    path: 'conversations/requests',
    summary: 'An employee asks for a conversation: their manager gets a chat card with proposals (once a day)',
    tags: ['booking'],
    auth: 'bearer',
    body: ConversationRequestInput,
    response: json('ConversationRequestResponse', ConversationRequestResponse, { status: 202 }),
    problems: [400, 422, 503],
  },
  bookConversation: {
    method: 'POST',
    path: 'conversations',
    summary: 'Book a conversation at a chosen time: creates the Teams meeting and tells the employee. Idempotent by requestId (201 new, 200 replayed)',
    tags: ['booking'],
    auth: 'bearer',
    body: BookConversationRequest,
    response: json('ConversationResponse', ConversationResponse, { status: 201 }),
    problems: [404, 409, 422, 503],
  },
  conversation: {
    method: 'GET',
    path: 'conversations/{id}',
    summary: 'One conversation with both people, the canvas link and whether the employee prepared (the two parties only)',
    tags: ['booking'],
    auth: 'bearer',
    params: ConversationParams,
    response: json('ConversationView', ConversationView),
    problems: [400, 404],
  },
  rescheduleConversation: {
    method: 'POST',
    path: 'conversations/{id}/reschedule',
    summary: 'Move a planned conversation (its manager only; If-Match); the meeting moves and the employee is told',
    tags: ['booking'],
    auth: 'bearer',
    ifMatch: 'required',
    params: ConversationParams,
    body: RescheduleRequest,
    response: json('ConversationView', ConversationView),
    problems: [404, 409, 412, 422, 503],
  },
  cancelConversation: {
    method: 'POST',
    path: 'conversations/{id}/cancel',
    summary: 'Cancel a conversation (its manager only; If-Match); the meeting is cancelled and the employee is told',
    tags: ['booking'],
    auth: 'bearer',
    ifMatch: 'required',
    params: ConversationParams,
    body: CancelRequest,
    response: json('ConversationView', ConversationView),
    problems: [404, 409, 412, 503],
  },
  completeConversation: {
    method: 'POST',
    path: 'conversations/{id}/complete',
    summary:
      'Mark a conversation held ("Gesprek afronden"; the two parties only; If-Match). Idempotent; a cancelled one is a 409. Held before its planned start, its meeting is cancelled in both calendars (if that fails, nothing changes)',
    tags: ['booking'],
    auth: 'bearer',
    ifMatch: 'required',
    params: ConversationParams,
    response: json('ConversationView', ConversationView),
    problems: [404, 409, 412],
  },
  conversationInvite: {
    method: 'GET',
    path: 'conversations/{id}/invite.ics',
    summary: 'The invitation as an .ics file (the two parties only); a cancelled conversation gives the cancellation',
    tags: ['booking'],
    auth: 'bearer',
    params: ConversationParams,
    response: binary('Invitation', 'text/calendar'),
    problems: [400, 404, 409],
  },
});
