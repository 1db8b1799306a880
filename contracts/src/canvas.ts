import { ApplyOperationsRequest, ApplyOperationsResponse, CanvasView, CreateCanvasRequest, NegotiateResponse } from '@koers/domain';
import { z } from 'zod';
import { defineContracts, json } from './contract';

/**
 * The Koerskaart. The canvas' etag travels both as the ETag header and in the body, so a poll can
 * ask `If-None-Match` and get a bare 304.
 */

export const CanvasIdParams = z.object({ conversationId: z.string().min(1).max(100) });

export const CanvasByMeetingQuery = z.object({ meetingId: z.string().min(1).max(2000) });

/** Operations batches: 200 operations of one card each stay far below this. */
const MAX_OPERATIONS_BYTES = 512 * 1024;

export const canvasContracts = defineContracts({
  canvasCreate: {
    method: 'POST',
    path: 'canvases',
    summary: 'Open the Koerskaart of a conversation (booked or not) or a Teams meeting, starting it if nobody has yet (201; 200 with the one that exists), or start one for a new unbooked conversation; idempotent',
    tags: ['koerskaart'],
    auth: 'bearer',
    body: CreateCanvasRequest,
    response: json('CanvasView', CanvasView, { status: 201 }),
    problems: [404, 409],
  },
  canvasByMeeting: {
    method: 'GET',
    path: 'canvases',
    summary: 'The Koerskaart of a Teams meeting (meeting.id or chat.id from the Teams context)',
    tags: ['koerskaart'],
    auth: 'bearer',
    query: CanvasByMeetingQuery,
    response: json('CanvasView', CanvasView),
    problems: [400, 404],
  },
  canvas: {
    method: 'GET',
    path: 'canvases/{conversationId}',
    summary: 'One Koerskaart with its parties; If-None-Match with the last ETag answers 304 when nothing changed',
    tags: ['koerskaart'],
    auth: 'bearer',
    params: CanvasIdParams,
    response: json('CanvasView', CanvasView),
    problems: [404],
  },
  canvasOperations: {
    method: 'POST',
    path: 'canvases/{conversationId}/operations',
    summary: 'Apply a batch of Koerskaart operations (checked, stored, then broadcast by the server; re-delivery is harmless)',
    tags: ['koerskaart'],
    auth: 'bearer',
    params: CanvasIdParams,
    body: ApplyOperationsRequest,
    maxBodyBytes: MAX_OPERATIONS_BYTES,
    response: json('ApplyOperationsResponse', ApplyOperationsResponse),
    problems: [404, 409, 412, 413, 423],
  },
  canvasLock: {
    method: 'POST',
    path: 'canvases/{conversationId}/lock',
    summary: 'Close the Koerskaart ("Gesprek afronden"): read-only for both parties until either reopens it; idempotent, logged',
    tags: ['koerskaart'],
    auth: 'bearer',
    params: CanvasIdParams,
    response: json('CanvasView', CanvasView),
    problems: [404],
  },
  canvasReopen: {
    method: 'POST',
    path: 'canvases/{conversationId}/reopen',
    summary: 'Open a closed Koerskaart again ("Heropenen"; either party); idempotent, logged',
    tags: ['koerskaart'],
    auth: 'bearer',
    params: CanvasIdParams,
    response: json('CanvasView', CanvasView),
    problems: [404],
  },
  canvasNegotiate: {
    method: 'GET',
    path: 'canvases/{conversationId}/negotiate',
    summary: 'A WebSocket URL (Azure Web PubSub, json.webpubsub.azure.v1) for the live channel of one Koerskaart',
    tags: ['koerskaart'],
    auth: 'bearer',
    params: CanvasIdParams,
    response: json('NegotiateResponse', NegotiateResponse),
    problems: [404, 503],
  },
});
