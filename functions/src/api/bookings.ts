import { contracts } from '@koers/contracts';
import { BookingError, bookingTransactionId, meetingAgendaText, toPersonSummary, type ConversationView as View } from '@koers/domain';
import { toIcs } from '../calendar/ics';
import { answer, defineRoute } from '../http/defineRoute';
import { requestLanguage } from '../http/problem';
import type { RouteDefinition } from './services';

/**
 * Booking and preparing a conversation over HTTP (contracts in @koers/contracts): thin handlers
 * around the BookingService the bot uses too. A write's answer carries the new etag in the body
 * and as `ETag`.
 */

/** A conversation or preparation with its etag as the `ETag` header too. */
function withEtag<T extends { etag?: string }>(body: T, status?: number) {
  return answer(body, { ...(body.etag ? { etag: body.etag } : {}), ...(status ? { status } : {}) });
}

export const proposalsRoute = defineRoute(contracts.bookingProposals, async ({ actor, query, services }) => services.booking.proposals(actor, query));

export const checkTimeRoute = defineRoute(contracts.checkBookingTime, async ({ actor, query, services }) => services.booking.checkTime(actor, query));

export const requestConversationRoute = defineRoute(contracts.requestConversation, async ({ actor, body, services }) => {
  const { manager } = await services.booking.request(actor, body);
  return answer({ manager: toPersonSummary(manager) }, { status: 202 });
});

export const openRequestRoute = defineRoute(contracts.openConversationRequest, async ({ actor, services }) => {
  const open = await services.booking.openRequest(actor);
  return open ? { request: { at: open.at, manager: toPersonSummary(open.manager) } } : {};
});

export const bookRoute = defineRoute(contracts.bookConversation, async ({ actor, body, services }) => {
  const result = await services.booking.book(actor, body);
  return withEtag(result, result.created ? 201 : 200);
});

export const conversationRoute = defineRoute(contracts.conversation, async ({ actor, params, services }) =>
  withEtag(await services.booking.get(actor, params.id)),
);

export const rescheduleRoute = defineRoute(contracts.rescheduleConversation, async ({ actor, params, body, ifMatch, services }) =>
  withEtag(await services.booking.reschedule(actor, params.id, body, ifMatch)),
);

export const cancelRoute = defineRoute(contracts.cancelConversation, async ({ actor, params, body, ifMatch, services }) =>
  withEtag(await services.booking.cancel(actor, params.id, body, ifMatch)),
);

export const completeRoute = defineRoute(contracts.completeConversation, async ({ actor, params, ifMatch, services }) => {
  const held = await services.booking.complete(actor, params.id, ifMatch);
  // "Gesprek afronden" also closes the Koerskaart: read-only for both until either reopens it.
  await services.canvas.conversationHeld(actor, params.id);
  return withEtag(held);
});

export const preparationRoute = defineRoute(contracts.preparation, async ({ actor, params, services }) =>
  withEtag(await services.preparation.get(actor, params.id)),
);

export const savePreparationRoute = defineRoute(contracts.savePreparation, async ({ actor, params, body, ifMatch, services }) =>
  withEtag(await services.preparation.save(actor, params.id, body, ifMatch)),
);

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
    ...(c.location ? { location: c.location } : {}),
    organizer: { email: view.manager.email, name: view.manager.displayName },
    attendees: [{ email: view.employee.email, name: view.employee.displayName }],
    method: c.status === 'geannuleerd' ? 'CANCEL' : 'REQUEST',
  });
}

export const inviteRoute = defineRoute(contracts.conversationInvite, async ({ actor, params, request, services }) => {
  const ics = conversationIcs(await services.booking.get(actor, params.id), requestLanguage(request));
  if (!ics) throw new BookingError('not-planned');
  return { content: ics, filename: 'loopbaangesprek.ics' };
});

export const bookingRoutes: RouteDefinition[] = [
  proposalsRoute,
  checkTimeRoute,
  requestConversationRoute,
  openRequestRoute,
  bookRoute,
  conversationRoute,
  rescheduleRoute,
  cancelRoute,
  completeRoute,
  preparationRoute,
  savePreparationRoute,
  inviteRoute,
];
