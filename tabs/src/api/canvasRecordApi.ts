import type { CanvasView } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { endpoint } from './endpoint';

/** One Koerskaart with its parties (the canvas page's client reads it too). */
export const canvas = endpoint({ name: 'canvas', method: 'GET', path: 'canvases/{conversationId}', response: { kind: 'json' } });

/** A held conversation's Koerskaart, read as its record from the home page and the portfolio (no contracts: see endpoint.ts). */
export interface CanvasRecordApi {
  load(conversationId: string, signal?: AbortSignal): Promise<CanvasView>;
}

export function canvasRecordApi(call: AuthorizedCall): CanvasRecordApi {
  const client = apiClient(call);
  return { load: (conversationId, signal) => client.call(canvas, { params: { conversationId }, signal }) };
}
