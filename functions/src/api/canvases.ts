import { contracts } from '@koers/contracts';
import { answer, defineRoute, NotModified } from '../http/defineRoute';
import type { RouteDefinition } from './services';

/**
 * The Koerskaart over HTTP (contracts in @koers/contracts). Thin on purpose: hand to the canvas
 * service (canvas/canvasService.ts), which authorises and writes. The canvas' etag travels both
 * as the ETag header and in the body, so a poll can ask `If-None-Match` and get a bare 304.
 */

/** The etag as an HTTP entity tag (quoted), whatever form Cosmos gives it. */
function entityTag(etag: string): string {
  return etag.startsWith('"') ? etag : `"${etag}"`;
}

function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const wanted = entityTag(etag);
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === wanted;
  });
}

export const canvasCreateRoute = defineRoute(contracts.canvasCreate, async ({ actor, body, services }) => {
  const { view, created } = await services.canvas.create(actor, body);
  return answer(view, { status: created ? 201 : 200, etag: entityTag(view.etag) });
});

export const canvasByMeetingRoute = defineRoute(contracts.canvasByMeeting, async ({ actor, query, services }) => {
  const { view, etag } = await services.canvas.byMeeting(actor, query.meetingId);
  return answer(view, { etag: entityTag(etag) });
});

export const canvasRoute = defineRoute(contracts.canvas, async ({ actor, params: { conversationId }, request, services }) => {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch) {
    // The poll's cheap path: one point read, no people lookups, no body.
    const etag = await services.canvas.etag(actor, conversationId);
    if (matchesIfNoneMatch(ifNoneMatch, etag)) return new NotModified({ ETag: entityTag(etag), 'Cache-Control': 'no-cache' });
  }
  const { view, etag } = await services.canvas.view(actor, conversationId);
  return answer(view, { etag: entityTag(etag), headers: { 'Cache-Control': 'no-cache' } });
});

export const canvasOperationsRoute = defineRoute(contracts.canvasOperations, async ({ actor, params, body, services }) => {
  const started = performance.now();
  const result = await services.canvas.apply(actor, params.conversationId, body);
  // The server's share of a keystroke's way (check, store, publish), for the benchmark's breakdown.
  const serverTiming = `canvas;dur=${(performance.now() - started).toFixed(1)}`;
  return answer(result, { etag: entityTag(result.etag), headers: { 'Server-Timing': serverTiming } });
});

export const canvasLockRoute = defineRoute(contracts.canvasLock, async ({ actor, params, services }) => {
  const { view, etag } = await services.canvas.lock(actor, params.conversationId);
  return answer(view, { etag: entityTag(etag) });
});

export const canvasReopenRoute = defineRoute(contracts.canvasReopen, async ({ actor, params, services }) => {
  const { view, etag } = await services.canvas.reopen(actor, params.conversationId);
  return answer(view, { etag: entityTag(etag) });
});

export const canvasNegotiateRoute = defineRoute(contracts.canvasNegotiate, async ({ actor, params, services }) =>
  services.canvas.negotiate(actor, params.conversationId),
);

export const canvasRoutes: RouteDefinition[] = [canvasCreateRoute, canvasByMeetingRoute, canvasRoute, canvasOperationsRoute, canvasLockRoute, canvasReopenRoute, canvasNegotiateRoute];
