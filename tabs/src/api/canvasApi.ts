import type { CanvasOperation, CanvasView, CreateCanvasRequest } from '@koers/domain';
import { CanvasLocked, RefusedOperations, Unreachable, type CanvasTransport } from '../canvas/canvasSession';
import type { AuthorizedCall } from './authorizedApi';
import { canvasCreate } from './canvasOpeningApi';
import { canvas } from './canvasRecordApi';
import { apiClient } from './client';
import { endpoint } from './endpoint';
import { ApiError } from './errors';

// Endpoints, not contracts (see endpoint.ts): the Koerskaart is what the meeting's tab opens on, and
// the contracts would bring zod and every capability's schemas to it.
const canvasOperations = endpoint({ name: 'canvasOperations', method: 'POST', path: 'canvases/{conversationId}/operations', body: true, response: { kind: 'json' } });
const canvasLock = endpoint({ name: 'canvasLock', method: 'POST', path: 'canvases/{conversationId}/lock', response: { kind: 'json' } });
const canvasReopen = endpoint({ name: 'canvasReopen', method: 'POST', path: 'canvases/{conversationId}/reopen', response: { kind: 'json' } });
const canvasNegotiate = endpoint({ name: 'canvasNegotiate', method: 'GET', path: 'canvases/{conversationId}/negotiate', response: { kind: 'json' } });

export interface CanvasApi {
  /** A canvas started from a choice (a report, my manager), or the one that exists already. */
  create(request: CreateCanvasRequest): Promise<CanvasView>;
  transport(conversationId: string): CanvasTransport;
  /** "Gesprek afronden" on the canvas: read-only for both until either reopens it. */
  lock(conversationId: string): Promise<CanvasView>;
  /** "Heropenen". */
  reopen(conversationId: string): Promise<CanvasView>;
}

/**
 * Network failures become Unreachable, a closed canvas CanvasLocked, refusals RefusedOperations
 * (with the model's reasons): the outbox treats them apart. A canvas that is full refuses the
 * whole batch.
 */
function asTransportError(error: unknown, batchSize: number): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.failure.kind === 'network') return new Unreachable('network');
  if (error.status === 423) return new CanvasLocked('canvas-locked');
  if (error.status === 409 || error.status === 400 || error.status === 413) {
    const refused = (error.problem?.errors ?? []).flatMap((e) => {
      const index = /^operations\.(\d+)/.exec(e.path)?.[1];
      return index === undefined ? [] : [{ index: Number(index), reason: e.message }];
    });
    const indexes = refused.length > 0 ? [...new Set(refused.map((r) => r.index))] : Array.from({ length: batchSize }, (_v, i) => i);
    return new RefusedOperations(indexes, refused.map((r) => r.reason));
  }
  return error;
}

export function canvasApi(call: AuthorizedCall): CanvasApi {
  const client = apiClient(call);
  return {
    create: (request) => client.call(canvasCreate, { body: request }),
    lock: (conversationId) => client.call(canvasLock, { params: { conversationId } }),
    reopen: (conversationId) => client.call(canvasReopen, { params: { conversationId } }),
    transport: (conversationId) => ({
      load: async (ifNoneMatch) => {
        try {
          return await client.call(canvas, {
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
          return await client.call(canvasOperations, { params: { conversationId }, body });
        } catch (error) {
          throw asTransportError(error, body.operations.length);
        }
      },
      negotiate: () => client.call(canvasNegotiate, { params: { conversationId } }),
      reopen: () => client.call(canvasReopen, { params: { conversationId } }),
    }),
  };
}
