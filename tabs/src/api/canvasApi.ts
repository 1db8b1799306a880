import { contracts } from '@koers/contracts';
import type { CanvasOperation, CanvasView, CreateCanvasRequest, PreparationResponse } from '@koers/domain';
import { RefusedOperations, Unreachable, type CanvasTransport } from '../canvas/canvasSession';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { ApiError } from './errors';

export interface CanvasApi {
  load(conversationId: string, signal?: AbortSignal): Promise<CanvasView>;
  byMeeting(meetingId: string, signal?: AbortSignal): Promise<CanvasView>;
  create(request: CreateCanvasRequest): Promise<CanvasView>;
  /** The conversation's preparation as the caller may see it (the canvas shows the shared answers). */
  preparation(conversationId: string, signal?: AbortSignal): Promise<PreparationResponse>;
  transport(conversationId: string): CanvasTransport;
}

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
  const client = apiClient(call);
  return {
    load: (conversationId, signal) => client.call(contracts.canvas, { params: { conversationId }, signal }),
    byMeeting: (meetingId, signal) => client.call(contracts.canvasByMeeting, { query: { meetingId }, signal }),
    create: (request) => client.call(contracts.canvasCreate, { body: request }),
    preparation: (id, signal) => client.call(contracts.preparation, { params: { id }, signal }),
    transport: (conversationId) => ({
      load: async (ifNoneMatch) => {
        try {
          return await client.call(contracts.canvas, {
            params: { conversationId },
            headers: ifNoneMatch ? { 'If-None-Match': `"${ifNoneMatch.replace(/"/g, '')}"` } : {},
          });
        } catch (error) {
          if (error instanceof ApiError && error.status === 304) return 'not-modified';
          throw asTransportError(error, 0);
        }
      },
      send: async (body: { replicaId: string; operations: CanvasOperation[] }) => {
        try {
          return await client.call(contracts.canvasOperations, { params: { conversationId }, body });
        } catch (error) {
          throw asTransportError(error, body.operations.length);
        }
      },
      negotiate: () => client.call(contracts.canvasNegotiate, { params: { conversationId } }),
    }),
  };
}
