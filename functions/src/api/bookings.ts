import type { HttpRequest } from '@azure/functions';
import {
  BookConversationRequest,
  BookingError,
  CancelRequest,
  ConversationResponse,
  ConversationView,
  PreparationResponse,
  RescheduleRequest,
  SavePreparationRequest,
  SlotProposalsQuery,
  SlotProposalsResponse,
  bookingTransactionId,
  meetingAgendaText,
  type BookingService,
  type ConversationView as View,
  type Person,
} from '@koers/domain';
import { z } from 'zod';
import { toIcs } from '../calendar/ics';
import { readJson, readParams, readQuery } from '../http/body';
import { handle, json } from '../http/handle';
import { requestLanguage } from '../http/problem';
import { ifMatchOf, requiredIfMatch } from '../http/ifMatch';
import { withAuth } from '../http/withAuth';
import type { RouteDefinition, Services } from './services';

/**
 * Booking and preparing a conversation over HTTP: thin handlers around the BookingService the
 * bot uses too (parse, call, answer). Writes two people can race take `If-Match` with the etag a
 * read gave them; the answer carries the new one in the body and as `ETag`.
 */

const ConversationParams = z.object({ id: z.string().min(1).max(100) });

function authed(services: Services, run: (request: HttpRequest, actor: Person, booking: BookingService) => Promise<{ body: unknown; status?: number; etag?: string }>) {
  return handle(
    withAuth({ validator: services.validator, people: services.stores.people }, async (request, _context, { person }) => {
      const { body, status, etag } = await run(request, person, services.booking);
      return json(body, status ?? 200, etag ? { ETag: etag } : {});
    }),
  );
}

export const proposalsRoute: RouteDefinition = {
  name: 'bookingProposals',
  methods: ['GET'],
  route: 'bookings/proposals',
  doc: {
    summary: 'Three proposed times about two weeks out, free in both calendars (managers, for their own reports)',
    tags: ['booking'],
    auth: 'bearer',
    query: SlotProposalsQuery,
    response: { name: 'SlotProposalsResponse', schema: SlotProposalsResponse },
    problems: [400, 404, 503],
  },
  make: (services) =>
    authed(services, async (request, actor, booking) => ({
      body: SlotProposalsResponse.parse(await booking.proposals(actor, readQuery(request, SlotProposalsQuery))),
    })),
};

export const bookRoute: RouteDefinition = {
  name: 'bookConversation',
  methods: ['POST'],
  route: 'conversations',
  doc: {
    summary: 'Book a conversation at a chosen time: creates the Teams meeting and tells the employee. Idempotent by requestId (201 new, 200 replayed)',
    tags: ['booking'],
    auth: 'bearer',
    body: BookConversationRequest,
    response: { name: 'ConversationResponse', schema: ConversationResponse, status: 201 },
    problems: [404, 409, 422, 503],
  },
  make: (services) =>
    authed(services, async (request, actor, booking) => {
      const result = ConversationResponse.parse(await booking.book(actor, await readJson(request, BookConversationRequest)));
      return { body: result, status: result.created ? 201 : 200, etag: result.etag };
    }),
};

export const conversationRoute: RouteDefinition = {
  name: 'conversation',
  methods: ['GET'],
  route: 'conversations/{id}',
  doc: {
    summary: 'One conversation with both people, the canvas link and whether the employee prepared (the two parties only)',
    tags: ['booking'],
    auth: 'bearer',
    params: ConversationParams,
    response: { name: 'ConversationView', schema: ConversationView },
    problems: [400, 404],
  },
  make: (services) =>
    authed(services, async (request, actor, booking) => {
      const view = ConversationView.parse(await booking.get(actor, readParams(request, ConversationParams).id));
      return { body: view, etag: view.etag };
    }),
};

export const rescheduleRoute: RouteDefinition = {
  name: 'rescheduleConversation',
  methods: ['POST'],
  route: 'conversations/{id}/reschedule',
  doc: {
    summary: 'Move a planned conversation (its manager only; If-Match); the meeting moves and the employee is told',
    tags: ['booking'],
    auth: 'bearer',
    params: ConversationParams,
    body: RescheduleRequest,
    response: { name: 'ConversationView', schema: ConversationView },
    problems: [404, 409, 412, 422, 428, 503],
  },
  make: (services) =>
    authed(services, async (request, actor, booking) => {
      const { id } = readParams(request, ConversationParams);
      const times = await readJson(request, RescheduleRequest);
      const view = ConversationView.parse(await booking.reschedule(actor, id, times, requiredIfMatch(request)));
      return { body: view, etag: view.etag };
    }),
};

export const cancelRoute: RouteDefinition = {
  name: 'cancelConversation',
  methods: ['POST'],
  route: 'conversations/{id}/cancel',
  doc: {
    summary: 'Cancel a conversation (its manager only; If-Match); the meeting is cancelled and the employee is told',
    tags: ['booking'],
    auth: 'bearer',
    params: ConversationParams,
    body: CancelRequest,
    response: { name: 'ConversationView', schema: ConversationView },
    problems: [404, 409, 412, 428, 503],
  },
  make: (services) =>
    authed(services, async (request, actor, booking) => {
      const { id } = readParams(request, ConversationParams);
      const body = await readJson(request, CancelRequest);
      const view = ConversationView.parse(await booking.cancel(actor, id, body, requiredIfMatch(request)));
      return { body: view, etag: view.etag };
    }),
};

