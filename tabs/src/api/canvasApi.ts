import {
  ApplyOperationsResponse,
  CanvasView,
  NegotiateResponse,
  PreparationResponse,
  type CanvasOperation,
  type CreateCanvasRequest,
} from '@koers/domain';
import { RefusedOperations, Unreachable, type CanvasTransport } from '../canvas/canvasSession';
import type { AuthorizedCall } from './authorizedApi';
import { ApiError } from './errors';

export interface CanvasApi {
  load(conversationId: string, signal?: AbortSignal): Promise<CanvasView>;
  byMeeting(meetingId: string, signal?: AbortSignal): Promise<CanvasView>;
  create(request: CreateCanvasRequest): Promise<CanvasView>;
  /** The conversation's preparation as the caller may see it (the canvas shows the shared answers). */
  preparation(conversationId: string, signal?: AbortSignal): Promise<PreparationResponse>;
  transport(conversationId: string): CanvasTransport;
}

const path = (id: string) => `/canvases/${encodeURIComponent(id)}`;

/** Network failures become Unreachable, refusals RefusedOperations: the outbox treats them apart. */
function asTransportError(error: unknown, batchSize: number): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.failure.kind === 'network') return new Unreachable('network');
  if (error.status === 409 || error.status === 400) {
    const indexes = (error.problem?.errors ?? [])
      .map((e) => /^operations\.(\d+)/.exec(e.path)?.[1])
      .filter((i): i is string => i !== undefined)
      .map(Number);
    return new RefusedOperations(indexes.length > 0 ? [...new Set(indexes)] : Array.from({ length: batchSize }, (_v, i) => i));
  }
  return error;
}

export function canvasApi(call: AuthorizedCall): CanvasApi {
  return {
    load: (id, signal) => call({ path: path(id), schema: CanvasView, signal }),
    byMeeting: (meetingId, signal) => call({ path: `/canvases?meetingId=${encodeURIComponent(meetingId)}`, schema: CanvasView, signal }),
    create: (request) => call({ method: 'POST', path: '/canvases', body: request, schema: CanvasView }),
    preparation: (id, signal) => call({ path: `/conversations/${encodeURIComponent(id)}/preparation`, schema: PreparationResponse, signal }),
    transport: (id) => ({
      load: async (ifNoneMatch) => {
        try {
          return await call({ path: path(id), schema: CanvasView, headers: ifNoneMatch ? { 'If-None-Match': `"${ifNoneMatch.replace(/"/g, '')}"` } : {} });
        } catch (error) {
          if (error instanceof ApiError && error.status === 304) return 'not-modified';
          throw asTransportError(error, 0);
        }
      },
      send: async (body: { replicaId: string; operations: CanvasOperation[] }) => {
        try {
          return await call({ method: 'POST', path: `${path(id)}/operations`, body, schema: ApplyOperationsResponse });
        } catch (error) {
          throw asTransportError(error, body.operations.length);
        }
      },
      negotiate: () => call({ path: `${path(id)}/negotiate`, schema: NegotiateResponse }),
    }),
  };
}
