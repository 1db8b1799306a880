import type { CanvasView, CreateCanvasRequest, PreparationResponse, TemplateRef, TemplateVersionResponse } from '@koers/domain';
import type { AuthorizedCall } from './authorizedApi';
import { apiClient } from './client';
import { endpoint } from './endpoint';

/**
 * What the Koerskaart reads to show its board: the canvas itself (opened, or started by the first
 * party to open it), the shared preparation answers and the pinned template's prompts. Endpoints,
 * not contracts (see endpoint.ts): the tab may start these reads before the page's code is there,
 * so they must not bring zod, the contracts or the canvas session along.
 */
export const canvasCreate = endpoint({ name: 'canvasCreate', method: 'POST', path: 'canvases', body: true, response: { kind: 'json' } });
const preparation = endpoint({ name: 'preparation', method: 'GET', path: 'conversations/{id}/preparation', response: { kind: 'json' } });
const templateVersion = endpoint({ name: 'templateVersion', method: 'GET', path: 'templates/{templateId}/versions/{version}', response: { kind: 'json' } });

export interface CanvasOpeningApi {
  /**
   * The canvas of a conversation or meeting, started when nobody opened it before: one request,
   * answered 200 with the canvas that exists or 201 with the new one.
   */
  open(request: CreateCanvasRequest, signal?: AbortSignal): Promise<CanvasView>;
  /** The conversation's preparation as the caller may see it (the canvas shows the shared answers). */
  preparation(conversationId: string, signal?: AbortSignal): Promise<PreparationResponse>;
  /** The template version the conversation pinned (its section prompts). */
  template(ref: TemplateRef, signal?: AbortSignal): Promise<TemplateVersionResponse>;
}

export function canvasOpeningApi(call: AuthorizedCall): CanvasOpeningApi {
  const client = apiClient(call);
  return {
    open: (request, signal) => client.call(canvasCreate, { body: request, signal }),
    preparation: (id, signal) => client.call(preparation, { params: { id }, signal }),
    template: (ref, signal) => client.call(templateVersion, { params: ref, signal }),
  };
}