export const completeRoute: RouteDefinition = {
  name: 'completeConversation',
  methods: ['POST'],
  route: 'conversations/{id}/complete',
  doc: {
    summary: 'Mark a conversation held ("Gesprek afronden"; the two parties only; If-Match). Idempotent; a cancelled one is a 409. Held before its planned start, its meeting is cancelled in both calendars (if that fails, nothing changes)',
    tags: ['booking'],
    auth: 'bearer',
    params: ConversationParams,
    response: { name: 'ConversationView', schema: ConversationView },
    problems: [404, 409, 412, 428],
  },
  make: (services) =>
    authed(services, async (request, actor, booking) => {
      const { id } = readParams(request, ConversationParams);
      const view = ConversationView.parse(await booking.complete(actor, id, requiredIfMatch(request)));
      return { body: view, etag: view.etag };
    }),
};

export const preparationRoute: RouteDefinition = {
  name: 'preparation',
  methods: ['GET'],
  route: 'conversations/{id}/preparation',
  doc: {
    summary: "The caller's own preparation; the manager also sees the answers the employee shared, nothing else",
    tags: ['booking'],
    auth: 'bearer',
    params: ConversationParams,
    response: { name: 'PreparationResponse', schema: PreparationResponse },
    problems: [400, 404],
  },
  make: (services) =>
    authed(services, async (request, actor) => {
      const body = PreparationResponse.parse(await services.preparation.get(actor, readParams(request, ConversationParams).id));
      return { body, etag: body.etag };
    }),
};

export const savePreparationRoute: RouteDefinition = {
  name: 'savePreparation',
  methods: ['PUT'],
  route: 'conversations/{id}/preparation',
  doc: {
    summary: "Save the caller's preparation, partially or done (If-Match once it exists); each employee answer is private until shared",
    tags: ['booking'],
    auth: 'bearer',
    params: ConversationParams,
    body: SavePreparationRequest,
    response: { name: 'PreparationResponse', schema: PreparationResponse },
    problems: [404, 409, 412],
  },
  make: (services) =>
    authed(services, async (request, actor) => {
      const { id } = readParams(request, ConversationParams);
      const saved = await services.preparation.save(actor, id, await readJson(request, SavePreparationRequest), ifMatchOf(request));
      const body = PreparationResponse.parse(saved);
      return { body, etag: body.etag };
    }),
};

/** The invitation as iCalendar, for calendars Koers cannot write to (and the local mode). */
export function conversationIcs(view: View, language: 'nl' | 'en'): string | undefined {
  const c = view.conversation;
  if (!c.start || !c.end) return undefined;
  const names = { canvasUrl: view.canvasUrl, employeeName: view.employee.displayName, managerName: view.manager.displayName };
  return toIcs({
    // The booking's own idempotency key: a moved or cancelled conversation replaces the same invitation.
    uid: bookingTransactionId(c.tenantId, c.id, c.bookingRevision ?? 1),
    stamp: c.updatedAt,
    // Grows with every change, as iTIP wants, without storing a counter.
    sequence: Math.max(0, Math.floor((Date.parse(c.updatedAt) - Date.parse(c.createdAt)) / 1000)),
    start: c.start,
    end: c.end,
    summary: language === 'nl' ? `Loopbaangesprek ${view.employee.displayName}` : `Career conversation ${view.employee.displayName}`,
    description: meetingAgendaText(language, names),
    url: c.meeting?.joinUrl ?? view.canvasUrl,
    organizer: { email: view.manager.email, name: view.manager.displayName },
    attendees: [{ email: view.employee.email, name: view.employee.displayName }],
    method: c.status === 'geannuleerd' ? 'CANCEL' : 'REQUEST',
  });
}

export const inviteRoute: RouteDefinition = {
  name: 'conversationInvite',
  methods: ['GET'],
  route: 'conversations/{id}/invite.ics',
  doc: {
    summary: 'The invitation as an .ics file (the two parties only); a cancelled conversation gives the cancellation',
    tags: ['booking'],
    auth: 'bearer',
    params: ConversationParams,
    response: { name: 'Invitation', schema: z.string(), contentType: 'text/calendar' },
    problems: [400, 404, 409],
  },
  make: (services) =>
    handle(
      withAuth({ validator: services.validator, people: services.stores.people }, async (request, _context, { person }) => {
        const view = await services.booking.get(person, readParams(request, ConversationParams).id);
        const ics = conversationIcs(view, requestLanguage(request));
        if (!ics) throw new BookingError('not-planned');
        return {
          status: 200,
          headers: {
            'Content-Type': 'text/calendar; charset=utf-8',
            'Content-Disposition': 'attachment; filename="loopbaangesprek.ics"',
            'Cache-Control': 'no-store',
          },
          body: ics,
        };
      }),
    ),
};

export const bookingRoutes: RouteDefinition[] = [
  proposalsRoute,
  bookRoute,
  conversationRoute,
  rescheduleRoute,
  cancelRoute,
  completeRoute,
  preparationRoute,
  savePreparationRoute,
  inviteRoute,
];
