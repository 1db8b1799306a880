import {
  ApplyOperationsRequest,
  ApplyOperationsResponse,
  CanvasByMeetingQuery,
  CanvasIdParams,
  CanvasView,
  CreateCanvasRequest,
  NegotiateResponse,
} from '@koers/domain';
import { readJson, readParams, readQuery } from '../http/body';
import { handle, json } from '../http/handle';
import { withAuth } from '../http/withAuth';
import type { RouteDefinition, Services } from './services';

/**
 * The Koerskaart over HTTP. Thin on purpose: parse, authenticate, hand to the canvas service
 * (canvas/canvasService.ts), which authorises and writes. The canvas' etag travels both as the
 * ETag header and in the body, so a poll can ask `If-None-Match` and get a bare 304.
 */

/** Operations batches: 200 operations of one card each stay far below this. */
const MAX_OPERATIONS_BYTES = 512 * 1024;

function authed(services: Services, handler: Parameters<typeof withAuth>[1]) {
  return handle(withAuth({ validator: services.validator, people: services.stores.people }, handler));
}

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

export const canvasCreateRoute: RouteDefinition = {
  name: 'canvasCreate',
  methods: ['POST'],
  route: 'canvases',
  doc: {
    summary: 'Start the Koerskaart of a conversation (booked or not), or of a new unbooked conversation; idempotent',
    tags: ['koerskaart'],
    auth: 'bearer',
    body: CreateCanvasRequest,
    response: { name: 'CanvasView', schema: CanvasView, status: 201 },
    problems: [404, 409],
  },
  make: (services) =>
    authed(services, async (request, _context, { person }) => {
      const body = await readJson(request, CreateCanvasRequest);
      const { view, created } = await services.canvas.create(person, body);
      return json(CanvasView.parse(view), created ? 201 : 200, { ETag: entityTag(view.etag) });
    }),
};

export const canvasByMeetingRoute: RouteDefinition = {
  name: 'canvasByMeeting',
  methods: ['GET'],
  route: 'canvases',
  doc: {
    summary: 'The Koerskaart of a Teams meeting (meeting.id or chat.id from the Teams context)',
    tags: ['koerskaart'],
    auth: 'bearer',
    query: CanvasByMeetingQuery,
    response: { name: 'CanvasView', schema: CanvasView },
    problems: [400, 404],
  },
  make: (services) =>
    authed(services, async (request, _context, { person }) => {
      const { meetingId } = readQuery(request, CanvasByMeetingQuery);
      const { view, etag } = await services.canvas.byMeeting(person, meetingId);
      return json(CanvasView.parse(view), 200, { ETag: entityTag(etag) });
    }),
};

export const canvasRoute: RouteDefinition = {
  name: 'canvas',
  methods: ['GET'],
  route: 'canvases/{conversationId}',
  doc: {
    summary: 'One Koerskaart with its parties; If-None-Match with the last ETag answers 304 when nothing changed',
    tags: ['koerskaart'],
    auth: 'bearer',
    params: CanvasIdParams,
    response: { name: 'CanvasView', schema: CanvasView },
    problems: [404],
  },
  make: (services) =>
    authed(services, async (request, _context, { person }) => {
      const { conversationId } = readParams(request, CanvasIdParams);
      const ifNoneMatch = request.headers.get('if-none-match');
      if (ifNoneMatch) {
        // The poll's cheap path: one point read, no people lookups, no body.
        const etag = await services.canvas.etag(person, conversationId);
        if (matchesIfNoneMatch(ifNoneMatch, etag)) {
          return { status: 304, headers: { ETag: entityTag(etag), 'Cache-Control': 'no-cache' } };
        }
      }
      const { view, etag } = await services.canvas.view(person, conversationId);
      return json(CanvasView.parse(view), 200, { ETag: entityTag(etag), 'Cache-Control': 'no-cache' });
    }),
};

export const canvasOperationsRoute: RouteDefinition = {
  name: 'canvasOperations',
  methods: ['POST'],
  route: 'canvases/{conversationId}/operations',
  doc: {
    summary: 'Apply a batch of Koerskaart operations (merged server side; re-delivery is harmless)',
    tags: ['koerskaart'],
    auth: 'bearer',
    params: CanvasIdParams,
    body: ApplyOperationsRequest,
    response: { name: 'ApplyOperationsResponse', schema: ApplyOperationsResponse },
    problems: [404, 409, 412],
  },
  make: (services) =>
    authed(services, async (request, _context, { person }) => {
      const { conversationId } = readParams(request, CanvasIdParams);
      const body = await readJson(request, ApplyOperationsRequest, { maxBytes: MAX_OPERATIONS_BYTES });
      const result = await services.canvas.apply(person, conversationId, body);
      return json(ApplyOperationsResponse.parse(result), 200, { ETag: entityTag(result.etag) });
    }),
};

export const canvasNegotiateRoute: RouteDefinition = {
  name: 'canvasNegotiate',
  methods: ['GET'],
  route: 'canvases/{conversationId}/negotiate',
  doc: {
    summary: 'A WebSocket URL (Azure Web PubSub, json.webpubsub.azure.v1) for the live channel of one Koerskaart',
    tags: ['koerskaart'],
    auth: 'bearer',
    params: CanvasIdParams,
    response: { name: 'NegotiateResponse', schema: NegotiateResponse },
    problems: [404, 503],
  },
  make: (services) =>
    authed(services, async (request, _context, { person }) => {
      const { conversationId } = readParams(request, CanvasIdParams);
      return json(NegotiateResponse.parse(await services.canvas.negotiate(person, conversationId)));
    }),
};

export const canvasRoutes: RouteDefinition[] = [canvasCreateRoute, canvasByMeetingRoute, canvasRoute, canvasOperationsRoute, canvasNegotiateRoute];
